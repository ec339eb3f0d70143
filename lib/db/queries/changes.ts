import "server-only";
import type { ChangeCategory, ChangeKind } from "@/lib/governance/diff-kinds";
import type { Change } from "@/lib/governance/diff-project";
import type { ConsumerHit } from "@/lib/governance/diff-types";
import { readSnapshot, toIso } from "./read";

/** A change in the feed: what an ingest changed in its project, with the consumers it hit. */
export type ChangeItem = Change & {
  id: string;
  project: string;
  recordedAt: string;
  generatedAt: string | null;
};

export type ChangeFilter = {
  project?: string;
  /** true: breaking changes only; false: the others only; absent: all. */
  isBreaking?: boolean;
  limit: number;
  offset: number;
};

export type ChangePage = {
  changes: ChangeItem[];
  total: number;
  limit: number;
  offset: number;
  /** Set when a project was asked for and it exists (null: unknown project). */
  projectExists: boolean | null;
};

type Row = {
  id: bigint;
  project: string;
  recorded_at: Date;
  generated_at: Date | null;
  kind: ChangeKind;
  category: ChangeCategory;
  unique_id: string;
  resource_type: string;
  name: string;
  version: string | null;
  column_name: string | null;
  before: string | null;
  after: string | null;
  summary: string;
  consumers: ConsumerHit[];
};

// $1 project name or null, $2 breaking filter or null.
const WHERE = `
  WHERE ($1::text IS NULL OR p.name = $1)
    AND ($2::boolean IS NULL OR (c.category = 'breaking') = $2)`;

const LIST_SQL = `
  SELECT c.id, p.name AS project, c.recorded_at, c.generated_at, c.kind, c.category, c.unique_id,
    c.resource_type, c.name, c.version, c.column_name, c.before, c.after, c.summary, c.consumers
  FROM changes c JOIN projects p ON p.id = c.project_id
  ${WHERE}
  ORDER BY c.recorded_at DESC, c.id ASC
  LIMIT $3 OFFSET $4`;

const COUNT_SQL = `
  SELECT count(*)::int AS total FROM changes c JOIN projects p ON p.id = c.project_id ${WHERE}`;

/**
 * The change feed, newest ingest first (within one ingest, in the diff's
 * order: breaking first), for the mesh or one project, all changes or the
 * breaking ones (or the others).
 */
export function listChanges(filter: ChangeFilter): Promise<ChangePage> {
  return readSnapshot(async (db) => {
    const params = [filter.project ?? null, filter.isBreaking ?? null];
    const rows = await db.$queryRawUnsafe<Row[]>(
      LIST_SQL,
      ...params,
      filter.limit,
      filter.offset,
    );
    const [count] = await db.$queryRawUnsafe<{ total: number }[]>(
      COUNT_SQL,
      ...params,
    );
    const projectExists =
      filter.project === undefined
        ? null
        : (await db.project.count({ where: { name: filter.project } })) > 0;
    return {
      changes: rows.map(toChangeItem),
      total: count?.total ?? 0,
      limit: filter.limit,
      offset: filter.offset,
      projectExists,
    };
  });
}

function toChangeItem(row: Row): ChangeItem {
  return {
    id: row.id.toString(),
    project: row.project,
    recordedAt: row.recorded_at.toISOString(),
    generatedAt: toIso(row.generated_at),
    kind: row.kind,
    category: row.category,
    uniqueId: row.unique_id,
    resourceType: row.resource_type,
    name: row.name,
    version: row.version,
    column: row.column_name,
    before: row.before,
    after: row.after,
    summary: row.summary,
    consumers: row.consumers,
  };
}
