import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3107);

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download its own
 * here) against the production build, served by e2e/server.ts on a throwaway
 * Postgres seeded through the real ingest pipeline.
 */
export default defineConfig({
  testDir: "e2e",
  // Sign-in's specs need a server with sign-in on: playwright.signin.config.ts.
  testIgnore: "signin/**",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  // The server's log of the whole run: JSON, with request ids, no secrets.
  globalTeardown: "./e2e/log-scan.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    command: `tsx --conditions=react-server e2e/server.ts`,
    url: `http://127.0.0.1:${PORT}/api/v1/projects`,
    env: { E2E_PORT: String(PORT) },
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM lets e2e/server.ts stop Next and its throwaway PostgreSQL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
