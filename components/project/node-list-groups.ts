import type { NodeListItem } from "@/lib/db/queries/project-nodes";

export type FolderRun = { folder: string; items: NodeListItem[] };

export type GroupRun = {
  /** dbt group of the nodes; null for nodes in no group. */
  groupName: string | null;
  folders: FolderRun[];
};

export type AccessTier = {
  /** `public` for data products; `other` for protected, private and unset access. */
  tier: "public" | "other";
  groups: GroupRun[];
};

/**
 * Groups a page of nodes, in the order the query returns them (public first,
 * then group, folder and name), into access tiers, groups and folders. Only
 * consecutive runs are grouped, so the page's order is kept exactly.
 */
export function groupNodeList(items: readonly NodeListItem[]): AccessTier[] {
  const tiers: AccessTier[] = [];
  for (const item of items) {
    const tierName = item.access === "public" ? "public" : "other";
    let tier = tiers.at(-1);
    if (tier?.tier !== tierName) {
      tier = { tier: tierName, groups: [] };
      tiers.push(tier);
    }
    let group = tier.groups.at(-1);
    if (!group || group.groupName !== item.groupName) {
      group = { groupName: item.groupName, folders: [] };
      tier.groups.push(group);
    }
    let folder = group.folders.at(-1);
    if (folder?.folder !== item.folder) {
      folder = { folder: item.folder, items: [] };
      group.folders.push(folder);
    }
    folder.items.push(item);
  }
  return tiers;
}
