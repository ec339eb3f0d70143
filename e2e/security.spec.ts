import { expect, test } from "./fixtures";

function getNonce(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

test("pages carry a nonce-based CSP with nothing unsafe", async ({ page }) => {
  const response = await page.goto("/");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(getNonce(policy)).toBeTruthy();
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ])
    expect(policy).toContain(directive);
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
});

test("every script the server sends carries this response's nonce", async ({
  page,
}) => {
  const response = await page.goto("/");
  const nonce = getNonce(response?.headers()["content-security-policy"] ?? "");
  const html = (await response?.text()) ?? "";
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  const nonces = scriptTags.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1]);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
});

test("chunks loaded later run under 'strict-dynamic' without a violation", async ({
  page,
}) => {
  // The mesh map's graph is a chunk the runtime inserts after hydration,
  // without a nonce of its own: the policy trusts it because a script that
  // carried the nonce loaded it. (The fixture fails the test on a violation.)
  await page.goto("/");
  await expect(
    page
      .getByRole("region", { name: "Mesh map" })
      .locator('[data-graph="mesh-map"][data-painted]'),
  ).toBeVisible();
  const lateScripts = await page.evaluate(
    () => [...document.scripts].filter((s) => s.src && !s.nonce).length,
  );
  expect(lateScripts).toBeGreaterThan(0);
});

test("each response gets a fresh nonce", async ({ request }) => {
  const nonces = new Set<string | undefined>();
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/");
    nonces.add(getNonce(response.headers()["content-security-policy"] ?? ""));
  }
  expect(nonces.size).toBe(3);
});

test("security headers come with pages and static assets", async ({
  request,
}) => {
  for (const path of ["/", "/icon.svg"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }
});

test("the app hydrates under the CSP: the theme toggle works and persists", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
});

test("a test whose page breaks the CSP fails", async ({ page }) => {
  // The fixture's own check: an inline style set after load is blocked, and
  // the test that saw it must fail although its assertions pass.
  test.fail();
  await page.goto("/");
  await expect(page.getByRole("main")).toBeVisible();
  await page.evaluate(() => document.body.setAttribute("style", "color: red"));
});

test("no page the server renders carries a style attribute", async ({
  request,
}) => {
  // React streams a late element inside an <svg> in a placeholder with
  // style="display:none", which the CSP blocks: the SVGs are drawn by client
  // components so that they render in one piece.
  for (const path of [
    "/",
    "/mesh",
    "/projects/finance",
    "/projects/finance/scoreboard",
    "/projects/platform/scoreboard",
    "/projects/marketing/scoreboard",
    "/projects/finance/models/fct_invoices",
    "/search?q=customer",
  ]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<[^>]+\sstyle=/);
  }
});
