import "server-only";
import { readFreshnessThresholds } from "@/lib/artifacts/details/source-details";
import {
  type FreshnessThresholds,
  type NodeDetails,
} from "@/lib/artifacts/node-details";
import { readStoredNodeDetails } from "@/lib/artifacts/details/stored";
import { isTestType } from "@/lib/artifacts/resource-types";
import { compareVersions } from "@/lib/artifacts/versions";
import { isCurrentVersion } from "@/lib/mesh/ref-resolution";
import { asRecord, inSequence, readSnapshot, toIso, type Reader } from "./read";
import {
  readColumnLineageView,
  type ColumnLineageView,
  type ModelLineageStatus,
} from "./column-lineage-view";

import { readNeighbours, type NeighbourView } from "./neighbours";
import { readRunPoints, type RunPoint } from "./run-history";
import {
  readTestTarget,
  readUnattachedTests,
  TEST_SELECT,
  toTestView,
  type TestTarget,
  type TestView,
} from "./node-tests";

export type { TestTarget, TestView } from "./node-tests";

export type ColumnView = {
  name: string;
  description: string;
  dataType: string | null;
  catalogType: string | null;
  constraints: unknown[];
  tags: string[];
  meta: Record<string, unknown>;
  tests: TestView[];
  /** A model's column: where it comes from and what uses it downstream; null for other nodes. */
  lineage: ColumnLineageView | null;
};

export type VersionView = {
  version: string;
  uniqueId: string;
  isLatest: boolean;
  deprecationDate: string | null;
};

export type NodeDetail = {
  project: string;
  uniqueId: string;
  resourceType: string;
  name: string;
  label: string | null;
  packageName: string;
  path: string | null;
  originalFilePath: string | null;
  description: string;
  access: string | null;
  /** A data product under the policy its project was last scored by. */
  isProduct: boolean;
  group: {
    name: string;
    ownerName: string | null;
    ownerEmail: string | null;
  } | null;
  materialized: string | null;
  database: string | null;
  schema: string | null;
  alias: string | null;
  relationName: string | null;
  version: string | null;
  latestVersion: string | null;
  deprecationDate: string | null;
  contractEnforced: boolean;
  constraints: unknown[];
  tags: string[];
  meta: Record<string, unknown>;
  config: Record<string, unknown>;
  language: string | null;
  rawCode: string | null;
  compiledCode: string | null;
  /** What its resource type adds (a source's freshness thresholds, a metric's definition, ...). */
  details: NodeDetails;
  columns: ColumnView[];
  /** A model's column lineage derivation; null for other nodes. */
  columnLineage: ModelLineageStatus | null;
  /** Tests on the node itself (not on one of its columns), and singular tests that read it. */
  tests: TestView[];
  /** For a data test or unit test: what it checks. */
  testTarget: TestTarget | null;
  /** For a data test or unit test: its last runs, oldest first; empty otherwise. */
  runHistory: RunPoint[];
  runResult: {
    status: string;
    /** Rows a test returned (failing rows); null for builds. */
    failures: number | null;
    executionTime: number | null;
    completedAt: string | null;
    message: string | null;
  } | null;
  catalog: {
    tableType: string | null;
    rowCount: number | null;
    bytes: number | null;
    stats: Record<string, unknown>;
  } | null;
  freshness: {
    status: string;
    maxLoadedAt: string | null;
    snapshottedAt: string | null;
    ageSeconds: number | null;
    /** The thresholds the check ran with; null when it recorded none. */
    criteria: FreshnessThresholds | null;
    error: string | null;
  } | null;
  parents: NeighbourView[];
  children: NeighbourView[];
  versions: VersionView[];
};

/** A node of a project by its dbt unique_id, with everything its page shows; null when absent. */
export function getNode(
  project: string,
  uniqueId: string,
): Promise<NodeDetail | null> {
  return readSnapshot((db) => readNode(db, project, uniqueId));
}

/**
 * A model by name: the given version, or the latest one when versioned and no
 * version is asked for (what an unpinned `ref()` would pick). The project's
 * own model wins over a same-named one from an installed package.
 */
export function getModel(
  project: string,
  name: string,
  version?: string,
): Promise<NodeDetail | null> {
  return readSnapshot((db) => readModel(db, project, name, version));
}

/** `getModel` inside a caller's snapshot. */
/**
 * The unique_id a model's page stands for: the asked version, else the latest
 * (an unversioned model, or the version equal to `latest_version`), the
 * project's own package before an installed one. Null when there is none.
 */
export async function findModelUniqueId(
  db: Reader,
  project: string,
  name: string,
  version?: string,
): Promise<string | null> {
  const candidates = await db.node.findMany({
    where: {
      project: { name: project },
      resourceType: "model",
      name,
    },
    select: {
      uniqueId: true,
      version: true,
      latestVersion: true,
      packageName: true,
    },
  });
  candidates.sort(
    (a, b) =>
      Number(b.packageName === project) - Number(a.packageName === project),
  );
  const chosen =
    version === undefined
      ? (candidates.find(isCurrentVersion) ?? candidates[0])
      : candidates.find((c) => c.version === version);
  return chosen?.uniqueId ?? null;
}

export async function readModel(
  db: Reader,
  project: string,
  name: string,
  version?: string,
): Promise<NodeDetail | null> {
  const uniqueId = await findModelUniqueId(db, project, name, version);
  return uniqueId === null ? null : readNode(db, project, uniqueId);
}

