import type { ChangeItem } from "@/lib/db/queries/changes";
import type { ChangeCategory } from "@/lib/governance/diff-kinds";

/** The changes one ingest brought to one project. */
export type IngestChanges = {
  key: string;
  project: string;
  recordedAt: string;
  generatedAt: string | null;
  changes: ChangeItem[];
  counts: Record<ChangeCategory, number>;
};

/** Groups a page of the feed (newest first) by ingest: a project at one recorded time. */
export function groupByIngest(changes: ChangeItem[]): IngestChanges[] {
  const groups: IngestChanges[] = [];
  for (const change of changes) {
    const key = `${change.project}@${change.recordedAt}`;
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = {
        key,
        project: change.project,
        recordedAt: change.recordedAt,
        generatedAt: change.generatedAt,
        changes: [],
        counts: { breaking: 0, added: 0, removed: 0, changed: 0 },
      };
      groups.push(group);
    }
    group.changes.push(change);
    group.counts[change.category]++;
  }
  return groups;
}
