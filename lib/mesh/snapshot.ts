import {
  ARTIFACT_FILE_NAMES,
  type ArtifactSet,
  type CatalogNodeRecord,
  type ColumnRecord,
  type DocBlockRecord,
  type FreshnessRecord,
  type GroupRecord,
  type NodeRecord,
  type Recorded,
  type RunResultRecord,
} from "@/lib/artifacts/types";
import { mergeRunResults } from "@/lib/artifacts/merge-run-results";
import { deriveEdges, isInjectedNode, type EdgeRecord } from "./edges";
import { mergeSemanticManifest } from "./semantic-merge";

/**
 * A column as stored: the manifest's declaration, with the warehouse type when
 * catalog.json knows it. Its position is its index in the node's columns.
 */
export type SnapshotColumn = ColumnRecord & { catalogType?: string | null };

export type SnapshotNode = Omit<NodeRecord, "columns"> & {
  columns: SnapshotColumn[];
};

/** A relation's warehouse facts from catalog.json (its columns go to the node's). */
export type SnapshotCatalogEntry = Omit<CatalogNodeRecord, "columns">;

/** Everything the database keeps of one project, derived from one ingest's artifacts. */
export type ProjectSnapshot = {
  project: {
    name: string;
    dbtVersion: string | null;
    schemaVersion: number;
    adapterType: string | null;
    generatedAt: string | null;
    invocationId: string | null;
  };
  packages: { name: string; nodeCount: number }[];
  nodes: SnapshotNode[];
  edges: EdgeRecord[];
  groups: GroupRecord[];
  docBlocks: DocBlockRecord[];
  /** Each node's latest result, marked with the invocation it came from. */
  runResults: Recorded<RunResultRecord>[];
  freshness: Recorded<FreshnessRecord>[];
  catalog: Recorded<SnapshotCatalogEntry>[];
  /** Stored nodes by resource type. */
  counts: Record<string, number>;
  warnings: string[];
};

/**
 * Builds a project's snapshot: its own nodes (including installed packages'
 * nodes, excluding upstream nodes injected from other projects), their edges
 * with cross-project refs pointing at the producer project, and the catalog,
 * run and freshness facts attached to the nodes they describe, each marked
 * with the invocation it came from. Several run_results.json are merged per
 * node, the latest invocation winning.
 */
export function buildSnapshot(
  projectName: string,
  artifacts: ArtifactSet,
): ProjectSnapshot {
  const { manifest } = artifacts;
  const warnings = [...manifest.warnings];
  const allNodes = mergeSemanticManifest(
    manifest.nodes,
    artifacts.semanticManifest,
    projectName,
  );
  const localNodes: NodeRecord[] = [];
  const injectedById = new Map<string, NodeRecord>();
  for (const node of allNodes) {
    if (isInjectedNode(node, projectName))
      injectedById.set(node.uniqueId, node);
    else localNodes.push(node);
  }
  const localById = new Map(localNodes.map((n) => [n.uniqueId, n]));
  const packages = countPackages(localNodes, projectName);
  const edges = deriveEdges(localNodes, {
    projectName,
    localById,
    injectedById,
    localPackages: new Set(packages.map((p) => p.name)),
  });
  const catalogById = new Map(
    (artifacts.catalog?.nodes ?? []).map((c) => [c.uniqueId, c]),
  );
  const nodes = localNodes.map((node) =>
    withCatalogColumns(node, catalogById.get(node.uniqueId)),
  );
  const runs = [artifacts.runResults, ...(artifacts.moreRunResults ?? [])];
  const runResults = keepKnown(
    mergeRunResults(runs.filter((run) => run !== null)),
    localById,
    ARTIFACT_FILE_NAMES.run_results,
    warnings,
  );
  const freshness = keepKnown(
    withOrigin(artifacts.sources?.results ?? [], artifacts.sources),
    localById,
    ARTIFACT_FILE_NAMES.sources,
    warnings,
  );
  const catalog = keepKnown(
    withOrigin(artifacts.catalog?.nodes ?? [], artifacts.catalog),
    localById,
    ARTIFACT_FILE_NAMES.catalog,
    warnings,
  ).map(({ columns: _columns, ...entry }) => entry);
  for (const error of artifacts.catalog?.errors ?? [])
    warnings.push(`catalog.json reports an error: ${error}`);
  return {
    project: {
      name: projectName,
      dbtVersion: manifest.metadata.dbtVersion,
      schemaVersion: manifest.metadata.schemaVersion,
      adapterType: manifest.metadata.adapterType,
      generatedAt: manifest.metadata.generatedAt,
      invocationId: manifest.metadata.invocationId,
    },
    packages,
    nodes,
    edges,
    groups: manifest.groups,
    docBlocks: manifest.docBlocks,
    runResults,
    freshness,
    catalog,
    counts: countByType(nodes),
    warnings,
  };
}

function countPackages(
  nodes: NodeRecord[],
  projectName: string,
): { name: string; nodeCount: number }[] {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.packageName !== projectName)
      counts.set(node.packageName, (counts.get(node.packageName) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, nodeCount]) => ({ name, nodeCount }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function countByType(
  nodes: { resourceType: string }[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of nodes)
    counts[node.resourceType] = (counts[node.resourceType] ?? 0) + 1;
  return counts;
}

/**
 * The manifest's columns in declaration order, each with the warehouse type
 * when catalog.json knows it (names match case-insensitively), followed by
 * columns only the warehouse knows, in warehouse order. A node the catalog
 * does not describe is kept as it is: large manifests have many of them.
 */
function withCatalogColumns(
  node: NodeRecord,
  entry: CatalogNodeRecord | undefined,
): SnapshotNode {
  if (!entry || entry.columns.length === 0) return node;
  const catalogColumns = [...entry.columns].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  );
  const byName = new Map(catalogColumns.map((c) => [c.name.toLowerCase(), c]));
  const declared = new Set<string>();
  const columns: SnapshotColumn[] = [];
  for (const column of node.columns) {
    const key = column.name.toLowerCase();
    if (declared.has(key)) continue;
    declared.add(key);
    columns.push({ ...column, catalogType: byName.get(key)?.type ?? null });
  }
  for (const column of catalogColumns) {
    const key = column.name.toLowerCase();
    if (declared.has(key)) continue;
    declared.add(key);
    columns.push({
      name: column.name,
      description: column.comment ?? "",
      dataType: null,
      constraints: [],
      tags: [],
      meta: {},
      catalogType: column.type,
    });
  }
  return { ...node, columns };
}

function withOrigin<T>(
  records: T[],
  artifact: { generatedAt: string | null; invocationId: string | null } | null,
): Recorded<T>[] {
  const origin = {
    generatedAt: artifact?.generatedAt ?? null,
    invocationId: artifact?.invocationId ?? null,
  };
  return records.map((record) => ({ ...record, origin }));
}

function keepKnown<T extends { uniqueId: string }>(
  records: T[],
  known: Map<string, NodeRecord>,
  file: string,
  warnings: string[],
): T[] {
  // A node listed twice (a retried build) keeps its last result.
  const kept = [
    ...new Map(
      records.filter((r) => known.has(r.uniqueId)).map((r) => [r.uniqueId, r]),
    ).values(),
  ];
  const dropped = records.filter((r) => !known.has(r.uniqueId)).length;
  if (dropped > 0)
    warnings.push(
      `${file}: ${dropped} result(s) for nodes not in the manifest were ignored`,
    );
  return kept;
}
