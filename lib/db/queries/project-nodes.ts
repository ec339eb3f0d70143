import "server-only";
import { Prisma } from "../generated/client";
import { detailsFieldSql } from "../details-sql";
import { inSequence, readSnapshot, toIso, type Reader } from "./read";

export type NodeListItem = {
  uniqueId: string;
  name: string;
  resourceType: string;
  access: string | null;
  groupName: string | null;
  folder: string;
  materialized: string | null;
  version: string | null;
  latestVersion: string | null;
  deprecationDate: string | null;
  contractEnforced: boolean;
  description: string;
  tags: string[];
  packageName: string;
  /** A source's `source_name` (the YAML `sources:` entry it belongs to). */
  sourceName: string | null;
  /** Latest result: a test's or build's run status, or a source's freshness status. */
  status: string | null;
  isProduct: boolean;
  /** A data product's maturity: null for other nodes (and for a product below the first level). */
  maturity: { level: string | null; score: number } | null;
};

export type NodeListPage = {
  items: NodeListItem[];
  total: number;
  page: number;
  pageSize: number;
};

const DESCRIPTION_EXCERPT = 240;
const SOURCE_NAME_SQL = Prisma.raw(
  detailsFieldSql("n", "source", "sourceName"),
);

type NodeListRow = {
  unique_id: string;
  name: string;
  resource_type: string;
  access: string | null;
  group_name: string | null;
  folder: string;
  materialized: string | null;
  version: string | null;
  latest_version: string | null;
  deprecation_date: Date | null;
  contract_enforced: boolean;
  description: string;
  tags: string[];
  package_name: string;
  source_name: string | null;
  status: string | null;
  is_product: boolean;
  level: string | null;
  score: number | null;
};

/** One resource type, or every type except the listed ones (types a page shows as "other"). */
export type ResourceTypeFilter = string | { notIn: readonly string[] };

/** Narrowing a project's list: each field null when not filtered on. */
export type NodeListFilter = {
  /** Part of the name or the description, case-insensitively. */
  text: string | null;
  /** A folder and everything under it. */
  folder: string | null;
  tag: string | null;
  access: string | null;
  materialized: string | null;
  /** A data product's maturity level. */
  level: string | null;
  group: string | null;
};

export const NO_FILTER: NodeListFilter = {
  text: null,
  folder: null,
  tag: null,
  access: null,
  materialized: null,
  level: null,
  group: null,
};

/** The list's order: as the page groups it (public first, then group and folder), by name, or best score first. */
export const NODE_SORTS = ["grouped", "name", "score"] as const;
export type NodeListSort = (typeof NODE_SORTS)[number];

export type NodeListOptions = {
  resourceType: ResourceTypeFilter;
  page: number;
  pageSize: number;
  filter?: NodeListFilter;
  sort?: NodeListSort;
};

/** What a list of one resource type can be narrowed by: the values present, each once, in order. */
export type NodeListFacets = {
  folders: string[];
  tags: string[];
  access: string[];
  materialized: string[];
  levels: string[];
  groups: string[];
};

/** A node's folder (`n`): its file's path without the file name. */
export const NODE_FOLDER_SQL = Prisma.raw(
  "coalesce(regexp_replace(n.original_file_path, '/[^/]*$', ''), '')",
);

function typeConditionOf(resourceType: ResourceTypeFilter): Prisma.Sql {
  return typeof resourceType === "string"
    ? Prisma.sql`n.resource_type = ${resourceType}`
    : Prisma.sql`n.resource_type <> ALL(${[...resourceType.notIn]})`;
}

/** The rows a list shows (over `n` and its score `ps`): its type and every filter set. */
function listCondition(
  resourceType: ResourceTypeFilter,
  filter: NodeListFilter,
): Prisma.Sql {
  const conditions = [typeConditionOf(resourceType)];
  if (filter.text !== null)
    conditions.push(
      Prisma.sql`(strpos(lower(n.name), lower(${filter.text})) > 0 OR strpos(lower(n.description), lower(${filter.text})) > 0)`,
    );
  if (filter.folder !== null)
    conditions.push(
      Prisma.sql`(${NODE_FOLDER_SQL} = ${filter.folder} OR starts_with(${NODE_FOLDER_SQL}, ${`${filter.folder}/`}))`,
    );
  if (filter.tag !== null)
    conditions.push(Prisma.sql`${filter.tag} = ANY(n.tags)`);
  if (filter.access !== null)
    conditions.push(Prisma.sql`n.access = ${filter.access}`);
  if (filter.materialized !== null)
    conditions.push(Prisma.sql`n.materialized = ${filter.materialized}`);
  if (filter.level !== null)
    conditions.push(Prisma.sql`n.is_product AND ps.level = ${filter.level}`);
  if (filter.group !== null)
    conditions.push(Prisma.sql`n.group_name = ${filter.group}`);
  return Prisma.join(conditions, " AND ");
}

const ORDERS: Record<NodeListSort, Prisma.Sql> = {
  grouped: Prisma.sql`(n.access = 'public') DESC NULLS LAST, n.group_name NULLS LAST, ${NODE_FOLDER_SQL}, n.name, length(n.version) DESC NULLS LAST, n.version DESC`,
  name: Prisma.sql`n.name, length(n.version) DESC NULLS LAST, n.version DESC`,
  score: Prisma.sql`ps.score DESC NULLS LAST, n.name, length(n.version) DESC NULLS LAST, n.version DESC`,
};

