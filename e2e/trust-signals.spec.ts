import { badgeUrl } from "@/lib/urls";
import { expect, test } from "./fixtures";
import { TRUST_PROJECT } from "./trust-project";
import { ODD_MODEL_NAMES, XSS_PROJECT } from "./xss-project";

// Each finding of "Honest trust signals", where it was seen: a page that
// said one thing while another page, or the maturity rules, said another.
test.describe("trust signals say one thing everywhere", () => {
  test("freshness never checked (no sources.json) is 'not checked', and an SLA set by sources is an SLA", async ({
    page,
  }) => {
    await page.goto(`/projects/${TRUST_PROJECT}/models/orders`);
    const freshness = page
      .getByRole("region", { name: "Trust and SLAs" })
      .getByRole("region", { name: "Freshness" });
    await expect(freshness).toContainText("Not checked");
    await expect(freshness).toContainText(
      "SLA set by the freshness criteria of its upstream source",
    );
    await expect(freshness).toContainText(
      "1 upstream source with freshness criteria, not checked",
    );
    await expect(freshness).not.toContainText("No SLA");
    await expect(freshness).not.toContainText("0 of 1");
    // The rule the card must agree with.
    const gold = page
      .getByRole("region", { name: "Maturity" })
      .getByRole("list", { name: "Gold rules" });
    await expect(
      gold.getByRole("listitem").filter({ hasText: "Freshness SLA defined" }),
    ).toContainText("Pass");
    await expect(
      gold.getByRole("listitem").filter({ hasText: "Freshness SLA met" }),
    ).toContainText("not checked");
  });

  test("a column's test badge says when the test only warns", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const row = page
      .getByRole("table", { name: "Columns" })
      .getByRole("row", { name: /^country_code / });
    await expect(
      row.getByRole("link", { name: /^relationships: \w+, warn only$/ }),
    ).toBeVisible();
    await expect(row).toContainText("warn only");
    // A test that errors says nothing more.
    const id = page
      .getByRole("table", { name: "Columns" })
      .getByRole("row", { name: /^customer_id / });
    await expect(
      id.getByRole("link", { name: /^unique: \w+$/ }).first(),
    ).toBeVisible();
  });

  test("a scoreboard's average is its trend's latest average, after other projects re-judged its products", async ({
    page,
  }) => {
    // finance and marketing ref platform's products, and were ingested after it.
    await page.goto("/projects/platform/scoreboard");
    const stat = page
      .getByRole("group", { name: "Products by level" })
      .getByRole("definition")
      .nth(4);
    const average = (await stat.textContent())?.trim() ?? "";
    expect(average).toMatch(/^\d+$/);
    await expect(page.getByText(/^Latest: average/)).toHaveText(
      new RegExp(`^Latest: average ${average} over \\d+ products`),
    );
  });
});

test.describe("status badge", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the product page shows its badge and copies it as Markdown and HTML", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const card = page.getByRole("region", { name: "Status badge" });
    const image = card.getByRole("img", {
      name: "dim_customers data product status",
    });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(100);
    const badge = `${baseURL}${badgeUrl("platform", "dim_customers")}`;
    const pageUrl = `${baseURL}/projects/platform/models/dim_customers`;
    await card.getByRole("button", { name: "Copy the badge Markdown" }).click();
    await expect(card.getByRole("status").first()).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[![dim_customers data product status](${badge})](${pageUrl})`,
    );
    await card.getByRole("button", { name: "Copy the badge HTML" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `<a href="${pageUrl}"><img src="${badge}" alt="dim_customers data product status"></a>`,
    );
  });

  test("the badge is an SVG with level, score and tests, and reopens under the CSP", async ({
    page,
    request,
  }) => {
    const url = badgeUrl("platform", "dim_customers");
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(
      "image/svg+xml; charset=utf-8",
    );
    expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
    const etag = response.headers().etag ?? "";
    expect(etag).not.toBe("");
    const svg = await response.text();
    expect(svg).toContain(">Gold · 100</text>");
    expect(svg).toMatch(/>tests [\w ]+<\/text>/);
    const cached = await request.get(url, {
      headers: { "If-None-Match": etag },
    });
    expect(cached.status()).toBe(304);
    // Opened on its own, it draws, runs nothing and links to its page.
    await page.goto(url);
    await expect(
      page.getByRole("img", { name: /^dim_customers: Gold, score 100/ }),
    ).toBeVisible();
  });

  test("a hostile product name is text in the badge", async ({
    page,
    request,
  }) => {
    for (const name of ODD_MODEL_NAMES) {
      const response = await request.get(badgeUrl(XSS_PROJECT, name));
      expect(response.status(), name).toBe(200);
    }
    const svg = await (await request.get(badgeUrl(XSS_PROJECT, "a<b"))).text();
    expect(svg).toContain(">a&lt;b</text>");
    expect(svg).not.toMatch(/<script|\son\w+=/i);
    await page.goto(badgeUrl(XSS_PROJECT, "a<b"));
    await expect(page.getByRole("img", { name: /^a<b:/ })).toBeVisible();
    expect(await page.evaluate(() => "__xss" in window)).toBe(false);
  });

  test("a model that is not a product has no badge", async ({ request }) => {
    const response = await request.get(badgeUrl("platform", "nope"));
    expect(response.status()).toBe(404);
  });
});

// The sample mesh is uploaded once: each node has one recorded run.
test.describe("run history", () => {
  test("a product says how its tests did over its runs and draws its build time", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    const trust = page.getByRole("region", { name: "Trust and SLAs" });
    await expect(trust.getByRole("region", { name: "Tests" })).toContainText(
      "Its tests passed in its only recorded run",
    );
    await expect(trust).toContainText(
      /Build time\s*\S.* in its only recorded run/,
    );
  });

  test("a test's page shows its result in each recorded run", async ({
    page,
  }) => {
    await page.goto("/projects/platform/models/dim_customers");
    await page
      .getByRole("table", { name: "Columns" })
      .getByRole("row", { name: /^country_code / })
      .getByRole("link", { name: /^relationships/ })
      .click();
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("It passed in its only recorded run");
    await expect(
      history
        .getByRole("list", { name: "Recorded runs" })
        .getByRole("listitem"),
    ).toHaveCount(1);
  });
});
