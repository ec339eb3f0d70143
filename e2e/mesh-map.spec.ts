import { expect, test, type Page } from "./fixtures";

function paintedMap(page: Page) {
  return page.locator('[data-graph="mesh-map"][data-painted]');
}

test.describe("mesh map", () => {
  test("shows every domain, the external project, and platform ↔ finance both ways", async ({
    page,
  }) => {
    await page.goto("/mesh");
    await expect(page).toHaveTitle("Mesh map · Mesh Catalog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Mesh map",
    );
    const map = paintedMap(page);
    await expect(map).toBeVisible();
    for (const project of ["platform", "finance", "marketing", "xss_lab"])
      await expect(
        map.getByRole("link", { name: project, exact: true }),
      ).toBeVisible();
    // Never ingested: shown, marked, and not a link.
    await expect(map.getByText("data_science", { exact: true })).toBeVisible();
    await expect(
      map.getByRole("link", { name: "data_science", exact: true }),
    ).toHaveCount(0);
    await expect(
      map.getByText("Referenced, never ingested").first(),
    ).toBeVisible();
    // A dependency each way: two edges, each with its own ref count.
    await expect(
      map.getByRole("button", { name: /^finance uses platform: 4 refs/ }),
    ).toBeVisible();
    await expect(
      map.getByRole("button", { name: /^platform uses finance: 1 refs/ }),
    ).toBeVisible();
    // Projects are coloured by their products' maturity, and say it in words.
    await expect(map.getByText("Bronze").first()).toBeVisible();
  });

  test("choosing an edge lists the refs it carries", async ({ page }) => {
    await page.goto("/mesh");
    const map = paintedMap(page);
    await map
      .getByRole("button", { name: /^platform uses finance: 1 refs/ })
      .click();
    const panel = page.getByRole("region", { name: "platform uses finance" });
    await expect(panel).toBeVisible();
    const refs = panel.getByRole("list", { name: "Refs" });
    await expect(refs.getByRole("listitem")).toHaveCount(1);
    await expect(
      refs.getByRole("link", { name: "customer_ltv" }),
    ).toHaveAttribute("href", "/projects/platform/models/customer_ltv");
    await expect(
      refs.getByRole("link", { name: "finance.fct_invoices" }),
    ).toHaveAttribute("href", "/projects/finance/models/fct_invoices");
    await expect(page).toHaveURL(/[?&]edge=finance~platform$/);

    // The URL keeps the choice.
    await page.reload();
    await expect(
      page.getByRole("region", { name: "platform uses finance" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Close the refs" }).click();
    await expect(
      page.getByRole("region", { name: "platform uses finance" }),
    ).toHaveCount(0);
  });

  test("the tables give the same map to keyboards, with unresolved refs marked", async ({
    page,
  }) => {
    await page.goto("/mesh");
    const projects = page.getByRole("table", {
      name: "Projects on the mesh map",
    });
    await expect(
      projects.getByRole("row").filter({ hasText: "data_science" }),
    ).toContainText("external");
    // The sample's platform products reach Silver on average.
    await expect(
      projects.getByRole("row").filter({ hasText: /^platform/ }),
    ).toContainText("Silver");
    const deps = page.getByRole("table", {
      name: "Dependencies: consumer uses producer",
    });
    await expect(
      deps.getByRole("row").filter({ hasText: /^finance\s*platform/ }),
    ).toContainText("Two-way");
    await deps
      .getByRole("button", {
        name: "Show the refs from marketing to data_science",
      })
      .click();
    const panel = page.getByRole("region", {
      name: "marketing uses data_science",
    });
    await expect(panel.getByRole("heading")).toBeFocused();
    await expect(panel).toContainText("customer_churn_scores");
    await expect(panel).toContainText("(unresolved)");
  });

  test("the home page shows the map and leads to it", async ({ page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: "Mesh map" });
    await expect(
      section.locator('[data-graph="mesh-map"][data-painted]'),
    ).toBeVisible();
    await section.getByRole("link", { name: "Open the mesh map" }).click();
    await expect(page).toHaveURL(/\/mesh$/);
    await expect(
      page
        .getByRole("navigation", { name: "Primary" })
        .getByRole("link", { name: "Mesh map" }),
    ).toHaveAttribute("aria-current", "page");
  });
});
