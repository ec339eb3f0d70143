import { expect, test } from "./fixtures";

test.describe("owner page", () => {
  test("a product's owner leads to every product they own, with level and score", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/fct_orders");
    await page
      .getByRole("list", { name: "Owners" })
      .first()
      .getByRole("link", { name: "Core Commerce Data" })
      .click();
    await expect(page).toHaveURL(
      /\/owners\/core-commerce-data%40larkspur\.example$/,
    );
    await expect(page).toHaveTitle("Core Commerce Data · Mesh Catalog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Core Commerce Data",
    );
    const products = page.getByRole("table", {
      name: "Data products owned by Core Commerce Data",
    });
    await expect(products.getByRole("row")).toHaveCount(5);
    const v2 = products
      .getByRole("row")
      .filter({ hasText: "dim_customers v2" });
    await expect(v2).toContainText("Gold");
    await expect(v2).toContainText("100");
    await expect(
      products.getByRole("row").filter({ hasText: "fct_orders" }),
    ).toContainText("Silver");
    await expect(
      page
        .getByRole("list", { name: "Groups owned" })
        .getByRole("link", { name: "core_commerce" }),
    ).toHaveAttribute("href", "/projects/platform/groups/core_commerce");
  });

  test("an owner is found by name too", async ({ page }) => {
    const response = await page.goto("/owners/Core%20Commerce%20Data");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Core Commerce Data",
    );
  });

  test("nobody by that name is a 404", async ({ page }) => {
    const response = await page.goto("/owners/nobody%40larkspur.example");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Nothing here")).toBeVisible();
  });
});
