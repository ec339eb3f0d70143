import "server-only";
import { TEST_TYPES } from "@/lib/artifacts/resource-types";
import { toSqlList } from "@/lib/mesh/sql-list";
import type { Reader } from "./read";

/** Cross-project refs from one project to another, as the mesh map and project pages show them. */
export type ProjectDependency = {
  consumer: string;
  producer: string;
  /** Distinct (consumer node, producer node) refs, tests left out. */
  refs: number;
  unresolved: number;
  /** False while the producer has never been ingested (its nodes show as external). */
  isProducerIngested: boolean;
};

/** Cross-project edges counted per consumer and producer, tests left out. */
export const DEPENDENCIES_SQL = `
  SELECT p.name AS consumer, e.parent_project AS producer,
         count(*)::int AS refs,
         count(*) FILTER (WHERE e.parent_id IS NULL)::int AS unresolved,
         EXISTS (SELECT 1 FROM projects q WHERE q.name = e.parent_project) AS ingested
  FROM edges e
  JOIN projects p ON p.id = e.project_id
  JOIN nodes c ON c.id = e.child_id
  WHERE e.is_cross_project AND c.resource_type NOT IN ${toSqlList(TEST_TYPES)}
  GROUP BY p.name, e.parent_project
  ORDER BY p.name, e.parent_project`;

/** Every project-to-project dependency of the mesh, derived from the stored cross-project edges. */
export async function listDependencies(
  db: Reader,
): Promise<ProjectDependency[]> {
  const rows = await db.$queryRawUnsafe<
    {
      consumer: string;
      producer: string;
      refs: number;
      unresolved: number;
      ingested: boolean;
    }[]
  >(DEPENDENCIES_SQL);
  return rows.map((r) => ({
    consumer: r.consumer,
    producer: r.producer,
    refs: r.refs,
    unresolved: r.unresolved,
    isProducerIngested: r.ingested,
  }));
}
