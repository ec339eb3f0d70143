import { expect, test } from "vitest";
import { redactPaths } from "./redact-paths";

test.each([
  [
    "/home/ci/builds/acme/target/manifest.json: is not valid JSON (at byte 12)",
    "manifest.json: is not valid JSON (at byte 12)",
  ],
  [
    "C:\\runner\\work\\acme\\target\\catalog.json: is empty",
    "catalog.json: is empty",
  ],
  [
    'cannot read "/srv/mesh/finance/target/run_results.json" or /tmp/x.json',
    'cannot read "run_results.json" or x.json',
  ],
  [
    "jaffle/target/manifest.json: is empty",
    "jaffle/target/manifest.json: is empty",
  ],
  [
    "fetching https://artifacts.example.com/acme/manifest.json failed",
    "fetching https://artifacts.example.com/acme/manifest.json failed",
  ],
  ["either/or, 3/4 of the nodes", "either/or, 3/4 of the nodes"],
])("%s", (message, shown) => {
  expect(redactPaths(message)).toBe(shown);
});
