import "server-only";
import type pg from "pg";
import type { ArtifactOrigin } from "@/lib/artifacts/types";
import type { ProjectSnapshot, SnapshotNode } from "@/lib/mesh/snapshot";
import { copyRows, encodeJson as json, type CopyValue } from "./copy";

const NODE_COLUMNS = [
  "id",
  "project_id",
  "unique_id",
  "resource_type",
  "name",
  "package_name",
  "path",
  "original_file_path",
  "fqn",
  "label",
  "description",
  "access",
  "group_name",
  "materialized",
  "database_name",
  "schema_name",
  "alias",
  "relation_name",
  "version",
  "latest_version",
  "deprecation_date",
  "contract_enforced",
  "constraints",
  "tags",
  "meta",
  "config",
  "docs_show",
  "language",
  "raw_code",
  "compiled_code",
  "checksum",
  "details",
  "is_product",
] as const;

/**
 * Writes a snapshot's rows with COPY, one statement per table. Node ids are
 * reserved up front so that columns, local edges and tests reference their
 * nodes directly, without a lookup round trip. Nodes named in `productIds`
 * are marked as data products.
 */
export async function copySnapshotRows(
  client: pg.PoolClient,
  projectId: number,
  snapshot: ProjectSnapshot,
  productIds: ReadonlySet<string> = new Set(),
): Promise<{ nodes: number; edges: number }> {
  const ids = await reserveNodeIds(client, snapshot.nodes.length);
  const idOf = new Map(
    snapshot.nodes.map((node, index) => [node.uniqueId, ids[index] ?? ""]),
  );
  const nodeId = (uniqueId: string | null): string | null =>
    uniqueId === null ? null : (idOf.get(uniqueId) ?? null);

  const nodes = await copyRows(
    client,
    "nodes",
    NODE_COLUMNS,
    (function* () {
      for (const [i, node] of snapshot.nodes.entries()) {
        yield [
          ...nodeRow(node, ids[i] ?? "", projectId),
          productIds.has(node.uniqueId),
        ];
      }
    })(),
  );
  await copyRows(
    client,
    "columns",
    [
      "node_id",
      "position",
      "name",
      "description",
      "data_type",
      "catalog_type",
      "constraints",
      "tags",
      "meta",
    ],
    (function* () {
      for (const node of snapshot.nodes) {
        const id = nodeId(node.uniqueId);
        for (const [position, c] of node.columns.entries()) {
          yield [
            id,
            position,
            c.name,
            c.description,
            c.dataType,
            c.catalogType ?? null,
            json(c.constraints),
            c.tags,
            json(c.meta),
          ];
        }
      }
    })(),
  );
  const edges = await copyRows(
    client,
    "edges",
    [
      "project_id",
      "child_id",
      "parent_id",
      "parent_unique_id",
      "parent_project",
      "parent_name",
      "parent_resource_type",
      "parent_version",
      "is_cross_project",
    ],
    snapshot.edges.map((e) => [
      projectId,
      nodeId(e.childUniqueId),
      e.isLocal ? nodeId(e.parentUniqueId) : null,
      e.parentUniqueId,
      e.parentProject,
      e.parentName,
      e.parentResourceType,
      e.parentVersion,
      e.isCrossProject,
    ]),
  );
  await copyRows(
    client,
    "tests",
    [
      "node_id",
      "attached_unique_id",
      "attached_node_id",
      "column_name",
      "test_name",
      "test_namespace",
      "kwargs",
      "severity",
    ],
    snapshot.nodes.flatMap((node): CopyValue[][] => {
      const t = node.test;
      if (!t) return [];
      return [
        [
          nodeId(node.uniqueId),
          t.attachedUniqueId,
          nodeId(t.attachedUniqueId),
          t.columnName,
          t.testName,
          t.testNamespace,
          json(t.kwargs),
          t.severity,
        ],
      ];
    }),
  );
  await copyRows(
    client,
    "run_results",
    [
      "node_id",
      "status",
      "execution_time",
      "failures",
      "message",
      "completed_at",
      "rows_affected",
      ...ORIGIN_COLUMNS,
    ],
    snapshot.runResults.map((r) => [
      nodeId(r.uniqueId),
      r.status,
      r.executionTime,
      r.failures,
      r.message,
      r.completedAt,
      r.rowsAffected,
      ...originRow(r.origin),
    ]),
  );
  await copyRows(
    client,
    "source_freshness",
    [
      "node_id",
      "status",
      "max_loaded_at",
      "snapshotted_at",
      "age_seconds",
      "criteria",
      "error",
      ...ORIGIN_COLUMNS,
    ],
    snapshot.freshness.map((f) => [
      nodeId(f.uniqueId),
      f.status,
      f.maxLoadedAt,
      f.snapshottedAt,
      f.ageSeconds,
      json(f.criteria),
      f.error,
      ...originRow(f.origin),
    ]),
  );
  await copyRows(
    client,
    "catalog_entries",
    [
      "node_id",
      "table_type",
      "table_owner",
      "comment",
      "row_count",
      "bytes",
      "stats",
      ...ORIGIN_COLUMNS,
    ],
    snapshot.catalog.map((c) => [
      nodeId(c.uniqueId),
      c.tableType,
      c.tableOwner,
      c.comment,
      c.rowCount,
      c.bytes,
      json(c.stats),
      ...originRow(c.origin),
    ]),
  );
  await copyRows(
    client,
    "groups",
    [
      "project_id",
      "unique_id",
      "name",
      "owner_name",
      "owner_email",
      "description",
    ],
    dedupeBy(snapshot.groups, (g) => g.name).map((g) => [
      projectId,
      g.uniqueId,
      g.name,
      g.ownerName,
      g.ownerEmail,
      g.description,
    ]),
  );
  await copyRows(
    client,
    "doc_blocks",
    ["project_id", "unique_id", "name", "package_name", "contents"],
    dedupeBy(snapshot.docBlocks, (d) => d.uniqueId).map((d) => [
      projectId,
      d.uniqueId,
      d.name,
      d.packageName,
      d.contents,
    ]),
  );
  await copyRows(
    client,
    "packages",
    ["project_id", "name", "node_count"],
    snapshot.packages.map((p) => [projectId, p.name, p.nodeCount]),
  );
  return { nodes, edges };
}

