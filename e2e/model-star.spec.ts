import { expect, test, type Page } from "./fixtures";

function howToJoin(page: Page) {
  return page.getByRole("region", { name: "How to join it" });
}

test.describe("how to join a product", () => {
  test("platform.fct_orders: keys marked, the join to dim_customers with its cardinality", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/fct_orders");
    const section = howToJoin(page);
    const diagram = section.locator('[data-graph="star"][data-painted]');
    await expect(diagram).toBeVisible();
    await expect(
      diagram.getByRole("link", { name: "fct_orders", exact: true }),
    ).toBeVisible();
    await expect(
      diagram.getByRole("link", { name: "dim_customers v2" }),
    ).toBeVisible();
    await expect(diagram.getByTitle("Primary key")).toHaveCount(2);
    await expect(diagram.getByTitle("Foreign key")).toHaveCount(1);

    const join = section
      .getByRole("list", { name: "Joins" })
      .getByRole("listitem");
    await expect(join).toHaveCount(1);
    await expect(join).toContainText(
      "fct_orders.customer_id = dim_customers.customer_id",
    );
    await expect(join).toContainText("many-to-one");
    await expect(join).toContainText(
      "Declared by relationships test, foreign key constraint, semantic entities",
    );
    await expect(
      join.getByRole("button", { name: /^Copy the join condition/ }),
    ).toBeVisible();
    const queries = section.getByRole("list", { name: "Queries" });
    await expect(queries.getByRole("listitem")).toHaveCount(1);
    await expect(queries).toContainText("fct_orders with dim_customers");
    await expect(queries).toContainText("one row per fct_orders row");
    await expect(section.getByRole("note")).toHaveCount(0);
  });

  test("dim_customers, which two facts point to, warns of the fan-out and never joins both", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const section = howToJoin(page);
    await expect(section.getByRole("note")).toContainText("the chasm trap");
    const queries = section
      .getByRole("list", { name: "Queries" })
      .getByRole("listitem");
    await expect(queries.first()).toContainText("Each ");
    await expect(queries.last()).toContainText("aggregated to it");
    await expect(queries.last()).toContainText("group by customer_id");
  });

  test("finance.fct_invoices joins across projects", async ({ page }) => {
    await page.goto("/projects/finance/models/fct_invoices");
    const join = howToJoin(page)
      .getByRole("list", { name: "Joins" })
      .getByRole("listitem");
    await expect(join).toContainText(
      "fct_invoices.customer_id = dim_customers.customer_id",
    );
    await expect(join).toContainText("Cross-project");
  });

  test("a one-big-table product shows the star it was built from, and says so", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/customer_ltv");
    const section = howToJoin(page);
    await expect(section).toContainText("it is one big table");
    const diagram = section.locator('[data-graph="star"][data-painted]');
    await expect(diagram.getByText("built from").first()).toBeVisible();
    await expect(section.getByRole("list", { name: "Joins" })).toContainText(
      "dim_customers.country_code = country_codes.country_code",
    );
  });
});
