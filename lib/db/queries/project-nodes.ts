import "server-only";
import { inSequence, readSnapshot } from "./read";

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
  contractEnforced: boolean;
  description: string;
  tags: string[];
  packageName: string;
};

export type NodeListPage = {
  items: NodeListItem[];
  total: number;
  page: number;
  pageSize: number;
};

const DESCRIPTION_EXCERPT = 240;

/**
 * A page of a project's nodes of one resource type, public ones first, then
 * by group, folder and name: the order in which the project page groups them.
 */
export function listProjectNodes(
  project: string,
  options: { resourceType: string; page: number; pageSize: number },
): Promise<NodeListPage> {
  const { resourceType, page, pageSize } = options;
  return readSnapshot(async (db) => {
    const [rows, totals] = await inSequence(
      () => db.$queryRaw<
        {
          unique_id: string;
          name: string;
          resource_type: string;
          access: string | null;
          group_name: string | null;
          folder: string;
          materialized: string | null;
          version: string | null;
          latest_version: string | null;
          contract_enforced: boolean;
          description: string;
          tags: string[];
          package_name: string;
        }[]
      >`
        SELECT n.unique_id, n.name, n.resource_type, n.access, n.group_name,
               coalesce(regexp_replace(n.original_file_path, '/[^/]*$', ''), '') AS folder,
               n.materialized, n.version, n.latest_version, n.contract_enforced,
               left(n.description, ${DESCRIPTION_EXCERPT}) AS description, n.tags, n.package_name
        FROM nodes n JOIN projects p ON p.id = n.project_id
        WHERE p.name = ${project} AND n.resource_type = ${resourceType}
        ORDER BY (n.access = 'public') DESC NULLS LAST, n.group_name NULLS LAST, folder, n.name, n.version DESC NULLS LAST
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      () =>
        db.node.count({ where: { project: { name: project }, resourceType } }),
    );
    return {
      items: rows.map((r) => ({
        uniqueId: r.unique_id,
        name: r.name,
        resourceType: r.resource_type,
        access: r.access,
        groupName: r.group_name,
        folder: r.folder,
        materialized: r.materialized,
        version: r.version,
        latestVersion: r.latest_version,
        contractEnforced: r.contract_enforced,
        description: r.description,
        tags: r.tags,
        packageName: r.package_name,
      })),
      total: totals,
      page,
      pageSize,
    };
  });
}