/**
 * A page of a project's nodes of one resource type, public ones first, then
 * by group, folder and name: the order in which the project page groups them.
 */
export function listProjectNodes(
  project: string,
  options: NodeListOptions,
): Promise<NodeListPage> {
  return readSnapshot((db) => readProjectNodes(db, project, options));
}

/** `listProjectNodes` inside a caller's snapshot. */
export async function readProjectNodes(
  db: Reader,
  project: string,
  options: NodeListOptions,
): Promise<NodeListPage> {
  const { resourceType, page, pageSize } = options;
  const condition = listCondition(resourceType, options.filter ?? NO_FILTER);
  const order = ORDERS[options.sort ?? "grouped"];
  const [rows, total] = await inSequence(
    // The page is chosen on narrow rows (sort keys and id only) and the
    // details read for its rows alone: sorting whole rows of a 20k-node
    // project spilled to disk, and an OFFSET made Postgres compute statuses
    // for every skipped row.
    () => db.$queryRaw<NodeListRow[]>`
      WITH project AS (SELECT id FROM projects WHERE name = ${project}),
      page AS (
        SELECT n.id, ${NODE_FOLDER_SQL} AS folder,
               row_number() OVER (ORDER BY ${order}) AS position
        FROM nodes n
        LEFT JOIN product_scores ps ON ps.project_id = n.project_id AND ps.unique_id = n.unique_id
        WHERE n.project_id = (SELECT id FROM project) AND ${condition}
        ORDER BY position
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      )
      SELECT n.unique_id, n.name, n.resource_type, n.access, n.group_name, page.folder,
             n.materialized, n.version, n.latest_version, n.deprecation_date,
             n.contract_enforced, left(n.description, ${DESCRIPTION_EXCERPT}) AS description,
             n.tags, n.package_name, ${SOURCE_NAME_SQL} AS source_name,
             n.is_product, ps.level, ps.score,
             coalesce(
               (SELECT r.status FROM run_results r WHERE r.node_id = n.id),
               (SELECT f.status FROM source_freshness f WHERE f.node_id = n.id)
             ) AS status
      FROM page JOIN nodes n ON n.id = page.id
      LEFT JOIN product_scores ps ON ps.project_id = n.project_id AND ps.unique_id = n.unique_id
      ORDER BY page.position`,
    async () => {
      const [count] = await db.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total
        FROM nodes n
        LEFT JOIN product_scores ps ON ps.project_id = n.project_id AND ps.unique_id = n.unique_id
        WHERE n.project_id = (SELECT id FROM projects WHERE name = ${project}) AND ${condition}`;
      return count?.total ?? 0;
    },
  );
  return { items: rows.map(toListItem), total, page, pageSize };
}

/** The values a project's list of one resource type can be filtered by, in one pass over its nodes. */
export async function readNodeListFacets(
  db: Reader,
  project: string,
  resourceType: ResourceTypeFilter,
): Promise<NodeListFacets> {
  const [row] = await db.$queryRaw<
    {
      folders: string[] | null;
      tags: string[] | null;
      access: string[] | null;
      materialized: string[] | null;
      levels: string[] | null;
      groups: string[] | null;
    }[]
  >`
    WITH listed AS (
      SELECT n.tags, n.access, n.materialized, n.group_name, ${NODE_FOLDER_SQL} AS folder,
             CASE WHEN n.is_product THEN ps.level END AS level
      FROM nodes n
      LEFT JOIN product_scores ps ON ps.project_id = n.project_id AND ps.unique_id = n.unique_id
      WHERE n.project_id = (SELECT id FROM projects WHERE name = ${project})
        AND ${typeConditionOf(resourceType)}
    )
    SELECT
      (SELECT array_agg(DISTINCT folder ORDER BY folder) FROM listed WHERE folder <> '') AS folders,
      (SELECT array_agg(DISTINCT tag ORDER BY tag) FROM listed, unnest(tags) AS tag) AS tags,
      (SELECT array_agg(DISTINCT access ORDER BY access) FROM listed WHERE access IS NOT NULL) AS access,
      (SELECT array_agg(DISTINCT materialized ORDER BY materialized) FROM listed WHERE materialized IS NOT NULL) AS materialized,
      (SELECT array_agg(DISTINCT level ORDER BY level) FROM listed WHERE level IS NOT NULL) AS levels,
      (SELECT array_agg(DISTINCT group_name ORDER BY group_name) FROM listed WHERE group_name IS NOT NULL) AS groups`;
  return {
    folders: row?.folders ?? [],
    tags: row?.tags ?? [],
    access: row?.access ?? [],
    materialized: row?.materialized ?? [],
    levels: row?.levels ?? [],
    groups: row?.groups ?? [],
  };
}

function toListItem(r: NodeListRow): NodeListItem {
  return {
    uniqueId: r.unique_id,
    name: r.name,
    resourceType: r.resource_type,
    access: r.access,
    groupName: r.group_name,
    folder: r.folder,
    materialized: r.materialized,
    version: r.version,
    latestVersion: r.latest_version,
    deprecationDate: toIso(r.deprecation_date),
    contractEnforced: r.contract_enforced,
    description: r.description,
    tags: r.tags,
    packageName: r.package_name,
    sourceName: r.source_name,
    status: r.status,
    isProduct: r.is_product,
    maturity:
      r.is_product && r.score !== null
        ? { level: r.level, score: r.score }
        : null,
  };
}
