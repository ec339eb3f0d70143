import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import { expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as {
    engines?: { node?: string };
    packages?: Record<string, { engines?: { node?: string } }>;
  };

/**
 * Installed packages that ask for a newer Node than package.json promises,
 * each with why the catalog still runs: npm warns about them on install.
 */
const NEEDS_NEWER_NODE: Record<string, string> = {
  // Loaded only by `prisma dev` (a local Prisma Postgres server, with
  // node:sqlite); the catalog runs `prisma generate` alone, which works on 20.
  "node_modules/@prisma/streams-local":
    "only `prisma dev`, which the catalog never runs",
  // Its engines field names its own build's tools (Node 22, pnpm); the
  // published WebAssembly and JavaScript run on Node 20, as the column
  // lineage tests show on every run.
  "node_modules/@polyglot-sql/sdk":
    "the column-lineage tests run it on the Node 20 the catalog promises",
};

test("package.json's engines hold for every installed package but the known ones", () => {
  const promised = readJson("package.json").engines?.node;
  expect(promised).toBeDefined();
  const lowest = semver.minVersion(promised ?? "")?.version ?? "";
  const tooNew = Object.entries(readJson("package-lock.json").packages ?? {})
    .filter(([, entry]) => {
      const wanted = entry.engines?.node;
      return wanted !== undefined && !semver.satisfies(lowest, wanted);
    })
    .map(([name]) => name);
  expect(tooNew.sort()).toEqual(Object.keys(NEEDS_NEWER_NODE).sort());
});

test("this process runs on a Node that package.json's engines allow", () => {
  const promised = readJson("package.json").engines?.node ?? "";
  expect(semver.satisfies(process.version, promised)).toBe(true);
});
