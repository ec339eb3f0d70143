/**
 * catalog.json (v1) as `dbt docs generate` reads it from Snowflake:
 * uppercase identifiers and type names, every warehouse column (declared
 * in YAML or not), and table stats that views do not have.
 */
import type { Random } from "../random";
import type { JsonObject } from "../serialize";
import type { ColumnSpec, ProjectSpec } from "../spec";
import { formatOffset, formatSnowflakeModified, formatZulu } from "../time";
import type { Instant } from "../time";
import type { DocRenderer } from "./docs";
import type { ProjectIndex } from "./resolve";
import { pickEntry } from "./resolve";
import { DBT_VERSION, toCatalogType } from "./warehouse";

const SNAPSHOT_COLUMNS: ColumnSpec[] = [
  { name: "dbt_scd_id", type: "text" },
  { name: "dbt_updated_at", type: "timestamp" },
  { name: "dbt_valid_from", type: "timestamp" },
  { name: "dbt_valid_to", type: "timestamp" },
];

type Relation = {
  uniqueId: string;
  database: string;
  schema: string;
  name: string;
  isView: boolean;
  owner: string;
  comment: string | null;
  columns: ColumnSpec[];
  columnComments: boolean;
  rowCount: number;
  modifiedAt: Instant;
};

function buildStats(relation: Relation): JsonObject {
  const hasStats = {
    id: "has_stats",
    label: "Has Stats?",
    value: !relation.isView,
    include: false,
    description: "Indicates whether there are statistics for this table",
  };
  if (relation.isView) return { has_stats: hasStats };
  const bytes = relation.rowCount * (24 + relation.columns.length * 11);
  return {
    row_count: {
      id: "row_count",
      label: "Row Count",
      value: relation.rowCount,
      include: true,
      description: "An approximate count of rows in this table",
    },
    bytes: {
      id: "bytes",
      label: "Approximate Size",
      value: bytes,
      include: true,
      description: "Approximate size of the table as reported by Snowflake",
    },
    last_modified: {
      id: "last_modified",
      label: "Last Modified",
      value: formatSnowflakeModified(relation.modifiedAt),
      include: true,
      description: "The timestamp for last update/change",
    },
    has_stats: hasStats,
  };
}

function buildTable(relation: Relation, docs: DocRenderer): JsonObject {
  const columns: JsonObject = {};
  relation.columns.forEach((column, position) => {
    const name = column.name.toUpperCase();
    const comment =
      relation.columnComments && (column.description || column.doc)
        ? (column.doc
            ? docs.renderBlock(column.doc)
            : docs.render(column.description ?? "")
          ).text
        : null;
    columns[name] = {
      type: toCatalogType(column.type),
      index: position + 1,
      name,
      comment,
    };
  });
  return {
    metadata: {
      type: relation.isView ? "VIEW" : "BASE TABLE",
      schema: relation.schema.toUpperCase(),
      name: relation.name.toUpperCase(),
      database: relation.database.toUpperCase(),
      comment: relation.comment,
      owner: relation.owner,
    },
    columns,
    stats: buildStats(relation),
    unique_id: relation.uniqueId,
  };
}

export function buildCatalog(options: {
  spec: ProjectSpec;
  index: ProjectIndex;
  docs: DocRenderer;
  builtAt: Map<string, Instant>;
  invocationId: string;
  startedAt: Instant;
  generatedAt: Instant;
  random: Random;
}): JsonObject {
  const { spec, index, docs, random } = options;
  const rows = (given: number | undefined) =>
    given ?? random.int(2_000, 900_000);
  const modified = (id: string) =>
    options.builtAt.get(id) ?? options.startedAt - 86_400_000;
  const nodes: JsonObject = {};
  const add = (relation: Relation) => {
    nodes[relation.uniqueId] = buildTable(relation, docs);
  };
  for (const model of spec.models) {
    const entry = pickEntry(index, {
      name: model.name,
      version: model.version,
    });
    // Ephemeral models are CTEs; a failed build leaves no relation behind.
    if (!entry || model.materialized === "ephemeral" || model.buildError)
      continue;
    add({
      uniqueId: entry.uniqueId,
      database: entry.database,
      schema: entry.schema,
      name: entry.alias,
      isView: model.materialized === "view",
      owner: "TRANSFORMER",
      comment: model.persistDocs ? docs.render(model.description).text : null,
      columns: model.columns,
      columnComments: model.persistDocs ?? false,
      rowCount: rows(model.rowCount),
      modifiedAt: modified(entry.uniqueId),
    });
  }
  for (const seed of spec.seeds) {
    const entry = pickEntry(index, { name: seed.name });
    if (!entry) continue;
    const rowCount = seed.csv.trim().split("\n").length - 1;
    add({
      uniqueId: entry.uniqueId,
      database: entry.database,
      schema: entry.schema,
      name: seed.name,
      isView: false,
      owner: "TRANSFORMER",
      comment: null,
      columns: seed.columns,
      columnComments: false,
      rowCount,
      modifiedAt: modified(entry.uniqueId),
    });
  }
  for (const snapshot of spec.snapshots) {
    const entry = pickEntry(index, { name: snapshot.name });
    if (!entry) continue;
    add({
      uniqueId: entry.uniqueId,
      database: entry.database,
      schema: entry.schema,
      name: snapshot.name,
      isView: false,
      owner: "TRANSFORMER",
      comment: null,
      columns: [...snapshot.columns, ...SNAPSHOT_COLUMNS],
      columnComments: false,
      rowCount: rows(snapshot.rowCount),
      modifiedAt: modified(entry.uniqueId),
    });
  }
  const sources: JsonObject = {};
  for (const source of spec.sources) {
    for (const table of source.tables) {
      if (table.freshnessError) continue; // the loader never created it
      const uniqueId = `source.${spec.name}.${source.name}.${table.name}`;
      sources[uniqueId] = buildTable(
        {
          uniqueId,
          database: source.database,
          schema: source.schema,
          name: table.identifier ?? table.name,
          isView: false,
          owner: "LOADER",
          comment: null,
          columns: table.columns,
          columnComments: false,
          rowCount: rows(table.rowCount),
          modifiedAt:
            options.startedAt - (table.loadedMinutesAgo ?? 45) * 60_000,
        },
        docs,
      );
    }
  }
  return {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/catalog/v1.json",
      dbt_version: DBT_VERSION,
      generated_at: formatZulu(options.generatedAt),
      invocation_id: options.invocationId,
      invocation_started_at: formatOffset(options.startedAt),
      env: {},
    },
    nodes,
    sources,
    errors: null,
  };
}
