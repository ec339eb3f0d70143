import { expect, test } from "./fixtures";

// e2e/server.ts ingests platform a second time, after discount_amount was
// dropped from its public fct_orders, which finance and marketing ref.
test.describe("change feed", () => {
  test("the shell leads to the mesh's changes: the breaking change with the consumers it hits", async ({
    page,
  }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Primary" })
      .getByRole("link", { name: "Changes" })
      .click();
    await expect(page).toHaveURL(/\/changes$/);
    await expect(page).toHaveTitle("Changes · Mesh Catalog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes");
    // A change is a list item of its ingest's list (each ingest is one too).
    const change = page
      .getByRole("list", { name: "Ingests" })
      .getByRole("listitem")
      .getByRole("listitem")
      .filter({ hasText: "column discount_amount removed from fct_orders" });
    await expect(change.getByText("Breaking", { exact: true })).toBeVisible();
    await expect(change.getByText("Hits 4 consumers")).toBeVisible();
    await expect(
      change.getByRole("link", { name: "finance.fct_revenue" }),
    ).toBeVisible();
    await expect(
      change.getByRole("link", { name: "marketing.fct_attribution_touches" }),
    ).toBeVisible();
    // Exposures reading it, in its own project and in another, with their owners.
    await expect(
      change.getByRole("listitem").filter({ hasText: "platform.Customer 360" }),
    ).toContainText("Priya Raman <priya.raman@larkspur.example>");
    await expect(
      change.getByRole("link", { name: "finance.Revenue forecast" }),
    ).toBeVisible();
    await change.getByRole("link", { name: "finance.fct_revenue" }).click();
    await expect(page).toHaveURL(/\/projects\/finance\/models\/fct_revenue$/);
  });

  test("the project page leads to its own feed, which filters to breaking changes", async ({
    page,
  }) => {
    await page.goto("/projects/platform");
    await page
      .getByRole("main")
      .getByRole("link", { name: "Changes", exact: true })
      .click();
    await expect(page).toHaveURL(/\/projects\/platform\/changes$/);
    await expect(page).toHaveTitle("Changes · platform · Mesh Catalog");
    await page.getByRole("link", { name: "Breaking only" }).click();
    await expect(page).toHaveURL(
      /\/projects\/platform\/changes\?breaking=true$/,
    );
    await expect(
      page.getByRole("link", { name: "Breaking only" }),
    ).toHaveAttribute("aria-current", "page");
    const rows = page
      .getByRole("list", { name: "Ingests" })
      .locator("li[id^=change-]");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(
      "column discount_amount removed from fct_orders",
    );
  });

  test("a project without changes says so; an unknown project is not found", async ({
    page,
  }) => {
    await page.goto("/projects/finance/changes");
    await expect(page.getByText("No change recorded yet")).toBeVisible();
    const missing = await page.goto("/projects/nowhere/changes");
    expect(missing?.status()).toBe(404);
  });

  test("the Atom feed carries the same change", async ({ request }) => {
    const response = await request.get("/projects/platform/changes.atom");
    expect(response.headers()["content-type"]).toContain(
      "application/atom+xml",
    );
    const xml = await response.text();
    expect(xml).toContain(
      "<title>Breaking: platform: column discount_amount removed from fct_orders</title>",
    );
    expect(xml).toContain("hits finance.fct_revenue (follows the latest");
  });
});
