import { describe, expect, test } from "vitest";
import { diffProjects, type Change } from "./diff-project";
import type { DiffColumn, DiffConsumer, DiffNode } from "./diff-types";

const NOW = new Date("2026-06-01T00:00:00Z");
const P = "finance";

function column(name: string, dataType: string | null = "integer"): DiffColumn {
  return {
    name,
    dataType,
    catalogType: null,
    constraints: [],
    description: "",
  };
}

/** `orders` (public, table, contract enforced) with id, amount, status. */
function model(overrides: Partial<DiffNode> = {}): DiffNode {
  const name = overrides.name ?? "orders";
  const version = overrides.version ?? null;
  return {
    uniqueId: `model.${P}.${name}${version === null ? "" : `.v${version}`}`,
    resourceType: "model",
    name,
    packageName: P,
    description: "Orders",
    access: "public",
    materialized: "table",
    database: "db",
    schema: "finance",
    alias: name,
    relationName: null,
    version,
    latestVersion: null,
    deprecationDate: null,
    contractEnforced: true,
    constraints: [],
    columns: [
      column("id"),
      column("amount", "numeric"),
      column("status", "text"),
    ],
    ...overrides,
  };
}

function versioned(
  version: string,
  latest: string,
  extra: Partial<DiffNode> = {},
) {
  return model({
    version,
    latestVersion: latest,
    alias: `orders_v${version}`,
    ...extra,
  });
}

function consumer(
  name: string,
  version: string | null = null,
  project = "marketing",
): DiffConsumer {
  return {
    uniqueId: `model.${project}.${name}`,
    name,
    resourceType: "model",
    project,
    target: { name: "orders", version },
    owners: [`${project}-team`],
  };
}

function diff(
  before: DiffNode[],
  after: DiffNode[],
  consumers: DiffConsumer[] = [],
  knowsAllConsumers = false,
): Change[] {
  return diffProjects(
    { project: P, nodes: before },
    { project: P, nodes: after },
    { now: NOW, consumers, knowsAllConsumers },
  ).changes;
}

const brief = (changes: Change[]) =>
  changes.map(
    (c) => `${c.category} ${c.kind}${c.column ? ` ${c.column}` : ""}`,
  );

const hits = (change: Change | undefined) =>
  change?.consumers.map(
    (c) => `${c.project}.${c.name}@${c.pinnedVersion ?? "latest"}`,
  );

describe("breaking changes of a public model", () => {
  test.each<[string, DiffNode[], DiffNode[], string[]]>([
    [
      "a column removed",
      [model()],
      [model({ columns: [column("id"), column("amount", "numeric")] })],
      ["breaking column_removed status"],
    ],
    [
      "a column renamed (removed and added at the same position, same type)",
      [model()],
      [
        model({
          columns: [
            column("id"),
            column("total", "numeric"),
            column("status", "text"),
          ],
        }),
      ],
      ["breaking column_renamed amount"],
    ],
    [
      "a column removed and another of another type added is no rename",
      [model()],
      [
        model({
          columns: [
            column("id"),
            column("total", "text"),
            column("status", "text"),
          ],
        }),
      ],
      ["breaking column_removed amount", "added column_added total"],
    ],
    [
      "a data type changed",
      [model()],
      [
        model({
          columns: [
            column("id", "bigint"),
            column("amount", "numeric"),
            column("status", "text"),
          ],
        }),
      ],
      ["breaking column_type_changed id"],
    ],
    [
      "a column constraint dropped",
      [
        model({
          columns: [{ ...column("id"), constraints: [{ type: "not_null" }] }],
        }),
      ],
      [model({ columns: [column("id")] })],
      ["breaking constraint_dropped id"],
    ],
    [
      "a model constraint dropped",
      [model({ constraints: [{ type: "primary_key", columns: ["id"] }] })],
      [model()],
      ["breaking constraint_dropped"],
    ],
    [
      "the enforced contract dropped",
      [model()],
      [model({ contractEnforced: false })],
      ["breaking contract_dropped"],
    ],
    [
      "access narrowed",
      [model()],
      [model({ access: "protected" })],
      ["breaking access_narrowed"],
    ],
    ["the model removed", [model()], [], ["breaking node_removed"]],
    [
      "the relation renamed (schema)",
      [model()],
      [model({ schema: "finance_marts" })],
      ["breaking relation_renamed"],
    ],
    [
      "the relation renamed (alias)",
      [model()],
      [model({ alias: "fct_orders" })],
      ["breaking relation_renamed"],
    ],
    [
      "made ephemeral",
      [model()],
      [model({ materialized: "ephemeral" })],
      ["breaking materialized_ephemeral"],
    ],
  ])("%s", (_, before, after, expected) => {
    expect(brief(diff(before, after))).toEqual(expected);
  });
});

