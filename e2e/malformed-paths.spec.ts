import { expect, test } from "./fixtures";

// Escapes that are not percent-encoded UTF-8: not hex, overlong (an old
// trick to smuggle "/" past filters), and a sequence cut short.
const BAD_ESCAPES = ["%ZZ", "%C0%AF", "%E2%82"];

const PAGES = [
  "/projects/{bad}",
  "/owners/{bad}",
  "/projects/marketing/lineage/{bad}",
  "/projects/p/lineage/{bad}",
  "/projects/marketing/models/{bad}",
  "/projects/marketing/groups/{bad}",
];

const APIS = [
  "/api/v1/nodes/{bad}",
  "/api/v1/impact/{bad}",
  "/api/v1/projects/{bad}",
];

function expand(templates: readonly string[]): string[] {
  return templates.flatMap((t) =>
    BAD_ESCAPES.map((b) => t.replace("{bad}", b)),
  );
}

test.describe("paths that are not valid percent-encoding", () => {
  for (const path of expand(PAGES)) {
    test(`page ${path} is the not-found page, 404`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toContain("text/html");
      expect(response.headers()["content-security-policy"]).toContain(
        "'nonce-",
      );
      const html = await response.text();
      expect(html).toContain("<title>Not found · Mesh Catalog</title>");
      expect(html).toContain("Nothing here");
    });
  }

  for (const path of expand(APIS)) {
    test(`API ${path} is a JSON 400`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({
        error: { message: expect.any(String) },
      });
    });
  }

  test("in the browser, the not-found page with its way back", async ({
    page,
  }) => {
    const response = await page.goto("/projects/%ZZ");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Nothing here")).toBeVisible();
    await page.getByRole("link", { name: "Back to the mesh" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("well-formed escapes still reach the page and the API", async ({
    request,
  }) => {
    expect(
      (
        await request.get("/owners/finance-analytics%40larkspur.example")
      ).status(),
    ).toBe(200);
    const node = await request.get(
      "/api/v1/nodes/model%2Efinance.fct_invoices",
    );
    expect(node.status()).toBe(200);
    const missing = await request.get("/api/v1/nodes/caf%C3%A9");
    expect(missing.status()).toBe(404);
  });
});

test.describe("NUL bytes, which no name or id holds", () => {
  for (const path of [
    "/owners/a%00b",
    "/projects/platform/groups/core%00commerce",
    "/projects/platform/lineage/model.platform.fct%00orders",
    "/search?q=orders&project=fin%00ance",
  ]) {
    test(`page ${path} is the not-found page, 404`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Nothing here");
    });
  }

  for (const path of [
    "/api/v1/search?q=orders&project=fin%00ance",
    "/api/v1/lineage?focus=model.platform.fct%00orders",
    "/api/v1/nodes/model.platform.fct%00orders",
    "/api/v1/impact/model.platform.fct%00orders",
  ]) {
    test(`API ${path} is a JSON 400, never cached`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(await response.json()).toEqual({
        error: { message: "the URL holds a NUL byte (%00)" },
      });
    });
  }
});

test("a prefetch that gets a page's HTML gets its Content-Security-Policy too", async ({
  request,
}) => {
  const prefetches: Record<string, string>[] = [
    { purpose: "prefetch" },
    { "next-router-prefetch": "1" },
  ];
  for (const headers of prefetches) {
    const response = await request.get("/projects/finance", { headers });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toContain("'nonce-");
  }
});
