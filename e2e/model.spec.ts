import { expect, test } from "./fixtures";

test.describe("model page", () => {
  test("finance.fct_invoices: governance, columns with types and test results", async ({
    page,
  }) => {
    await page.goto("/projects/finance/models/fct_invoices");
    await expect(page).toHaveTitle("fct_invoices · finance · Mesh Catalog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "fct_invoices",
    );
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(
      breadcrumb.getByRole("link", { name: "finance" }),
    ).toHaveAttribute("href", "/projects/finance");
    await expect(
      page.getByText("Public", { exact: true }).first(),
    ).toBeVisible();
    await expect(page.getByTitle(/^Contract enforced/)).toHaveText("Contract");
    await expect(
      page
        .getByRole("link", { name: "finance-analytics@larkspur.example" })
        .first(),
    ).toHaveAttribute("href", "mailto:finance-analytics@larkspur.example");

    const columns = page.getByRole("table", { name: "Columns" });
    const invoiceId = columns
      .getByRole("row")
      .filter({ hasText: "invoice_id" });
    // Declared (contract) and warehouse types differ: both are shown.
    await expect(invoiceId).toContainText("varchar");
    await expect(invoiceId).toContainText("TEXT");
    await expect(invoiceId).toContainText("primary key");
    await expect(
      invoiceId.getByRole("link", { name: "not_null: Pass" }),
    ).toBeVisible();
    await expect(
      invoiceId.getByRole("link", { name: "unique: Pass" }),
    ).toBeVisible();
    const total = columns.getByRole("row").filter({ hasText: /^total_amount/ });
    await expect(total).toContainText("number(18,2)");

    // The reconciliation test reads invoices and payments, and fails.
    const tests = page.getByRole("table", { name: "Tests on the node" });
    const reconcile = tests
      .getByRole("row")
      .filter({ hasText: "assert_invoice_payments_reconcile" });
    await expect(reconcile).toContainText("Fail");
    await expect(reconcile).toContainText("3 rows");

    // Code is there but out of the way.
    const compiled = page
      .getByRole("group")
      .filter({ hasText: "Compiled SQL" });
    await expect(compiled).not.toHaveAttribute("open");
  });

  test("a parent in platform is marked cross-project and leads to its page", async ({
    page,
  }) => {
    await page.goto("/projects/finance/models/fct_invoices");
    const upstream = page.getByRole("list", { name: "Upstream" });
    const parent = upstream
      .getByRole("listitem")
      .filter({ hasText: "dim_customers" });
    await expect(parent).toContainText("Cross-project: platform");
    await parent.getByRole("link", { name: "dim_customers v2" }).click();
    await expect(page).toHaveURL(
      /\/projects\/platform\/models\/dim_customers\/v2$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "dim_customers",
    );
    await expect(
      page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", {
        name: "platform",
      }),
    ).toBeVisible();
    // And back: finance is among its cross-project children.
    const downstream = page.getByRole("list", { name: "Downstream" });
    await expect(
      downstream.getByRole("listitem").filter({ hasText: "fct_invoices" }),
    ).toContainText("Cross-project: finance");
  });

  test("marketing.customer_segments shows its data_science parent as external", async ({
    page,
  }) => {
    await page.goto("/projects/marketing/models/customer_segments");
    const parent = page
      .getByRole("list", { name: "Upstream" })
      .getByRole("listitem")
      .filter({ hasText: "customer_churn_scores" });
    await expect(parent).toContainText("Cross-project: data_science");
    await expect(parent).toContainText("External · not in catalog");
    await expect(parent.getByRole("link")).toHaveCount(0);
  });

  test("platform.dim_customers lists v2 as latest and v1 as deprecated, with its date", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const versions = page.getByRole("list", { name: "Versions" });
    const v2 = versions.getByRole("listitem").filter({
      has: page.getByRole("link", { name: "dim_customers v2" }),
    });
    const v1 = versions.getByRole("listitem").filter({
      has: page.getByRole("link", { name: "dim_customers v1" }),
    });
    await expect(v2).toContainText("v2 · latest");
    await expect(
      v2.getByRole("link", { name: "dim_customers v2" }),
    ).toHaveAttribute("aria-current", "page");
    await expect(v1).toContainText("v1 · deprecated");
    await expect(v1).toContainText(/removal on \d{1,2} \w{3} \d{4}/);

    await v1.getByRole("link", { name: "dim_customers v1" }).click();
    await expect(page).toHaveURL(
      /\/projects\/platform\/models\/dim_customers\/v1$/,
    );
    await expect(page).toHaveTitle(
      "dim_customers v1 · platform · Mesh Catalog",
    );
    await expect(
      page.getByRole("note").filter({ hasText: "Version 1 is deprecated" }),
    ).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Breadcrumb" }),
    ).toContainText("v1");
  });

  test("/v1 answers directly, and the snippet pins it", async ({ page }) => {
    const response = await page.goto(
      "/projects/platform/models/dim_customers/v1",
    );
    expect(response?.status()).toBe(200);
    await expect(
      page
        .getByRole("region", { name: "Use it" })
        .getByText("{{ ref('platform', 'dim_customers', v=1) }}"),
    ).toBeVisible();
  });

  for (const [what, url] of [
    ["a model that does not exist", "/projects/finance/models/no_such_model"],
    [
      "a version the model does not have",
      "/projects/platform/models/dim_customers/v9",
    ],
    [
      "a segment that is not a version",
      "/projects/platform/models/dim_customers/latest",
    ],
    [
      "a version of an unversioned model",
      "/projects/finance/models/fct_invoices/v1",
    ],
  ] as const) {
    test(`${what} is a 404`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveTitle("Not found · Mesh Catalog");
      await expect(page.getByText("Nothing here")).toBeVisible();
    });
  }
});
