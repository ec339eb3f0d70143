/**
 * The full spec of one synthetic project: a source per staging model,
 * a layered DAG of models, tests on every key, a few cross-project refs
 * from its top level to other projects' public marts.
 */
import type { Random } from "../random";
import type {
  ColumnSpec,
  ModelSpec,
  ProjectSpec,
  RefTarget,
  SourceTableSpec,
  TestSpec,
} from "../spec";
import type { ModelSlot } from "./layout";
import { LEVELS, listSlots, nameProject } from "./layout";
import type { ModelSizing } from "./sizing";
import { ATTRIBUTES, writeProse } from "./words";

export type CrossRef = { fromModel: number; target: RefTarget };

function keyOf(slot: ModelSlot): string {
  return `${slot.name.split("_").slice(1, -1).join("_")}_id`;
}

function buildColumns(
  slot: ModelSlot,
  sizing: ModelSizing,
  random: Random,
  isMart: boolean,
): ColumnSpec[] {
  const key = keyOf(slot);
  // About one key test in fifty fails or warns, as in a real daily run.
  const failures = random.chance(0.02) ? random.int(1, 40) : 0;
  const outcome: { failures?: number; severity?: "warn" } =
    failures > 0
      ? {
          failures,
          ...(random.chance(0.5) ? { severity: "warn" as const } : {}),
        }
      : {};
  const isIntermediate = slot.level > 0 && slot.level < LEVELS - 2;
  const keyTests: TestSpec[] = isIntermediate
    ? [{ kind: "not_null", ...outcome }]
    : [{ kind: "unique", ...outcome }, { kind: "not_null" }];
  const columns: ColumnSpec[] = [
    {
      name: key,
      type: "id",
      description: `Key of the ${slot.name} record.`,
      tests: keyTests,
    },
  ];
  for (let i = 1; i < sizing.columns; i++) {
    const attribute = ATTRIBUTES[i % ATTRIBUTES.length] ?? "value";
    const name =
      i < ATTRIBUTES.length
        ? attribute
        : `${attribute}_${Math.floor(i / ATTRIBUTES.length) + 1}`;
    const isDocumented = isMart || random.chance(0.8);
    columns.push({
      name,
      type: name.endsWith("_at")
        ? "timestamp"
        : name.startsWith("is_")
          ? "boolean"
          : /amount|cost|margin/.test(name)
            ? "money"
            : "text",
      ...(isDocumented
        ? {
            description: writeProse(
              `The ${name.replace(/_/g, " ")} of the record`,
              sizing.columnDescriptionLength,
              random.pick,
            ),
          }
        : {}),
    });
  }
  return columns;
}

function buildSql(
  slot: ModelSlot,
  parents: RefTarget[],
  columns: ColumnSpec[],
  sourceTable: string | null,
  sourceName: string,
): string {
  const select = columns.map((c) => `    ${c.name}`).join(",\n");
  if (sourceTable)
    return `with source as (\n\n    select * from {{ source('${sourceName}', '${sourceTable}') }}\n\n)\n\nselect\n${select}\nfrom source`;
  const ctes = parents.map((parent, i) => {
    const args = parent.project
      ? `'${parent.project}', '${parent.name}'`
      : `'${parent.name}'`;
    return `parent_${i} as (\n\n    select * from {{ ref(${args}) }}\n\n)`;
  });
  const joins = parents
    .slice(1)
    .map(
      (_, i) => `left join parent_${i + 1} using (${columns[0]?.name ?? "id"})`,
    );
  return `with ${ctes.join(",\n\n")}\n\nselect\n${select}\nfrom parent_0\n${joins.join("\n")}`.trimEnd();
}

