import { expect, test } from "./fixtures";

test.describe("group page", () => {
  test("the project page's group leads to its products and other models", async ({
    page,
  }) => {
    await page.goto("/projects/finance");
    await page
      .getByRole("complementary", { name: "About this project" })
      .getByRole("link", { name: "finance_analytics" })
      .click();
    await expect(page).toHaveURL(
      /\/projects\/finance\/groups\/finance_analytics$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "finance_analytics",
    );
    await expect(
      page.getByRole("link", { name: "finance-analytics@larkspur.example" }),
    ).toHaveAttribute("href", "mailto:finance-analytics@larkspur.example");
    const products = page.getByRole("table", {
      name: "Data products of group finance_analytics",
    });
    for (const [name, level] of [
      ["fct_revenue", "Gold"],
      ["fct_payments", "Silver"],
      ["fct_invoices", "Bronze"],
    ] as const)
      await expect(
        products.getByRole("row").filter({ hasText: name }),
      ).toContainText(level);
    await expect(
      page.getByRole("list", { name: "Other models of the group" }),
    ).toBeVisible();
  });

  test("a group the project does not have is a 404", async ({ page }) => {
    const response = await page.goto("/projects/finance/groups/core_commerce");
    expect(response?.status()).toBe(404);
  });
});
