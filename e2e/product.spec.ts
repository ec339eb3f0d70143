import { expect, test } from "./fixtures";

// The sample mesh's platform.dim_customers: v2 is latest and gold; v1 is
// deprecated, bronze, and still pinned by finance.fct_revenue.
test.describe("data product page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("header: product marker, level, owners with mail links, domain and group", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "dim_customers",
    );
    await expect(page.getByText("Data product", { exact: true })).toBeVisible();
    await expect(page.getByText("Gold · 100")).toBeVisible();
    await expect(page.getByText("v2 · latest").first()).toBeVisible();
    // The header lists the owners first; the sidebar repeats them.
    const owners = page.getByRole("list", { name: "Owners" }).first();
    await expect(
      owners.getByRole("link", { name: "Core Commerce Data" }),
    ).toHaveAttribute("href", "/owners/core-commerce-data%40larkspur.example");
    await expect(
      owners.getByRole("link", { name: "core-commerce-data@larkspur.example" }),
    ).toHaveAttribute("href", "mailto:core-commerce-data@larkspur.example");
    await expect(
      page.getByRole("link", { name: "core_commerce" }).first(),
    ).toHaveAttribute("href", "/projects/platform/groups/core_commerce");
  });

  test("trust panel: freshness against the SLA, tests, size, contract, upstream sources", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const trust = page.getByRole("region", { name: "Trust and SLAs" });
    const freshness = trust.getByRole("region", { name: "Freshness" });
    await expect(freshness).toContainText("Fresh");
    await expect(freshness).toContainText("SLA daily by 06:00 UTC");
    await expect(freshness).toContainText("within its SLA");
    await expect(freshness).toContainText("2 of 2 upstream sources fresh");
    const tests = trust.getByRole("region", { name: "Tests" });
    await expect(tests).toContainText("All passing");
    await expect(tests).toContainText("On the product: 4 tests: 4 pass");
    await expect(tests).toContainText(
      /Upstream: \d+ tests: \d+ pass, on 6 of 6 nodes/,
    );
    await expect(trust.getByRole("region", { name: "Size" })).toContainText(
      "409,877 rows",
    );
    await expect(trust.getByRole("region", { name: "Contract" })).toContainText(
      "Enforced",
    );
    const sources = trust.getByRole("table", { name: "Upstream sources" });
    const customers = sources
      .getByRole("row")
      .filter({ hasText: "app_db.customers" });
    await expect(customers).toContainText(
      "warn after 6 hours, error after 1 day",
    );
    await expect(customers).toContainText("Fresh");
  });

  test("maturity: level, score history, every rule with its evidence", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const maturity = page.getByRole("region", { name: "Maturity" });
    await expect(maturity).toContainText("Gold is the highest level");
    await expect(
      maturity.getByRole("figure", { name: /Score after each of the last/ }),
    ).toBeVisible();
    const silver = maturity.getByRole("list", { name: "Silver rules" });
    const key = silver
      .getByRole("listitem")
      .filter({ hasText: "Primary key tested" });
    await expect(key).toContainText("Pass");
    await expect(key).toContainText("primary_key constraint on customer_id");
    const gold = maturity.getByRole("list", { name: "Gold rules" });
    await expect(
      gold
        .getByRole("listitem")
        .filter({ hasText: "Access granted through grants" }),
    ).toContainText("select: reporter, finance_analyst, marketing_analyst");
  });

  test("maturity of a bronze version: exactly what silver needs, and how to fix it", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers/v1");
    const maturity = page.getByRole("region", { name: "Maturity" });
    await expect(maturity).toContainText("Bronze");
    const blocking = maturity.getByRole("list", { name: "Blocking Silver" });
    const columns = blocking
      .getByRole("listitem")
      .filter({ hasText: "Columns documented" });
    await expect(columns).toContainText(
      "3 of 7 columns undocumented: signed_up_at, first_order_at, lifetime_orders",
    );
    await expect(columns).toContainText(
      "How to fix: Give every column a description",
    );
    const rule = maturity
      .getByRole("list", { name: "Silver rules" })
      .getByRole("listitem")
      .filter({ hasText: "Columns documented" });
    await expect(rule).toContainText("Fail");
  });

  test("open standards: the product as ODPS and this version's contract as ODCS, downloaded", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const card = page.getByRole("region", { name: "Open standards" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("link", { name: "Contract document as YAML" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      "model.platform.dim_customers.v2.odcs.yaml",
    );
    const product = await page.request.get(
      (await card
        .getByRole("link", { name: "Product document as JSON" })
        .getAttribute("href")) ?? "",
    );
    expect(product.status()).toBe(200);
    const body = (await product.json()) as {
      kind: string;
      id: string;
      outputPorts: { version: string }[];
    };
    expect(body).toMatchObject({
      kind: "DataProduct",
      id: "platform.dim_customers",
    });
    expect(body.outputPorts.map((p) => p.version)).toEqual(["1", "2"]);
  });

  test("use it: the ref to paste, unpinned and pinned, with copy buttons", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const useIt = page.getByRole("region", { name: "Use it" });
    await expect(
      useIt.getByText("{{ ref('platform', 'dim_customers') }}"),
    ).toBeVisible();
    await expect(
      useIt.getByText("{{ ref('platform', 'dim_customers', v=2) }}"),
    ).toBeVisible();
    await expect(useIt).toContainText(
      "analytics.platform_marts.dim_customers_v2",
    );
    await useIt
      .getByRole("button", { name: "Copy ref (pinned to v2)" })
      .click();
    await expect(
      useIt.getByRole("status").filter({ hasText: "Copied" }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "{{ ref('platform', 'dim_customers', v=2) }}",
    );
  });

  test("consumers: models of other projects with the version they read, and exposures with owners", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const consumers = page.getByRole("region", { name: "Consumers" });
    const others = consumers.getByRole("list", {
      name: "Consumers in other projects",
    });
    const revenue = others
      .getByRole("listitem")
      .filter({ hasText: "fct_revenue" });
    await expect(revenue).toContainText("Cross-project: finance");
    await expect(revenue).toContainText("pins v1 · deprecated");
    await expect(
      revenue.getByRole("link", { name: "finance-analytics@larkspur.example" }),
    ).toHaveAttribute("href", "mailto:finance-analytics@larkspur.example");
    await expect(
      others.getByRole("listitem").filter({ hasText: "customer_segments" }),
    ).toContainText("Cross-project: marketing");
    const exposures = consumers.getByRole("list", { name: "Exposures" });
    const dashboard = exposures
      .getByRole("listitem")
      .filter({ hasText: "Customer 360" });
    await expect(dashboard).toContainText("dashboard");
    await expect(dashboard).toContainText("Priya Raman");
    await expect(dashboard).toContainText("reads it directly");
    await expect(
      exposures.getByRole("listitem").filter({ hasText: "Monthly board pack" }),
    ).toContainText("Cross-project: finance");
  });

  test("versions: the deprecated one, its date, and who still pins it", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const versions = page
      .getByRole("region", { name: "Versions" })
      .getByRole("list", { name: "Versions" });
    const v1 = versions
      .getByRole("listitem")
      .filter({ hasText: "dim_customers v1" });
    await expect(v1).toContainText("v1 · deprecated");
    await expect(v1).toContainText(/removal on \d{1,2} \w{3} \d{4}/);
    await expect(v1).toContainText("Still referred to by 1");
    await expect(
      v1.getByRole("link", { name: "finance.fct_revenue" }),
    ).toHaveAttribute("href", "/projects/finance/models/fct_revenue");
    await expect(v1.getByRole("note")).toContainText("must move to v2");
  });

  test("access: who may ref it, and the grants on its relation", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const access = page.getByRole("region", { name: "Access" });
    await expect(access).toContainText("Any project in the mesh may ref it.");
    const select = access.getByRole("list", { name: "Granted select to" });
    for (const role of ["reporter", "finance_analyst", "marketing_analyst"])
      await expect(select.getByText(role, { exact: true })).toBeVisible();
  });

  test("code stays collapsed", async ({ page }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const compiled = page
      .getByRole("group")
      .filter({ hasText: "Compiled SQL" });
    await expect(compiled).not.toHaveAttribute("open");
  });

  test("a model that is no data product says what would make it one", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/stg_app_db__customers");
    await expect(page.getByText("Data product", { exact: true })).toHaveCount(
      0,
    );
    const card = page
      .getByRole("complementary", { name: "About this model" })
      .getByText("Not a data product");
    await expect(card).toBeVisible();
    await expect(
      page.getByRole("complementary", { name: "About this model" }),
    ).toContainText("Set access: public");
  });
});
