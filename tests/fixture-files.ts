import fs from "node:fs";
import path from "node:path";
import { REAL_FIXTURES } from "./fixtures";

/** Relative paths of the real fixture files whose name matches, sorted. */
export function listFixtures(pattern: RegExp): string[] {
  return fs
    .readdirSync(REAL_FIXTURES, { recursive: true, encoding: "utf8" })
    .filter((file) => pattern.test(path.basename(file)))
    .sort();
}

export function loadFixtureJson(relative: string): unknown {
  return JSON.parse(
    fs.readFileSync(path.join(REAL_FIXTURES, relative), "utf8"),
  );
}
