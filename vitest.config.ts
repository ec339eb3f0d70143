import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next's react-server build, the marker package is a no-op.
      "server-only": path.resolve(
        import.meta.dirname,
        "node_modules/server-only/empty.js",
      ),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "tests/**/*.test.ts",
      "components/**/*.test.ts",
      "components/**/*.test.tsx",
    ],
    globalSetup: ["tests/global-setup.ts"],
    // Pins the catalog's clock in every test file: no test depends on the day.
    setupFiles: ["tests/pin-clock.ts"],
    // Info lines (one per ingest) would bury the test report; warnings and
    // errors still show. The logger's own tests pass their level.
    // Column lineage is derived in the background after each ingest; the
    // tests of it turn it on, the others keep the machine for their own work.
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      CATALOG_COLUMN_LINEAGE: "off",
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
