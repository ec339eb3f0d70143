import "server-only";
import { formatSourceTableName } from "@/lib/artifacts/node-details";
import { readStoredDetailsOf } from "@/lib/artifacts/details/stored";
import { RELATION_TYPES } from "@/lib/artifacts/resource-types";
import {
  countOutcomes,
  FAILING_STATUSES,
  WARNING_STATUSES,
} from "@/lib/artifacts/run-statuses";
import { describeFreshness } from "@/lib/score/freshness-criteria";
import { Prisma } from "../generated/client";
import { detailsFieldSql } from "../details-sql";
import { inSequence, toIso, type Reader } from "./read";
import type { TestCounts } from "./test-summary";

export type { TestCounts } from "./test-summary";

/** A source the product is built from, with its freshness criteria and last check. */
export type UpstreamSourceView = {
  uniqueId: string;
  /** `source_name.table`, as in `source()`. */
  name: string;
  /** Criteria in words ("warn after 12 hours, error after 1 day"); null when none is set. */
  criteria: string | null;
  /** The last `dbt source freshness` result; null when sources.json had none. */
  result: {
    status: string;
    maxLoadedAt: string | null;
    snapshottedAt: string | null;
    ageSeconds: number | null;
    error: string | null;
  } | null;
};

/** A test upstream that did not pass, and the node it checks. */
export type UpstreamTestProblem = {
  uniqueId: string;
  name: string;
  status: string;
  failures: number | null;
  node: {
    uniqueId: string;
    name: string;
    resourceType: string;
    version: string | null;
  };
};

/**
 * What lies upstream of a product inside its own project: how much, how well
 * tested, and the sources it is built from. Other projects' products are
 * theirs to answer for, so the walk stops at a cross-project ref.
 */
export type ProductUpstream = {
  /** Models, seeds, snapshots and sources the product is built from, directly or not. */
  nodeCount: number;
  /** Of those, the ones with at least one test. */
  testedNodeCount: number;
  tests: TestCounts;
  /** Failing and warning tests first; at most `PROBLEM_LIMIT`. */
  problems: UpstreamTestProblem[];
  sources: UpstreamSourceView[];
  /** The walk stopped at `MAX_HOPS`: a deeper graph has more upstream than counted. */
  isTruncated: boolean;
};

/** Upstream walks stop this many hops away; real projects are far shallower. */
export const MAX_HOPS = 40;
const PROBLEM_LIMIT = 12;
const WALKED_TYPES = RELATION_TYPES;

// One recursive query, bounded by hops: (id, hops) pairs are unique, so a
// diamond costs a row per distinct distance, never one per path.
const ANCESTORS_SQL = `
  WITH RECURSIVE up(id, hops) AS (
    SELECT $1::bigint, 0
    UNION
    SELECT e.parent_id, up.hops + 1
    FROM up
    JOIN edges e ON e.child_id = up.id
    JOIN nodes p ON p.id = e.parent_id
    WHERE up.hops < $3 AND NOT e.is_cross_project
      AND p.project_id = $2 AND p.resource_type = ANY($4::text[]))
  SELECT id::text AS id, min(hops)::int AS hops FROM up WHERE id <> $1::bigint GROUP BY id`;

type TestStatusRow = {
  status: string | null;
  n: number;
  nodes: number;
  is_total: boolean;
};

type ProblemRow = {
  unique_id: string;
  name: string;
  status: string;
  failures: number | null;
  node_unique_id: string;
  node_name: string;
  node_resource_type: string;
  node_version: string | null;
  source_name: string | null;
};

const SOURCE_NAME_SQL = Prisma.raw(
  detailsFieldSql("n", "source", "sourceName"),
);

type SourceRow = {
  unique_id: string;
  name: string;
  source_name: string | null;
  details: unknown;
  status: string | null;
  max_loaded_at: Date | null;
  snapshotted_at: Date | null;
  age_seconds: number | null;
  error: string | null;
};

