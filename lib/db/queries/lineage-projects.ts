import "server-only";
import { TEST_TYPES } from "@/lib/artifacts/resource-types";
import { buildMeshMap, type MeshMap } from "@/lib/mesh/lineage/mesh-map";
import { listDependencies } from "./dependencies";
import { inSequence, readSnapshot, type Reader } from "./read";

/** Each project's models (from the counts stored at ingest) and public models. */
export const PROJECT_COUNTS_SQL = `
  SELECT p.name, coalesce((p.counts->>'model')::int, 0) AS models,
         (SELECT count(*)::int FROM nodes n
          WHERE n.project_id = p.id AND n.resource_type = 'model' AND n.access = 'public') AS public_models
  FROM projects p ORDER BY p.name`;

/**
 * The mesh map: every project with its model counts, every producer →
 * consumer dependency with its ref count (see `buildMeshMap`). Model counts
 * come from the per-project counts stored at ingest, so the map reads one
 * row per project and the cross-project edges, never every node.
 */
export function getMeshMap(): Promise<MeshMap> {
  return readSnapshot(readMeshMap);
}

/** `getMeshMap` inside a snapshot a page already holds. */
export async function readMeshMap(db: Reader): Promise<MeshMap> {
  const [projects, dependencies] = await inSequence(
    () =>
      db.$queryRawUnsafe<
        { name: string; models: number; public_models: number }[]
      >(PROJECT_COUNTS_SQL),
    () => listDependencies(db),
  );
  return buildMeshMap(
    projects.map((p) => ({
      name: p.name,
      models: p.models,
      publicModels: p.public_models,
    })),
    dependencies,
  );
}

/** One cross-project ref: a consumer node and the producer node it names. */
export type ProjectRef = {
  consumer: { uniqueId: string; name: string; resourceType: string };
  producer: {
    uniqueId: string;
    name: string;
    version: string | null;
    isResolved: boolean;
  };
};

/** The refs a mesh-map edge carries: the consumer's nodes (tests aside) and the producer nodes they name. */
export function listProjectRefs(
  consumer: string,
  producer: string,
): Promise<ProjectRef[]> {
  return readSnapshot(async (db) => {
    const rows = await db.$queryRaw<
      {
        child_unique_id: string;
        child_name: string;
        child_type: string;
        parent_unique_id: string;
        parent_name: string;
        parent_version: string | null;
        is_resolved: boolean;
      }[]
    >`
      SELECT c.unique_id AS child_unique_id, c.name AS child_name, c.resource_type AS child_type,
             coalesce(pn.unique_id, e.parent_unique_id) AS parent_unique_id,
             e.parent_name, coalesce(pn.version, e.parent_version) AS parent_version,
             e.parent_id IS NOT NULL AS is_resolved
      FROM edges e
      JOIN projects p ON p.id = e.project_id
      JOIN nodes c ON c.id = e.child_id
      LEFT JOIN nodes pn ON pn.id = e.parent_id
      WHERE p.name = ${consumer} AND e.parent_project = ${producer} AND e.is_cross_project
        AND c.resource_type <> ALL(${[...TEST_TYPES]}::text[])
      ORDER BY e.parent_name, c.name`;
    return rows.map((r) => ({
      consumer: {
        uniqueId: r.child_unique_id,
        name: r.child_name,
        resourceType: r.child_type,
      },
      producer: {
        uniqueId: r.parent_unique_id,
        name: r.parent_name,
        version: r.parent_version,
        isResolved: r.is_resolved,
      },
    }));
  });
}
