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

export type NodeListOptions = {
  resourceType: ResourceTypeFilter;
  page: number;
  pageSize: number;
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
  const typeCondition =
    typeof resourceType === "string"
      ? Prisma.sql`n.resource_type = ${resourceType}`
      : Prisma.sql`n.resource_type <> ALL(${[...resourceType.notIn]})`;
  const countWhere =
    typeof resourceType === "string"
      ? { resourceType }
      : { resourceType: { notIn: [...resourceType.notIn] } };
  const [rows, total] = await inSequence(
    // The page is chosen on narrow rows (sort keys and id only) and the
    // details read for its rows alone: sorting whole rows of a 20k-node
    // project spilled to disk, and an OFFSET made Postgres compute statuses
    // for every skipped row.
    () => db.$queryRaw<NodeListRow[]>`
      WITH project AS (SELECT id FROM projects WHERE name = ${project}),
      page AS (
        SELECT n.id,
               coalesce(regexp_replace(n.original_file_path, '/[^/]*$', ''), '') AS folder,
               row_number() OVER (
                 ORDER BY (n.access = 'public') DESC NULLS LAST, n.group_name NULLS LAST,
                          coalesce(regexp_replace(n.original_file_path, '/[^/]*$', ''), ''),
                          n.name, length(n.version) DESC NULLS LAST, n.version DESC
               ) AS position
        FROM nodes n
        WHERE n.project_id = (SELECT id FROM project) AND ${typeCondition}
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
    () =>
      db.node.count({
        where: { project: { name: project }, ...countWhere },
      }),
  );
  return { items: rows.map(toListItem), total, page, pageSize };
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