/**
 * The upstream of a stored model inside its project, read in the caller's
 * snapshot: a bounded walk over local edges, then the tests on what it found
 * (with their latest results) and the sources among it (with freshness).
 */
export async function readProductUpstream(
  db: Reader,
  node: { id: bigint; projectId: number },
): Promise<ProductUpstream> {
  const ancestors = await db.$queryRawUnsafe<{ id: string; hops: number }[]>(
    ANCESTORS_SQL,
    node.id,
    node.projectId,
    MAX_HOPS,
    WALKED_TYPES,
  );
  const ids = ancestors.map((a) => a.id);
  const [statusRows, problemRows, sourceRows] = await inSequence(
    () => db.$queryRaw<TestStatusRow[]>`
      SELECT lower(r.status) AS status, count(*)::int AS n,
             count(DISTINCT t.attached_node_id)::int AS nodes,
             GROUPING(lower(r.status)) = 1 AS is_total
      FROM tests t LEFT JOIN run_results r ON r.node_id = t.node_id
      WHERE t.attached_node_id = ANY(${ids}::bigint[])
      GROUP BY ROLLUP (lower(r.status))`,
    () => db.$queryRaw<ProblemRow[]>`
      SELECT tn.unique_id, tn.name, r.status, r.failures,
             a.unique_id AS node_unique_id, a.name AS node_name,
             a.resource_type AS node_resource_type, a.version AS node_version,
             ${Prisma.raw(detailsFieldSql("a", "source", "sourceName"))} AS source_name
      FROM tests t
      JOIN run_results r ON r.node_id = t.node_id
      JOIN nodes tn ON tn.id = t.node_id
      JOIN nodes a ON a.id = t.attached_node_id
      WHERE t.attached_node_id = ANY(${ids}::bigint[])
        AND lower(r.status) = ANY(${[...FAILING_STATUSES, ...WARNING_STATUSES]}::text[])
      ORDER BY (lower(r.status) = ANY(${[...WARNING_STATUSES]}::text[])), tn.name
      LIMIT ${PROBLEM_LIMIT}`,
    () => db.$queryRaw<SourceRow[]>`
      SELECT n.unique_id, n.name, ${SOURCE_NAME_SQL} AS source_name, n.details,
             f.status, f.max_loaded_at, f.snapshotted_at, f.age_seconds, f.error
      FROM nodes n LEFT JOIN source_freshness f ON f.node_id = n.id
      WHERE n.id = ANY(${ids}::bigint[]) AND n.resource_type = 'source'
      ORDER BY source_name, n.name`,
  );
  // ROLLUP adds a grand total, whose `nodes` counts each tested node once.
  const total = statusRows.find((r) => r.is_total);
  const byStatus = statusRows.filter((r) => !r.is_total);
  return {
    nodeCount: ids.length,
    testedNodeCount: total?.nodes ?? 0,
    tests: countOutcomes(byStatus),
    problems: problemRows.map(toProblem),
    sources: sourceRows.map(toSource),
    isTruncated: ancestors.some((a) => a.hops >= MAX_HOPS),
  };
}

function toProblem(row: ProblemRow): UpstreamTestProblem {
  return {
    uniqueId: row.unique_id,
    name: row.name,
    status: row.status,
    failures: row.failures,
    node: {
      uniqueId: row.node_unique_id,
      name: formatSourceTableName(row.source_name, row.node_name),
      resourceType: row.node_resource_type,
      version: row.node_version,
    },
  };
}

function toSource(row: SourceRow): UpstreamSourceView {
  return {
    uniqueId: row.unique_id,
    name: formatSourceTableName(row.source_name, row.name),
    criteria: describeFreshness(
      readStoredDetailsOf(row.details, "source").freshness,
    ),
    result: row.status
      ? {
          status: row.status,
          maxLoadedAt: toIso(row.max_loaded_at),
          snapshottedAt: toIso(row.snapshotted_at),
          ageSeconds: row.age_seconds,
          error: row.error,
        }
      : null,
  };
}