/** Projects holding a node with this unique_id (an installed package's nodes live in each project that installs it). */
export async function findNodeProjects(
  uniqueId: string,
): Promise<{ project: string; isOwnPackage: boolean }[]> {
  return readSnapshot(async (db) => {
    const rows = await db.node.findMany({
      where: { uniqueId },
      select: { packageName: true, project: { select: { name: true } } },
      orderBy: { project: { name: "asc" } },
    });
    return rows.map((r) => ({
      project: r.project.name,
      isOwnPackage: r.project.name === r.packageName,
    }));
  });
}

export async function readNode(
  db: Reader,
  project: string,
  uniqueId: string,
): Promise<NodeDetail | null> {
  const node = await db.node.findFirst({
    where: { project: { name: project }, uniqueId },
    include: {
      columns: { orderBy: { position: "asc" } },
      testsOn: { select: TEST_SELECT, orderBy: { node: { name: "asc" } } },
      runResult: true,
      catalog: true,
      freshness: true,
      project: { select: { id: true } },
    },
  });
  if (!node) return null;
  const isTest = isTestType(node.resourceType);
  const [
    group,
    neighbours,
    versions,
    unattachedTests,
    testTarget,
    runHistory,
    lineage,
  ] = await inSequence(
    () =>
      node.groupName
        ? db.group.findFirst({
            where: { projectId: node.projectId, name: node.groupName },
            select: { name: true, ownerName: true, ownerEmail: true },
          })
        : Promise.resolve(null),
    () => readNeighbours(db, node.id),
    () =>
      node.version === null
        ? Promise.resolve([])
        : readVersions(db, node.projectId, node.name),
    () => (isTest ? Promise.resolve([]) : readUnattachedTests(db, node.id)),
    () => (isTest ? readTestTarget(db, node.id) : Promise.resolve(null)),
    () =>
      isTest
        ? readRunPoints(db, node.projectId, node.uniqueId)
        : Promise.resolve([]),
    () =>
      node.resourceType === "model"
        ? readColumnLineageView(db, {
            projectId: node.projectId,
            uniqueId: node.uniqueId,
            nodeId: node.id,
            hasCompiledSql: node.compiledCode !== null,
          })
        : Promise.resolve(null),
  );
  const tests = [...node.testsOn.map(toTestView), ...unattachedTests];
  const columnKey = (name: string | null) => name?.toLowerCase() ?? "";
  return {
    project,
    uniqueId: node.uniqueId,
    resourceType: node.resourceType,
    name: node.name,
    label: node.label,
    packageName: node.packageName,
    path: node.path,
    originalFilePath: node.originalFilePath,
    description: node.description,
    access: node.access,
    isProduct: node.isProduct,
    group:
      group ??
      (node.groupName
        ? { name: node.groupName, ownerName: null, ownerEmail: null }
        : null),
    materialized: node.materialized,
    database: node.databaseName,
    schema: node.schemaName,
    alias: node.alias,
    relationName: node.relationName,
    version: node.version,
    latestVersion: node.latestVersion,
    deprecationDate: toIso(node.deprecationDate),
    contractEnforced: node.contractEnforced,
    constraints: asArray(node.constraints),
    tags: node.tags,
    meta: asRecord(node.meta),
    config: asRecord(node.config),
    language: node.language,
    rawCode: node.rawCode,
    compiledCode: node.compiledCode,
    details: readStoredNodeDetails(node.details, node.resourceType),
    columns: node.columns.map((c) => ({
      name: c.name,
      description: c.description,
      dataType: c.dataType,
      catalogType: c.catalogType,
      constraints: asArray(c.constraints),
      tags: c.tags,
      meta: asRecord(c.meta),
      tests: tests.filter(
        (t) =>
          t.columnName !== null &&
          columnKey(t.columnName) === columnKey(c.name),
      ),
      lineage: lineage
        ? (lineage.columns.get(columnKey(c.name)) ?? {
            sources: [],
            downstream: lineage.unused,
          })
        : null,
    })),
    columnLineage: lineage?.status ?? null,
    tests: tests.filter(
      (t) =>
        t.columnName === null ||
        !node.columns.some(
          (c) => columnKey(c.name) === columnKey(t.columnName),
        ),
    ),
    runResult: node.runResult
      ? {
          status: node.runResult.status,
          failures: node.runResult.failures,
          executionTime: node.runResult.executionTime,
          completedAt: toIso(node.runResult.completedAt),
          message: node.runResult.message,
        }
      : null,
    catalog: node.catalog
      ? {
          tableType: node.catalog.tableType,
          rowCount: toNumber(node.catalog.rowCount),
          bytes: toNumber(node.catalog.bytes),
          stats: asRecord(node.catalog.stats),
        }
      : null,
    freshness: node.freshness
      ? {
          status: node.freshness.status,
          maxLoadedAt: toIso(node.freshness.maxLoadedAt),
          snapshottedAt: toIso(node.freshness.snapshottedAt),
          ageSeconds: node.freshness.ageSeconds,
          criteria: readFreshnessThresholds(node.freshness.criteria),
          error: node.freshness.error,
        }
      : null,
    testTarget,
    runHistory,
    parents: neighbours.parents,
    children: neighbours.children,
    versions,
  };
}

async function readVersions(
  db: Reader,
  projectId: number,
  name: string,
): Promise<VersionView[]> {
  const rows = await db.node.findMany({
    where: { projectId, resourceType: "model", name, version: { not: null } },
    select: {
      version: true,
      latestVersion: true,
      uniqueId: true,
      deprecationDate: true,
    },
  });
  return rows
    .map((r) => ({
      version: r.version ?? "",
      uniqueId: r.uniqueId,
      isLatest: r.version === r.latestVersion,
      deprecationDate: toIso(r.deprecationDate),
    }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function toNumber(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}
