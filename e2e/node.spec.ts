import { expect, test } from "./fixtures";

test.describe("node pages", () => {
  test("a source shows its freshness: status, age and criteria", async ({
    page,
  }) => {
    await page.goto(
      "/projects/platform/nodes/source.platform.app_db.order_items",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "app_db.order_items",
    );
    const freshness = page.getByRole("region", { name: "Freshness" });
    await expect(freshness).toContainText("Aging");
    await expect(freshness).toContainText("Newest row loaded");
    await expect(
      freshness.getByRole("definition").filter({ hasText: "6 hours" }),
    ).toBeVisible();
    await expect(
      freshness.getByRole("definition").filter({ hasText: "24 hours" }),
    ).toBeVisible();
    const readers = page.getByRole("list", { name: "Downstream" });
    await expect(readers.getByRole("link").first()).toBeVisible();
  });

  test("a source whose freshness check failed shows the error", async ({
    page,
  }) => {
    await page.goto(
      "/projects/marketing/nodes/source.marketing.ad_platforms.meta_ads_insights",
    );
    const freshness = page.getByRole("region", { name: "Freshness" });
    await expect(freshness).toContainText("Check failed");
    await expect(freshness).toContainText("does not exist or not authorized");
  });

  test("an exposure names its owner and links out only with safe attributes", async ({
    page,
  }) => {
    await page.goto(
      "/projects/finance/nodes/exposure.finance.monthly_board_pack",
    );
    await expect(page).toHaveTitle(
      "monthly_board_pack · finance · Mesh Catalog",
    );
    const about = page.getByRole("complementary", { name: "About this node" });
    await expect(about).toContainText("Tomasz Nowak");
    const link = about.getByRole("link", {
      name: "https://bi.larkspur.example/dashboards/88-board-pack",
    });
    await expect(link).toHaveAttribute(
      "href",
      "https://bi.larkspur.example/dashboards/88-board-pack",
    );
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    const dependsOn = page.getByRole("list", { name: "Upstream" });
    await expect(
      dependsOn.getByRole("link", { name: "fct_revenue" }),
    ).toHaveAttribute("href", "/projects/finance/models/fct_revenue");
  });

  test("a data test says what it checks and how it did", async ({ page }) => {
    await page.goto("/projects/finance/models/fct_invoices");
    await page
      .getByRole("table", { name: "Columns" })
      .getByRole("link", { name: "not_null: Pass" })
      .first()
      .click();
    await expect(page).toHaveURL(
      /\/nodes\/test\.finance\.not_null_fct_invoices_invoice_id/,
    );
    const checks = page.getByRole("region", { name: "What it checks" });
    await expect(
      checks.getByRole("link", { name: "fct_invoices" }),
    ).toHaveAttribute("href", "/projects/finance/models/fct_invoices");
    await expect(checks).toContainText("invoice_id");
    await expect(
      page.getByRole("complementary", { name: "About this node" }),
    ).toContainText("Pass");
  });

  test("a unit test shows its given and expected rows", async ({ page }) => {
    await page.goto(
      "/projects/finance/nodes/unit_test.finance.int_payments__net_of_refunds.test_partial_refunds_are_subtracted",
    );
    await expect(
      page.getByRole("table", { name: "Given ref('stg_stripe__charges')" }),
    ).toContainText("ch_2");
    await expect(
      page.getByRole("table", { name: "Expected rows" }),
    ).toContainText("75");
  });

  test("a semantic model lists its entities, dimensions and measures", async ({
    page,
  }) => {
    await page.goto("/projects/finance/nodes/semantic_model.finance.revenue");
    await expect(page.getByRole("table", { name: "Entities" })).toContainText(
      "revenue_line",
    );
    await expect(page.getByRole("table", { name: "Measures" })).toContainText(
      "net_revenue_amount",
    );
  });

  test("a model's unique id moves to the model's own page", async ({
    page,
  }) => {
    await page.goto("/projects/platform/nodes/model.platform.dim_customers.v1");
    await expect(page).toHaveURL(
      /\/projects\/platform\/models\/dim_customers\/v1$/,
    );
  });

  test("a node that does not exist is a 404", async ({ page }) => {
    const response = await page.goto(
      "/projects/finance/nodes/source.finance.nope.nothing",
    );
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Nothing here")).toBeVisible();
  });
});
