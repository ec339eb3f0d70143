import { expect, test } from "vitest";
import { siblingKey } from "./sibling";

test.each([
  ["sales/target/manifest.json", "manifest", "sales/target/manifest.json"],
  ["sales/target/manifest.json", "catalog", "sales/target/catalog.json"],
  ["manifest.json.gz", "run_results", "run_results.json"],
  [
    "https://x.test/a/manifest.json?sig=1",
    "sources",
    "https://x.test/a/sources.json",
  ],
] as const)("beside %s, %s is %s", (key, kind, expected) => {
  expect(siblingKey(key, kind)).toBe(expected);
});
