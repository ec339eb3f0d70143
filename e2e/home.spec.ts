import { expect, test } from "./fixtures";

test.describe("mesh home", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("shows the mesh's totals and one card per project", async ({ page }) => {
    await expect(page).toHaveTitle("Mesh · Mesh Catalog");
    const totals = page.getByRole("group", { name: "Mesh totals" });
    await expect(totals.getByRole("term").first()).toHaveText("Projects");
    // The sample mesh's five projects, the hostile one of the security
    // specs, and the one whose freshness was never checked.
    await expect(totals.getByRole("definition").first()).toHaveText("7");

    const projects = page.getByRole("region", { name: "Projects" });
    const cards = projects.getByRole("article");
    await expect(cards).toHaveCount(7);
    for (const name of [
      "crm",
      "sales",
      "finance",
      "marketing",
      "platform",
      "trust_lab",
      "xss_lab",
    ])
      await expect(
        projects.getByRole("heading", { level: 3, name }),
      ).toBeVisible();

    const platform = projects.getByRole("article", { name: "platform" });
    await expect(platform).toContainText("dbt 1.10.13 · snowflake");
    await expect(platform).toContainText("5 data products");
    // Products by maturity level: the sample spreads them over every level.
    await expect(platform).toContainText(/Gold\s*1\s*Silver\s*2\s*Bronze\s*2/);
    await expect(
      platform.getByRole("link", { name: "5 data products" }),
    ).toHaveAttribute("href", "/projects/platform/scoreboard");
    await expect(platform).toContainText("Ingested");
  });

  test("shows platform and finance depending on each other, both ways", async ({
    page,
  }) => {
    const table = page.getByRole("table", {
      name: "Project dependencies: consumer refs producer",
    });
    const financeOnPlatform = table
      .getByRole("row")
      .filter({ hasText: /^finance\s*platform/ });
    await expect(financeOnPlatform).toContainText("Two-way");
    const platformOnFinance = table
      .getByRole("row")
      .filter({ hasText: /^platform\s*finance/ });
    await expect(platformOnFinance).toContainText("Two-way");
    await expect(
      table.getByRole("row").filter({ hasText: /^marketing\s*platform/ }),
    ).not.toContainText("Two-way");
  });

  test("shows data_science, never ingested, as external and unresolved", async ({
    page,
  }) => {
    const table = page.getByRole("table", {
      name: "Project dependencies: consumer refs producer",
    });
    const row = table
      .getByRole("row")
      .filter({ hasText: /^marketing\s*data_science/ });
    await expect(row).toContainText("external");
    await expect(row).toContainText("Not in catalog");
    await expect(row.getByRole("cell").nth(4)).toHaveText("1");
    // Not a link: there is no page for a project that was never ingested.
    await expect(row.getByRole("link", { name: /data_science/ })).toHaveCount(
      0,
    );
    await expect(
      page.getByRole("group", { name: "Mesh totals" }),
    ).toContainText("To 2 projects not in the catalog");
  });

  test("a project card leads to the project's page", async ({ page }) => {
    await page
      .getByRole("region", { name: "Projects" })
      .getByRole("link", { name: "finance", exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/\/projects\/finance$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("finance");
  });
});
