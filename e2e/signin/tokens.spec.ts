import { expect, test } from "@playwright/test";

test("a maintainer creates a CI token for their project, sees its secret once, revokes it, signs out", async ({
  page,
}) => {
  await page.goto("/tokens");
  await page.locator('input[name="login"]').fill("maintainer-a");
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: /sign-in/i }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tokens" }),
  ).toBeVisible();

  const form = page.getByRole("form", { name: "New token" });
  await expect(form.getByLabel("For")).toHaveValue("finance");
  // Only the projects this person maintains, and their own personal token.
  await expect(form.getByLabel("For").getByRole("option")).toHaveText([
    "CI: writes finance",
    "Personal: reads the API as me",
  ]);
  await form.getByLabel("Label").fill("GitHub Actions");
  await form.getByRole("button", { name: "Create token" }).click();

  const created = page
    .getByRole("status")
    .filter({ hasText: "shown only once" });
  await expect(created).toContainText("GitHub Actions is ready");
  const secret = (await created.getByLabel("Token secret").textContent()) ?? "";
  expect(secret).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);

  const table = page.getByRole("region", { name: "Tokens" });
  const row = table.getByRole("row").filter({ hasText: "GitHub Actions" });
  await expect(row).toContainText("CI · finance");
  await expect(row).toContainText("active");
  await expect(row).toContainText("never"); // not used yet
  await page.screenshot({
    path: test.info().outputPath("tokens.png"),
    fullPage: true,
  });

  // The secret writes finance from CI: a real request with it is let through
  // to the upload's own checks (422: no manifest), and is then "last used".
  const upload = await page.request.post("/api/v1/projects/finance/artifacts", {
    headers: { authorization: `Bearer ${secret}`, cookie: "" },
    multipart: {},
  });
  expect(upload.status()).toBe(422);
  await page.reload();
  await expect(row).not.toContainText("never");

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke GitHub Actions" }).click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  const refused = await page.request.post(
    "/api/v1/projects/finance/artifacts",
    {
      headers: { authorization: `Bearer ${secret}`, cookie: "" },
      multipart: {},
    },
  );
  expect(refused.status()).toBe(401);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out")).toBeVisible();
});

test("an admin sees the token changes and sign-ins in the audit log", async ({
  page,
}) => {
  await page.goto("/audit");
  await page.locator('input[name="login"]').fill("admin");
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: /sign-in/i }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Audit log" }),
  ).toBeVisible();
  const log = page.getByRole("region", { name: "Audit log" });
  await expect(
    log.getByRole("row").filter({ hasText: "token.revoke" }),
  ).toContainText("maintainer-a@example.com");
  await expect(
    log.getByRole("row").filter({ hasText: "token.create" }).first(),
  ).toBeVisible();
  await expect(
    log.getByRole("row").filter({ hasText: "sign-in" }).first(),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath("audit.png"),
    fullPage: true,
  });
});
