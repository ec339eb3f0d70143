import { expect, test } from "./fixtures";
import { FAILING_SOURCE, PULLED_SOURCE } from "./sources-file";
import { readE2eToken } from "./token";

const PORT = Number(process.env.E2E_PORT ?? 3107);

test.describe("the sources page", () => {
  test("shows each source's health, its last error and its next run", async ({
    page,
  }) => {
    await page.goto("/sources");
    await expect(page).toHaveTitle("Sources · Mesh Catalog");
    await expect(
      page.getByRole("heading", { level: 1, name: "Sources" }),
    ).toBeVisible();
    const table = page.getByRole("table", { name: "Configured sources" });
    const pulled = table.getByRole("row").filter({ hasText: PULLED_SOURCE });
    const failing = table.getByRole("row").filter({ hasText: FAILING_SOURCE });
    // The server pulls what is due as it starts; the page shows it once done.
    await expect(async () => {
      await page.reload();
      await expect(pulled.getByText("Up to date")).toBeVisible({
        timeout: 1_000,
      });
      await expect(failing.getByText(/^Failing/)).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(pulled.getByText("Nothing new")).toBeVisible();
    await expect(
      pulled.getByRole("link", { name: `project ${PULLED_SOURCE}` }),
    ).toBeVisible();
    await expect(
      failing.getByText("exports/finance/target/manifest.json: cannot be read"),
    ).toBeVisible();
    await expect(failing.getByText("optional")).toBeVisible();
    await expect(pulled.getByText("*/20 * * * *")).toBeVisible();
  });

  test("pull now needs a token, then queues the pull", async ({ page }) => {
    await page.goto("/sources");
    const button = page.getByRole("button", {
      name: `Pull ${PULLED_SOURCE} now`,
    });
    await expect(button).toBeDisabled();
    await page
      .getByLabel("Upload token")
      .fill("mc_not-a-real-token-but-long-enough-to-look-like-one");
    await button.click();
    const row = page.getByRole("row").filter({ hasText: PULLED_SOURCE });
    await expect(row.getByText(/token/i).last()).toBeVisible();
    await page.getByLabel("Upload token").fill(await readE2eToken(PORT));
    await button.click();
    await expect(row.getByText(/^(Queued|Already queued)$/)).toBeVisible();
  });
});

test("GET /api/v1/sources answers every source as JSON", async ({
  request,
}) => {
  const response = await request.get("/api/v1/sources");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    sources: { name: string; schedule: string }[];
  };
  expect(body.sources.map((s) => [s.name, s.schedule])).toEqual([
    [PULLED_SOURCE, "*/20 * * * *"],
    [FAILING_SOURCE, "*/20 * * * *"],
  ]);
});
