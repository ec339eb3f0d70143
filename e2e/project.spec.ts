import { expect, test } from "./fixtures";

test.describe("project page", () => {
  test("says what the project is and where it sits in the mesh", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    await expect(page).toHaveTitle("platform · Mesh Catalog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "platform",
    );
    await expect(
      page.getByRole("navigation", { name: "Breadcrumb" }),
    ).toContainText("Mesh");
    await expect(page.getByText("dbt 1.10.13 · snowflake")).toBeVisible();
    const lastIngest = page.getByRole("definition").filter({
      hasText: "Ingested",
    });
    await expect(lastIngest.first()).toBeVisible();
    // Two-way: platform refs finance once, finance refs platform 4 times.
    await expect(
      page.getByRole("link", { name: "finance 1 refs" }),
    ).toHaveAttribute("href", "/projects/finance");
    await expect(
      page.getByRole("link", { name: "finance 4 refs" }),
    ).toHaveAttribute("href", "/projects/finance");
    await expect(
      page.getByRole("link", { name: "marketing 3 refs" }),
    ).toHaveAttribute("href", "/projects/marketing");
    const groups = page.getByRole("complementary", {
      name: "About this project",
    });
    await expect(
      groups.getByRole("link", { name: "core-commerce-data@larkspur.example" }),
    ).toHaveAttribute("href", "mailto:core-commerce-data@larkspur.example");
  });

  test("shows the project's own overview doc block, as dbt Docs does", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    const overview = page.getByRole("region", { name: "Overview" });
    await expect(
      overview.getByRole("heading", { name: "Larkspur platform" }),
    ).toBeVisible();
    await expect(
      overview.getByText("fct_orders", { exact: true }),
    ).toBeVisible();
    // dbt's generic welcome page is not a project's overview.
    await page.goto("/projects/finance");
    await expect(page.getByRole("region", { name: "Overview" })).toHaveCount(0);
  });

  test("lists models public first, grouped by group and folder", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    const resources = page.getByRole("region", { name: "Resources" });
    const tiers = resources.getByRole("heading", { level: 3 });
    await expect(tiers).toHaveText(["Public", "Protected and private"]);
    const groups = resources.getByRole("heading", { level: 4 });
    await expect(groups).toHaveText([
      "catalog",
      "core_commerce",
      "catalog",
      "core_commerce",
    ]);
    const rows = resources
      .getByRole("listitem")
      .filter({ has: page.getByRole("img", { name: "Model" }) });
    await expect(rows).toHaveCount(12);
    await expect(rows.first().getByRole("link")).toHaveText("dim_products");
    await expect(rows.first()).toContainText("Public");
    await expect(rows.last()).toContainText("Private");
    // Both versions of dim_customers, the latest first, each marked.
    const versions = rows.filter({ hasText: "dim_customers" });
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText("v2 · latest");
    await expect(versions.nth(1)).toContainText("v1 · deprecated");
    await expect(
      versions.nth(1).getByRole("link", { name: "dim_customers" }),
    ).toHaveAttribute("href", "/projects/platform/models/dim_customers/v1");
    await expect(resources).toContainText("1–12 of 12 models");
  });

  test("filters and sorts the list in place, the state in the URL", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    const filters = page.getByRole("search", { name: "Filter models" });
    await filters.getByLabel("Name or description").fill("customer");
    await filters.getByLabel("Materialized").selectOption("table");
    await filters.getByLabel("Order").selectOption("name");
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(
      /\/projects\/platform\?q=customer&sort=name&materialized=table$/,
    );
    const resources = page.getByRole("region", { name: "Resources" });
    const rows = resources
      .getByRole("listitem")
      .filter({ has: page.getByRole("img", { name: "Model" }) });
    const all = await rows.evaluateAll((items) =>
      items.map((i) => i.querySelector("a")?.textContent ?? ""),
    );
    expect(all.length).toBeGreaterThan(1);
    expect(all).toEqual([...all].sort());
    for (const row of await rows.all())
      await expect(row).toContainText(/customer/i);
    await expect(resources).toContainText(/of \d+ matching models/);
    // The form keeps what was chosen; clearing goes back to the whole list.
    await expect(filters.getByLabel("Name or description")).toHaveValue(
      "customer",
    );
    await filters.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/projects\/platform$/);
    await expect(resources).toContainText("1–12 of 12 models");
  });

  test("browses the project as a tree, by folder and by database and schema", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    await page.getByRole("link", { name: "Browse", exact: true }).click();
    await expect(page).toHaveURL(/\/projects\/platform\/browse$/);
    const folders = page.getByRole("region", { name: "Folders" });
    await folders.getByRole("link", { name: /^models/ }).click();
    await page
      .getByRole("region", { name: "Folders" })
      .getByRole("link", { name: /^marts/ })
      .click();
    await expect(page).toHaveURL(/folder=models%2Fmarts$/);
    await expect(
      page
        .getByRole("navigation", { name: "Where you are" })
        .locator('[aria-current="location"]'),
    ).toHaveText("marts");
    await page
      .getByRole("region", { name: "Nodes here" })
      .getByRole("link", { name: "fct_orders", exact: true })
      .click();
    await expect(page).toHaveURL("/projects/platform/models/fct_orders");

    await page.goto("/projects/platform/browse?by=relation");
    await page
      .getByRole("region", { name: "Databases" })
      .getByRole("link", { name: /^analytics/ })
      .click();
    await page
      .getByRole("region", { name: "Schemas" })
      .getByRole("link", { name: /^platform_marts/ })
      .click();
    // Relations by their warehouse name: the v2 of dim_customers is its own table.
    await expect(
      page
        .getByRole("region", { name: "Nodes here" })
        .getByRole("link", { name: "dim_customers_v2", exact: true }),
    ).toBeVisible();
  });

  test("data products stand out with their level, and lead to the scoreboard and groups", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    const rows = page
      .getByRole("region", { name: "Resources" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("img", { name: "Model" }) });
    const versions = rows.filter({ hasText: "dim_customers" });
    await expect(versions.nth(0)).toContainText("Gold · 100");
    await expect(versions.nth(1)).toContainText("Bronze · 88");
    await expect(
      rows.filter({ hasText: "stg_app_db__customers" }),
    ).not.toContainText(/Gold|Silver|Bronze/);
    const about = page.getByRole("complementary", {
      name: "About this project",
    });
    await expect(about).toContainText(/Gold\s*1\s*Silver\s*2\s*Bronze\s*2/);
    await expect(
      about.getByRole("link", { name: "Scoreboard" }),
    ).toHaveAttribute("href", "/projects/platform/scoreboard");
    await expect(
      about.getByRole("link", { name: "core_commerce" }),
    ).toHaveAttribute("href", "/projects/platform/groups/core_commerce");
  });

  test("switches resource type and page through the URL", async ({ page }) => {
    await page.goto("/projects/platform");
    const types = page.getByRole("navigation", { name: "Resource types" });
    await expect(types.getByRole("link", { name: /Models/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await types.getByRole("link", { name: /Data tests/ }).click();
    await expect(page).toHaveURL(/\/projects\/platform\?type=test$/);
    await expect(
      types.getByRole("link", { name: /Data tests/ }),
    ).toHaveAttribute("aria-current", "page");
    const resources = page.getByRole("region", { name: "Resources" });
    await expect(resources).toContainText("1–25 of 39 data tests");

    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.first().getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\?type=test&page=2$/);
    await expect(resources).toContainText("26–39 of 39 data tests");
    await expect(
      pagination.first().getByRole("link", { name: "Page 1" }),
    ).toBeVisible();

    // The URL alone restores the view: sources with their freshness.
    await page.goto("/projects/platform?type=source");
    await expect(types.getByRole("link", { name: /Sources/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const orderItems = resources
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "app_db.order_items" }) });
    await expect(orderItems).toContainText("Aging");
  });

  test("a page past the end says so and links back", async ({ page }) => {
    await page.goto("/projects/finance?type=test&page=9");
    await expect(page.getByText("There is no page 9")).toBeVisible();
    await page.getByRole("link", { name: "Go to the last page (2)" }).click();
    await expect(page).toHaveURL(/\?type=test&page=2$/);
  });

  test("an unknown project is a 404", async ({ page }) => {
    const response = await page.goto("/projects/data_science");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Nothing here")).toBeVisible();
  });
});
