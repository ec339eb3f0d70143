import { expect, test } from "./fixtures";

// The sample mesh's crm and sales projects break every governance rule on
// purpose; the other projects break a few.
test.describe("governance", () => {
  test("the shell leads to the mesh's checks: errors, warnings, and each check's violations", async ({
    page,
  }) => {
    // The first page of a cold server, and a long one: room on a loaded machine.
    test.slow();
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Primary" })
      .getByRole("link", { name: "Governance" })
      .click();
    await expect(page).toHaveURL(/\/governance$/);
    await expect(page).toHaveTitle("Governance · Mesh Catalog");
    const latest = page.getByRole("group", { name: "Latest run" });
    await expect(latest.getByRole("term")).toHaveText([
      "Errors",
      "Warnings",
      "Excepted",
      "Checks",
    ]);
    const violations = page.getByRole("region", {
      name: "Violations by check",
    });
    for (const title of [
      "Cross-project ref to a model that is not public",
      "Source reading another project's model",
      "Model-level cycle across projects",
      "Project whose latest artifacts are old",
    ])
      await expect(
        violations.getByRole("heading", { level: 3, name: new RegExp(title) }),
      ).toBeVisible();
    await expect(violations).toContainText(
      "refs crm.crm_leads, which is protected, not public",
    );
    await expect(violations).toContainText("Owners: Inside Sales Ops");
    await page.screenshot({
      path: "test-results/governance-mesh.png",
      fullPage: true,
    });
  });

  test("the trend is drawn on a page loaded whole (no inline styles for the CSP to block)", async ({
    page,
  }) => {
    await page.goto("/governance");
    const chart = page.getByRole("img", {
      name: /Violations after each of the last/,
    });
    await expect(chart).toBeVisible();
    const heights = await chart
      .locator("rect")
      .evaluateAll((rects) =>
        rects.map((r) => r.getBoundingClientRect().height),
      );
    expect(Math.max(...heights)).toBeGreaterThan(20);
  });

  test("a project's page holds its own violations, and links to the node", async ({
    page,
  }) => {
    await page.goto("/projects/crm");
    // The project header's link, not the shell's: the page may still be streaming.
    await page
      .getByRole("main")
      .getByRole("link", { name: "Governance" })
      .click();
    await expect(page).toHaveURL(/\/projects\/crm\/governance$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "crm governance",
    );
    const violations = page.getByRole("region", {
      name: "Violations by check",
    });
    await expect(violations).toContainText("latest artifacts are 10 days old");
    await expect(violations).not.toContainText("model.sales.pipeline");
    await page.screenshot({
      path: "test-results/governance-crm.png",
      fullPage: true,
    });
    await violations
      .getByRole("link", { name: "source.crm.platform_exports.customer_ltv" })
      .click();
    await expect(page).toHaveURL(
      /\/projects\/crm\/nodes\/source\.crm\.platform_exports\.customer_ltv$/,
    );
  });

  test("an unknown project has no governance page", async ({ page }) => {
    const response = await page.goto("/projects/nowhere/governance");
    expect(response?.status()).toBe(404);
  });
});