/** Where a result came from: see the result_origins migration. */
const ORIGIN_COLUMNS = ["generated_at", "invocation_id"] as const;

function originRow(origin: ArtifactOrigin): CopyValue[] {
  return [origin.generatedAt, origin.invocationId];
}

async function reserveNodeIds(
  client: pg.PoolClient,
  count: number,
): Promise<string[]> {
  if (count === 0) return [];
  const result = await client.query<{ id: string }>(
    "SELECT nextval(pg_get_serial_sequence('nodes', 'id'))::text AS id FROM generate_series(1, $1)",
    [count],
  );
  return result.rows.map((r) => r.id);
}

function nodeRow(
  node: SnapshotNode,
  id: string,
  projectId: number,
): CopyValue[] {
  return [
    id,
    projectId,
    node.uniqueId,
    node.resourceType,
    node.name,
    node.packageName,
    node.path,
    node.originalFilePath,
    node.fqn,
    node.label,
    node.description,
    node.access,
    node.groupName,
    node.materialized,
    node.database,
    node.schema,
    node.alias,
    node.relationName,
    node.version,
    node.latestVersion,
    node.deprecationDate,
    node.contractEnforced,
    json(node.constraints),
    node.tags,
    json(node.meta),
    json(node.config),
    node.docsShow,
    node.language,
    node.rawCode,
    node.compiledCode,
    node.checksum,
    json(node.details),
  ];
}

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
