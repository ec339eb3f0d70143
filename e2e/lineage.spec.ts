import { expect, test, type Page } from "./fixtures";

const REVENUE = "/projects/finance/lineage/model.finance.fct_revenue";

function paintedGraph(page: Page) {
  return page.locator('[data-graph="lineage"][data-painted]');
}

test.describe("lineage page", () => {
  test("a consumer's lineage crosses into its producer, cross-project edges marked", async ({
    page,
  }) => {
    await page.goto(REVENUE);
    await expect(page).toHaveTitle(
      "Lineage of fct_revenue · finance · Mesh Catalog",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Lineage of fct_revenue",
    );
    const graph = paintedGraph(page);
    await expect(graph).toBeVisible();
    // One lane per project, labelled.
    for (const project of ["finance", "platform", "marketing"])
      await expect(
        graph.getByRole("link", { name: project, exact: true }),
      ).toBeVisible();
    await expect(graph.locator(".react-flow__edge.edge-cross")).not.toHaveCount(
      0,
    );
    await expect(page.getByText("6 cross-project edges")).toBeVisible();

    const nodes = page.getByRole("table", {
      name: "Nodes in this lineage view",
    });
    await expect(
      nodes.getByRole("row").filter({ hasText: /^fct_orders/ }),
    ).toContainText(/platform\s*1 up/);
    await expect(
      nodes.getByRole("row").filter({ hasText: /^campaign_roi/ }),
    ).toContainText(/marketing\s*1 down/);
    await expect(
      nodes.getByRole("row").filter({ hasText: /^monthly_board_pack/ }),
    ).toContainText("Exposure");

    await page.getByText("Edges in this view").click();
    const edges = page.getByRole("table", {
      name: "Edges in this lineage view",
    });
    await expect(
      edges.getByRole("row").filter({ hasText: /^fct_orders\s*fct_revenue/ }),
    ).toContainText("Cross-project");
    await expect(
      edges
        .getByRole("row")
        .filter({ hasText: /^int_invoices__totals\s*fct_invoices/ }),
    ).not.toContainText("Cross-project");
  });

  test("expanding a node in place crosses back into the producer", async ({
    page,
  }) => {
    await page.goto(REVENUE);
    const graph = paintedGraph(page);
    await expect(graph).toBeVisible();
    await expect(
      graph.getByRole("link", { name: "customer_ltv", exact: true }),
    ).toHaveCount(0);
    await graph
      .getByRole("button", { name: "Show children of fct_invoices" })
      .click();
    await expect(
      page.getByRole("status").filter({ hasText: "Added" }),
    ).toHaveText("Added 1 child of fct_invoices.");
    // finance.fct_invoices feeds platform.customer_ltv: the lineage goes back into platform.
    await expect(
      page
        .getByRole("table", { name: "Nodes in this lineage view" })
        .getByRole("row")
        .filter({ hasText: /^customer_ltv/ }),
    ).toContainText("platform");
    await expect(
      graph.getByRole("link", { name: "customer_ltv", exact: true }),
    ).toBeVisible();
  });

  test("choosing a node focuses it, keeping hops and types in the URL", async ({
    page,
  }) => {
    await page.goto(`${REVENUE}?up=1`);
    const graph = paintedGraph(page);
    await graph.getByRole("link", { name: "fct_orders", exact: true }).click();
    await expect(page).toHaveURL(
      /\/projects\/platform\/lineage\/model\.platform\.fct_orders\?up=1$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Lineage of fct_orders",
    );
    await expect(page.getByLabel("Upstream")).toHaveValue("1");
  });

  test("hops and types filter the view", async ({ page }) => {
    await page.goto(REVENUE);
    await expect(paintedGraph(page)).toBeVisible();
    await page.getByLabel("Downstream").selectOption("0");
    await expect(page).toHaveURL(/down=0/);
    const nodes = page.getByRole("table", {
      name: "Nodes in this lineage view",
    });
    await expect(
      nodes.getByRole("row").filter({ hasText: "down" }),
    ).toHaveCount(0);
    await page.locator("summary", { hasText: "Types" }).click();
    // One click, then the URL: the box is drawn again from the URL once the
    // view is replaced, so Playwright's uncheck() could click it twice.
    const source = page.getByRole("checkbox", { name: "Source" });
    await expect(source).toBeChecked();
    await source.click();
    await expect(page).toHaveURL(/types=/);
    await page.getByLabel("Upstream").selectOption("full");
    await expect(page).toHaveURL(/up=full/);
    await expect(
      nodes.getByRole("row").filter({ hasText: "Source" }),
    ).toHaveCount(0);
    await expect(
      nodes.getByRole("row").filter({ hasText: /^stg_app_db__orders/ }),
    ).toHaveCount(1);
  });

  test("search finds a node in the graph", async ({ page }) => {
    await page.goto(REVENUE);
    await expect(paintedGraph(page)).toBeVisible();
    const search = page.getByRole("combobox", {
      name: "Find a node in the graph",
    });
    await search.fill("orders");
    const options = page.getByRole("listbox", { name: "Matching nodes" });
    await expect(options.getByRole("option")).toHaveText([
      /^fct_orders/,
      /^int_orders__items_aggregated/,
      /^stg_app_db__orders/,
    ]);
    await search.press("Enter");
    await expect(options).toHaveCount(0);
  });

  test("a source reading another project's model is drawn as a hidden dependency", async ({
    page,
  }) => {
    await page.goto(
      "/projects/platform/lineage/model.platform.customer_ltv?up=0&down=1",
    );
    const graph = paintedGraph(page);
    // crm's source of the same name, read straight from platform's table.
    await expect(
      graph.locator(
        'a[href="/projects/crm/nodes/source.crm.platform_exports.customer_ltv"]',
      ),
    ).toBeVisible();
    const hidden = graph.locator(".react-flow__edge.edge-hidden");
    await expect(hidden).toHaveCount(1);
    await expect(hidden).toContainText("no ref");
    await expect(page.getByText("1 hidden dependency")).toBeVisible();
    await page.getByText("Edges in this view").click();
    await expect(
      page
        .getByRole("table", { name: "Edges in this lineage view" })
        .getByRole("row")
        .filter({ hasText: /^customer_ltv\s*platform_exports\.customer_ltv/ }),
    ).toContainText("Hidden: no ref");
  });

  test("an unresolved ref is shown as never ingested", async ({ page }) => {
    await page.goto(
      "/projects/marketing/lineage/model.marketing.customer_segments?up=1&down=1",
    );
    const graph = paintedGraph(page);
    await expect(graph.getByText("customer_churn_scores")).toBeVisible();
    await expect(
      graph.getByText("Not ingested", { exact: true }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: "Nodes in this lineage view" })
        .getByRole("row")
        .filter({ hasText: "customer_churn_scores" }),
    ).toContainText("not ingested");
  });

  test("the model page leads here; an unknown node answers 404", async ({
    page,
  }) => {
    await page.goto("/projects/finance/models/fct_revenue");
    await page.getByRole("link", { name: "Lineage", exact: true }).click();
    await expect(page).toHaveURL(REVENUE);
    const response = await page.goto(
      "/projects/finance/lineage/model.finance.no_such_model",
    );
    expect(response?.status()).toBe(404);
  });
});