describe("changes that break nobody", () => {
  test.each<[string, DiffNode[], DiffNode[], string[]]>([
    [
      "a column added",
      [model()],
      [model({ columns: [...model().columns, column("currency", "text")] })],
      ["added column_added currency"],
    ],
    [
      "descriptions changed",
      [model()],
      [
        model({
          description: "All orders",
          columns: [
            { ...column("id"), description: "key" },
            column("amount", "numeric"),
            column("status", "text"),
          ],
        }),
      ],
      ["changed description_changed", "changed column_description_changed id"],
    ],
    ["a model added", [], [model()], ["added node_added"]],
    [
      "access widened, contract enforced, materialization changed",
      [model({ access: "protected", contractEnforced: false })],
      [model({ access: "public", materialized: "incremental" })],
      [
        "changed access_widened",
        "changed contract_enforced",
        "changed materialized_changed",
      ],
    ],
    [
      "a private model's column removed",
      [model({ access: "private" })],
      [model({ access: "private", columns: [column("id")] })],
      ["removed column_removed amount", "removed column_removed status"],
    ],
    [
      "a type unknown on one side (no catalog.json the second time)",
      [model({ columns: [{ ...column("id", null), catalogType: "INTEGER" }] })],
      [model({ columns: [column("id", null)] })],
      [],
    ],
    [
      "a column only catalog.json listed, the second time without catalog.json",
      [
        model({
          columns: [
            column("id"),
            { ...column("loaded_at", null), catalogType: "timestamp" },
          ],
        }),
      ],
      [model({ columns: [column("id")] })],
      [],
    ],
    [
      "a type spelled in another case",
      [model()],
      [
        model({
          columns: [
            column("id", "INTEGER"),
            column("amount", "NUMERIC"),
            column("status", "TEXT"),
          ],
        }),
      ],
      [],
    ],
  ])("%s", (_, before, after, expected) => {
    expect(brief(diff(before, after))).toEqual(expected);
  });
});

