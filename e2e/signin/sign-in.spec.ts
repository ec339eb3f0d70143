import { expect, test, type Page } from "@playwright/test";

/** Signs in at the provider's login page, as the browser is sent there. */
async function signIn(page: Page, login: string) {
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: /sign-in/i }).click();
}

test("a page sends the browser to the provider; it signs in, sees the page, signs out", async ({
  page,
}) => {
  await page.goto("/projects/finance");
  expect(new URL(page.url()).port).not.toBe(
    new URL(test.info().project.use.baseURL ?? "").port,
  );
  await signIn(page, "maintainer-a");

  await expect(page).toHaveURL(/\/projects\/finance$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "finance" }),
  ).toBeVisible();
  await expect(page.getByText("Mara Maintainer")).toBeVisible();
  await expect(page.getByText("maintainer of finance")).toBeVisible();
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "catalog_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out")).toBeVisible();
  expect(
    (await page.context().cookies()).some((c) => c.name === "catalog_session"),
  ).toBe(false);

  // The session is gone server-side: its old cookie opens nothing.
  const api = await page.request.get("/api/v1/projects", {
    headers: { cookie: `catalog_session=${session?.value ?? ""}` },
  });
  expect(api.status()).toBe(401);
});

test("without a session the API answers 401 and health stays open", async ({
  request,
}) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  const refused = await request.get("/api/v1/projects");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({
    error: { message: expect.any(String) },
  });
  const feed = await request.get("/changes.atom", { maxRedirects: 0 });
  expect(feed.status()).toBe(401);
});
