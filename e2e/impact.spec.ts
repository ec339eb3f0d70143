import fs from "node:fs/promises";
import { expect, test } from "./fixtures";

const IMPACT = "/projects/platform/impact/model.platform.dim_customers.v2";

test.describe("impact page", () => {
  test("what depends on platform.dim_customers, in finance, marketing and through crm's hidden dependency", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    await page.getByRole("link", { name: "Impact", exact: true }).click();
    await expect(page).toHaveURL(IMPACT);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Impact of dim_customers v2",
    );
    await expect(page).toHaveTitle(
      "Impact of dim_customers · platform · Mesh Catalog",
    );
    const totals = page.getByRole("group", { name: "Impact totals" });
    // finance and marketing by refs; crm reads customer_ltv as a source (a
    // hidden dependency), and sales refs crm.
    await expect(totals).toContainText("Other projects4");

    const finance = page.getByRole("region", { name: "finance" });
    for (const name of ["fct_invoices", "fct_revenue"])
      await expect(
        finance.getByRole("link", { name, exact: true }),
      ).toBeVisible();
    for (const name of ["revenue_forecast", "monthly_board_pack"])
      await expect(
        finance.getByRole("row").filter({ hasText: name }),
      ).toContainText("Exposure");
    // Grouped by owner, with the path that links each node.
    await expect(
      finance.getByRole("heading", { name: "Finance Analytics" }),
    ).toBeVisible();
    const revenue = finance
      .getByRole("row")
      .filter({ hasText: /^fct_revenue/ });
    await expect(
      revenue.getByRole("list", { name: "Path from the focus" }),
    ).toHaveText(/dim_customers v2.*fct_orders.*finance.*fct_revenue/);

    const marketing = page.getByRole("region", { name: "marketing" });
    for (const name of ["customer_segments", "campaign_roi"])
      await expect(
        marketing.getByRole("link", { name, exact: true }),
      ).toBeVisible();
    for (const name of ["campaign_performance", "lifecycle_audience_sync"])
      await expect(
        marketing.getByRole("row").filter({ hasText: name }),
      ).toContainText("Exposure");

    const crm = page.getByRole("region", { name: "crm" });
    await expect(
      crm
        .getByRole("row")
        .filter({ hasText: /^platform_exports\.customer_ltv/ }),
    ).toHaveCount(1);
  });

  test("downloads the report as CSV and as JSON", async ({ page }) => {
    await page.goto(IMPACT);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("impact-platform-dim_customers.csv");
    const text = await fs.readFile(await csv.path(), "utf8");
    expect(text.split("\r\n")[0]).toBe(
      "project,owner_name,owner_email,unique_id,name,resource_type,access,version,hops,path",
    );
    expect(text).toContain("marketing,");
    expect(text).toContain("exposure.finance.revenue_forecast");

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "JSON" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe("impact-platform-dim_customers.json");
    const report = JSON.parse(await fs.readFile(await json.path(), "utf8")) as {
      focus: { id: string };
      projects: { project: string }[];
    };
    expect(report.focus.id).toBe("platform:model.platform.dim_customers.v2");
    expect(report.projects.map((p) => p.project)).toEqual([
      "platform",
      "crm",
      "finance",
      "marketing",
      "sales",
    ]);
  });

  test("a node nothing depends on says so; an unknown node answers 404", async ({
    page,
  }) => {
    await page.goto(
      "/projects/marketing/impact/exposure.marketing.lifecycle_audience_sync",
    );
    await expect(
      page.getByText("Nothing depends on lifecycle_audience_sync"),
    ).toBeVisible();
    const response = await page.goto(
      "/projects/platform/impact/model.platform.no_such_model",
    );
    expect(response?.status()).toBe(404);
  });
});