describe("versions", () => {
  test.each<[string, DiffNode[], DiffNode[], DiffConsumer[], string[]]>([
    [
      "a new version without the column, the old one still served and latest: not breaking",
      [versioned("1", "1")],
      [versioned("1", "1"), versioned("2", "1", { columns: [column("id")] })],
      [consumer("attribution")],
      ["added version_added"],
    ],
    [
      "a version removed while another is served",
      [versioned("1", "2"), versioned("2", "2")],
      [versioned("2", "2")],
      [consumer("attribution", "1")],
      ["breaking version_removed"],
    ],
    [
      "a version removed after its deprecation date, read by nobody: a removal",
      [
        versioned("1", "2", { deprecationDate: "2026-01-01T00:00:00.000Z" }),
        versioned("2", "2"),
      ],
      [versioned("2", "2")],
      [consumer("attribution")],
      ["removed version_removed"],
    ],
    [
      "a version removed after its deprecation date, still pinned: breaking",
      [
        versioned("1", "2", { deprecationDate: "2026-01-01T00:00:00.000Z" }),
        versioned("2", "2"),
      ],
      [versioned("2", "2")],
      [consumer("attribution", "1")],
      ["breaking version_removed"],
    ],
    [
      "the latest version moved under an unpinned consumer",
      [versioned("1", "1"), versioned("2", "1")],
      [versioned("1", "2"), versioned("2", "2")],
      [consumer("attribution")],
      ["breaking latest_version_moved"],
    ],
    [
      "the latest version moved, every consumer pinned (the catalog knows them all)",
      [versioned("1", "1"), versioned("2", "1")],
      [versioned("1", "2"), versioned("2", "2")],
      [consumer("attribution", "1")],
      ["changed latest_version_moved"],
    ],
    [
      "a model that becomes versioned is compared with its current version",
      [model()],
      [versioned("1", "1")],
      [consumer("attribution")],
      ["breaking relation_renamed"],
    ],
  ])("%s", (_, before, after, consumers, expected) => {
    expect(brief(diff(before, after, consumers, true))).toEqual(expected);
  });

  test("offline, a latest version moving may hit unknown unpinned consumers: breaking", () => {
    const changes = diff(
      [versioned("1", "1"), versioned("2", "1")],
      [versioned("1", "2"), versioned("2", "2")],
    );
    expect(brief(changes)).toEqual(["breaking latest_version_moved"]);
    expect(changes[0]?.summary).toBe(
      "latest version of orders moved from 1 to 2: unpinned refs now read v2",
    );
  });

  test("a removal before the deprecation date says so", () => {
    const [change] = diff(
      [
        versioned("1", "2", { deprecationDate: "2027-01-01T00:00:00.000Z" }),
        versioned("2", "2"),
      ],
      [versioned("2", "2")],
    );
    expect(change?.summary).toBe(
      "version 1 of orders removed before its deprecation date 2027-01-01",
    );
    expect(change?.category).toBe("breaking");
  });
});

describe("consumers hit", () => {
  test("a change to v1 hits who pins v1 and who follows the latest when v1 is the latest", () => {
    const consumers = [
      consumer("pinned_v1", "1"),
      consumer("pinned_v2", "2"),
      consumer("unpinned"),
      consumer("dashboard", null, "finance"),
    ];
    const before = [versioned("1", "1"), versioned("2", "1")];
    const after = [
      versioned("1", "1", { columns: [column("id")] }),
      versioned("2", "1"),
    ];
    const changes = diff(before, after, consumers);
    expect(hits(changes[0])).toEqual([
      "finance.dashboard@latest",
      "marketing.pinned_v1@1",
      "marketing.unpinned@latest",
    ]);
    expect(changes[0]?.consumers[0]?.owners).toEqual(["finance-team"]);
  });

  test("the latest moving hits only unpinned consumers", () => {
    const changes = diff(
      [versioned("1", "1"), versioned("2", "1")],
      [versioned("1", "2"), versioned("2", "2")],
      [consumer("pinned", "1"), consumer("unpinned")],
    );
    expect(hits(changes[0])).toEqual(["marketing.unpinned@latest"]);
  });

  test("a protected model another project refs is in scope; without such a ref it is not", () => {
    const before = [model({ access: "protected" })];
    const after = [model({ access: "protected", columns: [column("id")] })];
    expect(brief(diff(before, after, [consumer("attribution")]))).toEqual([
      "breaking column_removed amount",
      "breaking column_removed status",
    ]);
    expect(
      brief(diff(before, after, [consumer("report", null, "finance")])),
    ).toEqual([
      "removed column_removed amount",
      "removed column_removed status",
    ]);
  });

  test("non-breaking changes name no consumers", () => {
    const changes = diff(
      [model()],
      [model({ description: "new" })],
      [consumer("a")],
    );
    expect(changes[0]?.consumers).toEqual([]);
  });
});

test("nodes of installed packages and tests are not compared", () => {
  const foreign = model({
    packageName: "dbt_utils",
    uniqueId: "model.dbt_utils.x",
  });
  const test = model({ resourceType: "test", uniqueId: "test.finance.t" });
  expect(diff([foreign, test], [])).toEqual([]);
});
