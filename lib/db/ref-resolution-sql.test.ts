import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import {
  isCurrentVersion,
  resolvesRef,
  type RefCandidate,
  type RefTarget,
} from "@/lib/mesh/ref-resolution";
import { useTestDatabase } from "@/tests/db";
import { isCurrentVersionSql, REF_RESOLVES_SQL } from "./ref-resolution-sql";

const REF: RefTarget = { project: "sales", name: "orders", version: null };
const NODE: RefCandidate = {
  project: "sales",
  packageName: "sales",
  name: "orders",
  resourceType: "model",
  version: null,
  latestVersion: null,
};

type Case = [
  rule: string,
  ref: Partial<RefTarget>,
  node: Partial<RefCandidate>,
  resolves: boolean,
];

// Each case changes the ref `sales.orders` (unpinned) or the producer's
// unversioned model `orders` from the line above it.
const CASES: Case[] = [
  ["an unpinned ref, an unversioned model", {}, {}, true],
  ["a seed is referable", {}, { resourceType: "seed" }, true],
  ["a snapshot is referable", {}, { resourceType: "snapshot" }, true],
  ["a source is not", {}, { resourceType: "source" }, false],
  ["a test is not", {}, { resourceType: "test" }, false],
  ["an analysis is not", {}, { resourceType: "analysis" }, false],
  ["a type dbt adds later is not", {}, { resourceType: "function" }, false],
  ["another name", { name: "order" }, {}, false],
  ["names are case-sensitive", { name: "Orders" }, {}, false],
  ["a node of another project", {}, { project: "finance" }, false],
  [
    "a package the producer installs is not the producer",
    {},
    { packageName: "dbt_utils" },
    false,
  ],
  [
    "the producer's package installed in another project",
    {},
    { project: "finance", packageName: "sales" },
    false,
  ],
  [
    "unpinned: the latest version",
    {},
    { version: "2", latestVersion: "2" },
    true,
  ],
  [
    "unpinned: not an older version",
    {},
    { version: "1", latestVersion: "2" },
    false,
  ],
  [
    "unpinned: not a prerelease",
    {},
    { version: "3", latestVersion: "2" },
    false,
  ],
  [
    "unpinned: a version without a latest (NULL) is not current",
    {},
    { version: "1", latestVersion: null },
    false,
  ],
  [
    "pinned: that version, latest or not",
    { version: "1" },
    { version: "1", latestVersion: "2" },
    true,
  ],
  [
    "pinned: not another version",
    { version: "2" },
    { version: "1", latestVersion: "2" },
    false,
  ],
  ["pinned: not an unversioned model", { version: "1" }, {}, false],
  [
    "pinned: versions are compared as written",
    { version: "1.0" },
    { version: "1", latestVersion: "1" },
    false,
  ],
];

type Row = { i: number; resolves: boolean; current: boolean };

/** Runs the fragments over the cases, with the columns they name (e., n., p.) bound to each case. */
async function resolveInSql(cases: Case[]): Promise<Row[]> {
  const rows = cases.map(([, ref, node], i) => {
    const r = { ...REF, ...ref };
    const n = { ...NODE, ...node };
    return {
      i,
      parent_project: r.project,
      parent_name: r.name,
      parent_version: r.version,
      project: n.project,
      package_name: n.packageName,
      name: n.name,
      resource_type: n.resourceType,
      version: n.version,
      latest_version: n.latestVersion,
    };
  });
  const { rows: result } = await getPool().query<Row>(
    `SELECT c.i, (${REF_RESOLVES_SQL}) IS TRUE AS resolves,
            (${isCurrentVersionSql("n")}) IS TRUE AS current
     FROM jsonb_to_recordset($1::jsonb) AS c(
       i int, parent_project text, parent_name text, parent_version text, project text,
       package_name text, name text, resource_type text, version text, latest_version text)
     CROSS JOIN LATERAL (SELECT c.parent_project, c.parent_name, c.parent_version) AS e
     CROSS JOIN LATERAL (SELECT c.package_name, c.name, c.resource_type, c.version, c.latest_version) AS n
     CROSS JOIN LATERAL (SELECT c.project AS name) AS p
     ORDER BY c.i`,
    [JSON.stringify(rows)],
  );
  return result;
}

describe("the cross-project ref resolution rule, in TypeScript and in SQL", () => {
  let sql: Row[] = [];
  beforeAll(async () => {
    await useTestDatabase();
    sql = await resolveInSql(CASES);
  });
  afterAll(closeDb);

  test.each(CASES.map((c, i) => [...c, i] as const))(
    "%s",
    (_rule, ref, node, resolves, i) => {
      const candidate = { ...NODE, ...node };
      expect(resolvesRef({ ...REF, ...ref }, candidate)).toBe(resolves);
      expect(sql[i]?.resolves).toBe(resolves);
      expect(sql[i]?.current).toBe(isCurrentVersion(candidate));
    },
  );
});