export function buildSyntheticSpec(options: {
  index: number;
  modelCount: number;
  sizing: ModelSizing;
  crossRefs: CrossRef[];
  random: Random;
}): ProjectSpec {
  const { index, modelCount, sizing, random } = options;
  const name = nameProject(index);
  const slots = listSlots(modelCount);
  const sourceName = `${name}_app`;
  const group = `${name}_team`;
  const tables: SourceTableSpec[] = [];
  const byLevel = new Map<number, ModelSlot[]>();
  const models: ModelSpec[] = slots.map((slot): ModelSpec => {
    const isMart = slot.access === "public";
    const columns = buildColumns(slot, sizing, random, isMart);
    let parents: RefTarget[] = [];
    let table: string | null = null;
    if (slot.level === 0) {
      table = slot.name.replace(/^stg_/, "");
      const age = random.chance(0.9)
        ? random.int(10, 600)
        : random.chance(0.7)
          ? random.int(13 * 60, 23 * 60)
          : random.int(30 * 60, 50 * 60);
      tables.push({
        name: table,
        description: `Raw ${table.replace(/_/g, " ")} as the application writes them.`,
        loadedMinutesAgo: age,
        columns: [
          ...columns.map((c) => ({ name: c.name, type: c.type })),
          { name: "_fivetran_synced", type: "timestamp", isUndeclared: true },
        ],
      });
    } else {
      const lower = [
        ...(byLevel.get(slot.level - 1) ?? []),
        ...(byLevel.get(slot.level - 2) ?? []),
      ];
      const count = Math.min(lower.length, random.int(1, 3));
      const picked = new Set<string>();
      while (picked.size < count) picked.add(random.pick(lower).name);
      parents = [...picked].map((parent) => ({ name: parent }));
    }
    parents.push(
      ...options.crossRefs
        .filter((ref) => ref.fromModel === slot.index)
        .map((ref) => ref.target),
    );
    byLevel.set(slot.level, [...(byLevel.get(slot.level) ?? []), slot]);
    const hasContract = isMart && random.chance(0.6);
    return {
      name: slot.name,
      folder: slot.folder,
      description: writeProse(
        `${slot.name.replace(/_/g, " ")} for the ${name} domain`,
        sizing.descriptionLength,
        random.pick,
      ),
      materialized:
        slot.level === 0
          ? "view"
          : isMart
            ? random.chance(0.3)
              ? "incremental"
              : "table"
            : random.chance(0.3)
              ? "ephemeral"
              : "view",
      access: slot.access,
      group,
      sql: buildSql(slot, parents, columns, table, sourceName),
      columns: hasContract
        ? columns.map((c) => ({ ...c, description: c.description ?? "" }))
        : columns,
      meta: isMart
        ? {
            owner: `${name}-data@larkspur.example`,
            maturity: random.pick(["high", "medium", "low"]),
            domain: name,
          }
        : {},
      tags: [slot.folder],
      ...(hasContract ? { hasContract } : {}),
      ...(slot.level > LEVELS - 2 && random.chance(0.5)
        ? { materialized: "incremental", uniqueKey: keyOf(slot) }
        : {}),
    };
  });
  const marts = models.filter((m) => m.access === "public");
  const upstream = [
    ...new Set(options.crossRefs.map((ref) => ref.target.project ?? "")),
  ].sort();
  return {
    name,
    buildStartedMinutesAgo: 30 + Math.ceil((modelCount * 2.6 * 2.5) / 60),
    database: "analytics",
    targetSchema: name,
    groups: [
      {
        name: group,
        owner: {
          name: `${name.replace(/_/g, " ")} data team`,
          email: `${name}-data@larkspur.example`,
        },
      },
    ],
    sources: [
      {
        name: sourceName,
        description: `The ${name} service database.`,
        database: "raw",
        schema: sourceName,
        loader: "fivetran",
        loadedAtField: "_fivetran_synced",
        freshness: {
          warnAfter: { count: 12, period: "hour" },
          errorAfter: { count: 24, period: "hour" },
        },
        folder: "staging",
        tables,
      },
    ],
    seeds: [],
    models,
    snapshots: [],
    singularTests: [],
    unitTests: [],
    exposures:
      marts.length > 0
        ? [
            {
              name: `${name}_overview`,
              label: `${name} overview`,
              type: "dashboard",
              maturity: "medium",
              owner: { name: "BI team", email: "bi@larkspur.example" },
              description: `Overview dashboard of the ${name} domain.`,
              dependsOn: marts.slice(0, 3).map((m) => ({ name: m.name })),
            },
          ]
        : [],
    semanticModels: [],
    metrics: [],
    savedQueries: [],
    docs: [],
    macros: [],
    ...(upstream.length > 0
      ? {
          loom: {
            upstream: upstream.map((project) => ({ project })),
            external: [],
          },
        }
      : {}),
  };
}
