import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { isHiddenDependency } from "@/lib/governance/hidden-dependency";
import { toRelationKey } from "@/lib/governance/relation-key";
import { useTestDatabase } from "@/tests/db";
import { hiddenDependencySql } from "./hidden-dependency-sql";

/** A node as the nodes table stores it, with its project's name. */
type StoredNode = {
  project: string;
  packageName: string;
  resourceType: string;
  materialized: string | null;
  database: string | null;
  schema: string | null;
  alias: string | null;
  name: string;
};

const SOURCE: StoredNode = {
  project: "crm",
  packageName: "crm",
  resourceType: "source",
  materialized: null,
  database: "analytics",
  schema: "platform_marts",
  alias: "customer_ltv",
  name: "customer_ltv",
};
const MODEL: StoredNode = {
  project: "platform",
  packageName: "platform",
  resourceType: "model",
  materialized: "table",
  database: "analytics",
  schema: "platform_marts",
  alias: null,
  name: "customer_ltv",
};

type Case = [
  rule: string,
  source: Partial<StoredNode>,
  model: Partial<StoredNode>,
  hidden: boolean,
];

// Each case changes crm's source or platform's model from the first line.
const CASES: Case[] = [
  ["a source reading another project's table", {}, {}, true],
  ["a view builds a relation too", {}, { materialized: "view" }, true],
  ["so does an incremental model", {}, { materialized: "incremental" }, true],
  ["an ephemeral model builds none", {}, { materialized: "ephemeral" }, false],
  ["a node without a materialization", {}, { materialized: null }, true],
  ["a seed is built", {}, { resourceType: "seed" }, true],
  ["a snapshot is built", {}, { resourceType: "snapshot" }, true],
  ["another source is not a builder", {}, { resourceType: "source" }, false],
  ["an exposure is not a builder", {}, { resourceType: "exposure" }, false],
  ["a model reading is not a source", { resourceType: "model" }, {}, false],
  [
    "its own project's model",
    {},
    { project: "crm", packageName: "crm" },
    false,
  ],
  [
    "a package installed in the other project is not that project's",
    {},
    { packageName: "dbt_utils" },
    false,
  ],
  [
    "a source from a package the reader installs is not the reader's",
    { packageName: "segment" },
    {},
    false,
  ],
  ["another schema", { schema: "platform_staging" }, {}, false],
  ["another table", { alias: "customers" }, {}, false],
  [
    "the model's alias names its table",
    {},
    { alias: "ltv", name: "customer_ltv" },
    false,
  ],
  [
    "the source's identifier is its alias",
    { alias: "ltv", name: "lifetime" },
    { alias: "ltv" },
    true,
  ],
  [
    "names fold to one case",
    { database: "ANALYTICS", schema: "Platform_Marts", alias: "Customer_LTV" },
    {},
    true,
  ],
  [
    "no database on either side (adapters without one)",
    { database: null },
    { database: null },
    true,
  ],
  ["a database on one side only", { database: null }, {}, false],
];

const side = (node: StoredNode) => ({
  project: node.project,
  packageName: node.packageName,
  resourceType: node.resourceType,
  materialized: node.materialized,
  relation: toRelationKey({
    database: node.database,
    schema: node.schema,
    identifier: node.alias ?? node.name,
  }),
});

const columns = (node: StoredNode) => ({
  project: node.project,
  package_name: node.packageName,
  resource_type: node.resourceType,
  materialized: node.materialized,
  database_name: node.database,
  schema_name: node.schema,
  alias: node.alias,
  name: node.name,
});

const RECORD = `project text, package_name text, resource_type text, materialized text,
  database_name text, schema_name text, alias text, name text`;

/** The rule's SQL over the cases, each side bound to a row shaped like `nodes` and its project. */
async function judgeInSql(cases: Case[]): Promise<boolean[]> {
  const rows = cases.map(([, source, model], i) => ({
    i,
    source: columns({ ...SOURCE, ...source }),
    model: columns({ ...MODEL, ...model }),
  }));
  const { rows: result } = await getPool().query<{ hidden: boolean }>(
    `SELECT (${hiddenDependencySql({ source: ["s", "sp"], model: ["m", "mp"] })}) IS TRUE AS hidden
     FROM jsonb_to_recordset($1::jsonb) AS c(i int, source jsonb, model jsonb)
     CROSS JOIN LATERAL jsonb_to_record(c.source) AS s(${RECORD})
     CROSS JOIN LATERAL jsonb_to_record(c.model) AS m(${RECORD})
     CROSS JOIN LATERAL (SELECT s.project AS name) AS sp
     CROSS JOIN LATERAL (SELECT m.project AS name) AS mp
     ORDER BY c.i`,
    [JSON.stringify(rows)],
  );
  return result.map((r) => r.hidden);
}

describe("the hidden-dependency rule, in TypeScript and in SQL", () => {
  let sql: boolean[] = [];
  beforeAll(async () => {
    await useTestDatabase();
    sql = await judgeInSql(CASES);
  });
  afterAll(closeDb);

  test.each(CASES.map((c, i) => [...c, i] as const))(
    "%s",
    (_rule, source, model, hidden, i) => {
      expect(
        isHiddenDependency(
          side({ ...SOURCE, ...source }),
          side({ ...MODEL, ...model }),
        ),
      ).toBe(hidden);
      expect(sql[i]).toBe(hidden);
    },
  );
});
