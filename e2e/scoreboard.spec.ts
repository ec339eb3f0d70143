import { expect, test } from "./fixtures";

// marketing under the default policy: dim_campaigns gold, fct_sessions
// silver, customer_segments and fct_attribution_touches bronze, and the
// draft campaign_roi below bronze.
test.describe("project scoreboard", () => {
  test("the project page leads to it", async ({ page }) => {
    await page.goto("/projects/marketing");
    await page.getByRole("link", { name: "Scoreboard" }).first().click();
    await expect(page).toHaveURL(/\/projects\/marketing\/scoreboard$/);
    await expect(page).toHaveTitle("Scoreboard · marketing · Mesh Catalog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "marketing scoreboard",
    );
  });

  test("the distribution: products at each level", async ({ page }) => {
    await page.goto("/projects/marketing/scoreboard");
    const byLevel = page.getByRole("group", { name: "Products by level" });
    await expect(byLevel.getByRole("term")).toHaveText([
      "Gold",
      "Silver",
      "Bronze",
      "Below bronze",
      "Average score",
    ]);
    await expect(byLevel.getByRole("definition")).toHaveText([
      "1",
      "1",
      "2",
      "1",
      /^\d+$/,
      "Out of 100",
    ]);
    await expect(
      page.getByRole("figure", {
        name: /Average score after each of the last/,
      }),
    ).toBeVisible();
  });

  test("the most common failing rules, with how many fail and how to fix them", async ({
    page,
  }) => {
    await page.goto("/projects/marketing/scoreboard");
    const rules = page.getByRole("list", { name: "Most common failing rules" });
    const grants = rules
      .getByRole("listitem")
      .filter({ hasText: "Access granted through grants" });
    await expect(grants).toContainText("fails for 3 of 5");
    await expect(grants).toContainText("How to fix: Document who may read");
    await expect(
      rules
        .getByRole("listitem")
        .filter({ hasText: "Described at model level" }),
    ).toContainText("fails for 1 of 5");
  });

  test("every product by level, each leading to its page", async ({ page }) => {
    await page.goto("/projects/marketing/scoreboard");
    const table = page.getByRole("table", { name: "Data products by level" });
    const below = table.getByRole("row").filter({ hasText: "campaign_roi" });
    await expect(below).toContainText("Below bronze");
    await expect(below).toContainText("60");
    await table.getByRole("link", { name: "dim_campaigns" }).click();
    await expect(page).toHaveURL(
      /\/projects\/marketing\/models\/dim_campaigns$/,
    );
    await expect(page.getByText("Gold · 100")).toBeVisible();
  });

  for (const project of ["finance", "platform", "marketing"]) {
    test(`${project}'s trend chart renders under the CSP`, async ({ page }) => {
      // Larger boards stream the chart's SVG late; the fixture fails the
      // test on any CSP violation.
      await page.goto(`/projects/${project}/scoreboard`);
      await expect(
        page.getByRole("figure", {
          name: /Average score after each of the last/,
        }),
      ).toBeVisible();
    });
  }

  test("an unknown project's scoreboard is a 404", async ({ page }) => {
    const response = await page.goto("/projects/nope/scoreboard");
    expect(response?.status()).toBe(404);
  });
});
