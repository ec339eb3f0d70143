import { expect, test, type Page } from "./fixtures";

const searchBox = (page: Page) =>
  page.getByRole("combobox", { name: "Search the catalog" });

const results = (page: Page) =>
  page.getByRole("list", { name: "Search results" });

test("/ focuses the header search box from anywhere, but not while typing", async ({
  page,
}) => {
  await page.goto("/");
  await expect(searchBox(page)).toBeVisible();
  await page.locator("main").click();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("orders");
  await expect(searchBox(page)).toHaveValue("orders");
});

test("typing shows suggestions with highlighted names; Enter opens the results page", async ({
  page,
}) => {
  await page.goto("/");
  await searchBox(page).fill("dim_cust");
  const suggestions = page.getByRole("listbox", { name: "Suggestions" });
  await expect(suggestions).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "true");
  const first = suggestions.getByRole("option").first();
  await expect(first).toContainText("dim_customers");
  await expect(first.locator("mark")).toHaveText("dim_cust");
  await searchBox(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=dim_cust$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Results for “dim_cust”",
  );
  await expect(results(page).getByRole("link").first()).toContainText(
    "dim_customers",
  );
});

test("arrow keys move through suggestions and Enter opens the chosen one", async ({
  page,
}) => {
  await page.goto("/");
  await searchBox(page).fill("fct_revenue");
  const option = page.getByRole("option").first();
  await expect(option).toContainText("fct_revenue");
  await searchBox(page).press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(searchBox(page)).toHaveAttribute(
    "aria-activedescendant",
    (await option.getAttribute("id")) ?? "",
  );
  await searchBox(page).press("Escape");
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
  await searchBox(page).press("ArrowDown");
  // The list opens again with the first suggestion chosen; Enter before that
  // would submit the query to the search page instead.
  await expect(option).toHaveAttribute("aria-selected", "true");
  await searchBox(page).press("Enter");
  await expect(page).toHaveURL(/\/projects\/finance\/models\/fct_revenue$/);
});

test("a facet narrows the results and lives in the URL", async ({ page }) => {
  await page.goto("/search?q=customers");
  const filters = page.getByRole("navigation", { name: "Filters" });
  await filters
    .getByRole("region", { name: "Project" })
    .getByRole("link", { name: /marketing/ })
    .click();
  await expect(page).toHaveURL(/[?&]project=marketing/);
  await expect(
    page.getByRole("link", { name: "Remove filter project: marketing" }),
  ).toBeVisible();
  const items = results(page).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  for (const text of await items.allTextContents())
    expect(text).toContain("marketing");
  await page
    .getByRole("link", { name: "Remove filter project: marketing" })
    .click();
  await expect(page).not.toHaveURL(/project=/);
});

test("matches are highlighted in names and descriptions", async ({ page }) => {
  await page.goto("/search?q=revenue");
  const marks = results(page).locator("mark");
  await expect(marks.first()).toBeVisible();
  expect(
    (await marks.allTextContents()).every((text) => /^revenue/i.test(text)),
  ).toBe(true);
});

test("a typo still finds the model", async ({ page }) => {
  await page.goto("/");
  await searchBox(page).fill("dim_custmers");
  await searchBox(page).press("Enter");
  await expect(page).toHaveURL(/q=dim_custmers/);
  await expect(
    results(page).getByRole("link", { name: "dim_customers" }).first(),
  ).toBeVisible();
});

test("no matches says so and offers a way out of the filters", async ({
  page,
}) => {
  await page.goto("/search?q=qqqzzzxxx&type=model");
  await expect(
    page.getByText("Nothing matches", { exact: true }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Search without filters" }).click();
  await expect(page).toHaveURL(/\/search\?q=qqqzzzxxx$/);
});

test("the results page has a title and no sideways overflow on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/search?q=customers");
  await expect(page).toHaveTitle("“customers” · Search · Mesh Catalog");
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("a versioned model is one result, its latest, with the other version as a chip", async ({
  page,
}) => {
  await page.goto("/search?q=dim_customers");
  const list = results(page);
  await expect(
    list.getByRole("link", { name: "dim_customers", exact: true }),
  ).toHaveCount(1);
  await expect(
    list.getByRole("link", { name: "dim_customers", exact: true }),
  ).toHaveAttribute("href", "/projects/platform/models/dim_customers/v2");
  await list.getByRole("link", { name: "dim_customers version 1" }).click();
  await expect(page).toHaveURL(
    /\/projects\/platform\/models\/dim_customers\/v1$/,
  );
});

test("for a name query, data products come first", async ({ page }) => {
  await page.goto("/search?q=orders");
  const first = results(page).getByRole("listitem").first();
  await expect(first).toContainText("Data product");
  await expect(first).toContainText("orders");
});

test("a query that finds nothing offers the spelling that does", async ({
  page,
}) => {
  await page.goto("/search?q=cstmer+sgment");
  await expect(
    page.getByText("Nothing matches", { exact: true }),
  ).toBeVisible();
  await page.getByRole("link", { name: "customer segment" }).click();
  await expect(page).toHaveURL(/\/search\?q=customer\+segment$/);
  await expect(results(page).getByRole("listitem").first()).toBeVisible();
});
