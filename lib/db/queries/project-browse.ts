import "server-only";
import { Prisma } from "../generated/client";
import {
  NO_RELATION_MATERIALIZATIONS,
  RELATION_TYPES,
} from "@/lib/artifacts/resource-types";
import { toSqlList } from "@/lib/mesh/sql-list";
import { NODE_FOLDER_SQL } from "./project-nodes";
import { readSnapshot } from "./read";

/** What builds a relation (models, seeds, snapshots) or reads one (sources). */
const RELATION_TYPES_SQL = Prisma.raw(toSqlList(RELATION_TYPES));
const BUILDS_NONE = Prisma.raw(toSqlList(NO_RELATION_MATERIALIZATIONS));

/** A node listed in a folder or a schema. */
export type BrowseNode = {
  uniqueId: string;
  name: string;
  resourceType: string;
  version: string | null;
  /** The relation's name in the warehouse (alias, else name), for the schema view. */
  identifier: string;
};

/** One level of a tree: what lies under it, with how many nodes each holds, and the nodes right here. */
export type BrowseLevel = {
  children: { name: string; count: number }[];
  nodes: BrowseNode[];
  /** Nodes at this level and under it. */
  total: number;
};

/** Nodes listed at one level at most: a folder of 20k models stays a light page. */
export const BROWSE_NODE_CAP = 500;

type Row = {
  unique_id: string;
  name: string;
  resource_type: string;
  version: string | null;
  identifier: string;
};

const toNode = (r: Row): BrowseNode => ({
  uniqueId: r.unique_id,
  name: r.name,
  resourceType: r.resource_type,
  version: r.version,
  identifier: r.identifier,
});

/**
 * A project's files as folders, one level at a time: the subfolders of
 * `folder` ("" for the top) with their node counts, and the nodes whose
 * file lies right in it. Null when the project does not exist.
 */
export function browseFolder(
  project: string,
  folder: string,
): Promise<BrowseLevel | null> {
  return readSnapshot(async (db) => {
    const found = await db.project.findUnique({
      where: { name: project },
      select: { id: true },
    });
    if (!found) return null;
    const prefix = folder === "" ? "" : `${folder}/`;
    const children = await db.$queryRaw<{ name: string; count: number }[]>`
      SELECT split_part(substr(${NODE_FOLDER_SQL}, ${prefix.length + 1}), '/', 1) AS name,
             count(*)::int AS count
      FROM nodes n
      WHERE n.project_id = ${found.id} AND n.original_file_path IS NOT NULL
        AND starts_with(${NODE_FOLDER_SQL}, ${prefix}) AND ${NODE_FOLDER_SQL} <> ${folder}
      GROUP BY 1 ORDER BY 1`;
    const nodes = await db.$queryRaw<Row[]>`
      SELECT n.unique_id, n.name, n.resource_type, n.version,
             coalesce(n.alias, n.name) AS identifier
      FROM nodes n
      WHERE n.project_id = ${found.id} AND n.original_file_path IS NOT NULL
        AND ${NODE_FOLDER_SQL} = ${folder}
      ORDER BY n.resource_type, n.name, n.version DESC NULLS LAST
      LIMIT ${BROWSE_NODE_CAP}`;
    const [count] = await db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM nodes n
      WHERE n.project_id = ${found.id} AND n.original_file_path IS NOT NULL
        AND (${NODE_FOLDER_SQL} = ${folder} OR starts_with(${NODE_FOLDER_SQL}, ${prefix}))`;
    return { children, nodes: nodes.map(toNode), total: count?.total ?? 0 };
  });
}

/**
 * A project's relations in the warehouse, one level at a time: its
 * databases, a database's schemas, a schema's relations (what its models,
 * seeds and snapshots build and its sources read). Null when the project
 * does not exist.
 */
export function browseRelations(
  project: string,
  database: string | null,
  schema: string | null,
): Promise<BrowseLevel | null> {
  return readSnapshot(async (db) => {
    const found = await db.project.findUnique({
      where: { name: project },
      select: { id: true },
    });
    if (!found) return null;
    const inProject = Prisma.sql`n.project_id = ${found.id}
      AND n.resource_type IN ${RELATION_TYPES_SQL}
      AND n.schema_name IS NOT NULL
      AND NOT (coalesce(n.materialized, '') IN ${BUILDS_NONE})`;
    const inDatabase =
      database === null
        ? Prisma.sql`TRUE`
        : Prisma.sql`coalesce(n.database_name, '') = ${database}`;
    if (database === null || schema === null) {
      const level =
        database === null
          ? Prisma.sql`coalesce(n.database_name, '')`
          : Prisma.sql`n.schema_name`;
      const children = await db.$queryRaw<{ name: string; count: number }[]>`
        SELECT ${level} AS name, count(*)::int AS count
        FROM nodes n WHERE ${inProject} AND ${inDatabase}
        GROUP BY 1 ORDER BY 1`;
      return {
        children,
        nodes: [],
        total: children.reduce((sum, c) => sum + c.count, 0),
      };
    }
    const nodes = await db.$queryRaw<Row[]>`
      SELECT n.unique_id, n.name, n.resource_type, n.version,
             coalesce(n.alias, n.name) AS identifier
      FROM nodes n
      WHERE ${inProject} AND ${inDatabase} AND n.schema_name = ${schema}
      ORDER BY lower(coalesce(n.alias, n.name)), n.resource_type
      LIMIT ${BROWSE_NODE_CAP}`;
    const [count] = await db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM nodes n
      WHERE ${inProject} AND ${inDatabase} AND n.schema_name = ${schema}`;
    return { children: [], nodes: nodes.map(toNode), total: count?.total ?? 0 };
  });
}
