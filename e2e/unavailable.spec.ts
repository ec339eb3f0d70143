import type { ChildProcess } from "node:child_process";
import { startApp } from "@/lib/cli/next-server";
import { findFreePort } from "@/lib/db/embedded-postmaster";
import { getStatus, pollUntil } from "@/tests/spawn-catalog";
import { expect, test } from "./fixtures";

// Nothing listens on port 1: the server never gets its database.
const UNREACHABLE_DATABASE = "postgresql://postgres:x@127.0.0.1:1/catalog";

test.describe("a server whose database is away", () => {
  let server: ChildProcess | undefined;
  let origin = "";

  test.beforeAll(async () => {
    const port = await findFreePort();
    origin = `http://127.0.0.1:${port}`;
    server = startApp(port, UNREACHABLE_DATABASE, { output: "ignore" });
    await pollUntil(
      () => getStatus(port, "/api/health"),
      (status) => status !== 0,
    );
  });
  test.afterAll(() => {
    server?.kill("SIGKILL");
  });

  test("answers pages with a 503 page that needs no database and retries by itself", async ({
    page,
  }) => {
    const response = await page.goto(`${origin}/projects/finance`);
    expect(response?.status()).toBe(503);
    const headers = response?.headers() ?? {};
    expect(headers["retry-after"]).toBe("5");
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["content-security-policy"]).toContain("'nonce-");
    await expect(
      page.getByRole("heading", {
        name: "The catalog is unavailable for a moment",
      }),
    ).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(
      "Trying again every 5 seconds",
    );
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute(
      "content",
      "5",
    );
    // Styled under the strict policy: the nonce'd style applied.
    await expect(page.locator("main")).toHaveCSS("border-radius", "12px");
  });

  test("answers the API with a JSON 503, never a 500, and says why it is not ready", async ({
    request,
  }) => {
    for (const path of ["/api/v1/projects", "/api/v1/search?q=orders"]) {
      const response = await request.get(`${origin}${path}`);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("5");
      expect(await response.json(), path).toEqual({
        error: {
          message:
            "the catalog's database is busy or unavailable; retry shortly",
        },
      });
    }
    const ready = await request.get(`${origin}/api/ready`);
    expect(ready.status()).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not ready",
      checks: expect.arrayContaining([
        {
          name: "database",
          isOk: false,
          message: "unreachable (ECONNREFUSED)",
        },
      ]),
    });
    const alive = await request.get(`${origin}/api/health`);
    expect(alive.status()).toBe(200);
  });
});
