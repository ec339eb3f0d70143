import { compareVersions } from "@/lib/artifacts/versions";
import type { Ranked } from "./rank";

/** What grouping needs of a ranked result. */
export type Versioned = {
  uniqueId: string;
  project: string;
  resourceType: string;
  name: string;
  version?: string | null;
  latestVersion?: string | null;
};

/** Another version of the same model among the results. */
export type VersionChip = { version: string; uniqueId: string };

export type Grouped<T> = Ranked<T> & { otherVersions: VersionChip[] };

/**
 * One result per versioned model: the versions of a model that matched are
 * shown as its latest (dbt's `latest_version`, else the highest matched),
 * in the place of the best-ranked of them, with the others as chips newest
 * first. Unversioned results pass through as they are.
 */
export function groupVersions<T extends Versioned>(
  ranked: readonly Ranked<T>[],
): Grouped<T>[] {
  const groups = new Map<string, Ranked<T>[]>();
  for (const result of ranked) {
    const key = groupKey(result.item);
    if (key === null) continue;
    const members = groups.get(key) ?? [];
    members.push(result);
    groups.set(key, members);
  }
  const grouped: Grouped<T>[] = [];
  for (const result of ranked) {
    const key = groupKey(result.item);
    const members = key === null ? undefined : groups.get(key);
    if (!members) {
      grouped.push({ ...result, otherVersions: [] });
      continue;
    }
    // The group stands where its first member ranked; later members are in it.
    if (members[0] !== result) continue;
    const shown = pickShown(members);
    grouped.push({
      ...shown,
      otherVersions: members
        .filter((member) => member !== shown)
        .map((member) => ({
          version: member.item.version ?? "",
          uniqueId: member.item.uniqueId,
        }))
        .sort((a, b) => compareVersions(b.version, a.version)),
    });
  }
  return grouped;
}

/** The result a node is shown in: its model's, for a version; its own otherwise. */
export function toResultKey(item: Versioned): string {
  return groupKey(item) ?? item.uniqueId;
}

function groupKey(item: Versioned): string | null {
  if (item.version === null || item.version === undefined) return null;
  return `${item.project}\u0000${item.resourceType}\u0000${item.name}`;
}

function pickShown<T extends Versioned>(members: Ranked<T>[]): Ranked<T> {
  const latest = members.find(
    (m) => m.item.latestVersion && m.item.version === m.item.latestVersion,
  );
  if (latest) return latest;
  return members.reduce((best, m) =>
    compareVersions(m.item.version ?? "", best.item.version ?? "") > 0
      ? m
      : best,
  );
}
