import "server-only";
import type pg from "pg";
import { diffProjects, type Change } from "@/lib/governance/diff-project";
import { toDiffSide } from "@/lib/governance/diff-side";
import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import { copyRows, encodeJson } from "./copy";
import { readProjectConsumers, readStoredDiffSide } from "./diff-sides";

/** What a re-ingest compares the new snapshot with, read before the old one is deleted. */
export type PreviousSide = Awaited<ReturnType<typeof readPreviousSide>>;

/**
 * The stored snapshot of a project and its consumers, as the diff compares
 * them; read inside the ingest's transaction, before its rows are replaced.
 */
export async function readPreviousSide(client: pg.PoolClient, project: string) {
  const side = await readStoredDiffSide(client, project);
  if (!side) return null;
  return { side, consumers: await readProjectConsumers(client, project) };
}

const COLUMNS = [
  "project_id",
  "generated_at",
  "kind",
  "category",
  "unique_id",
  "resource_type",
  "name",
  "version",
  "column_name",
  "before",
  "after",
  "summary",
  "consumers",
] as const;

/**
 * Compares the new snapshot with the previous one and records the changes
 * for the change feed, in the ingest's transaction (at its time). The
 * catalog knows every consumer, so a latest version moving under pinned refs
 * only is no breaking change. Returns the changes.
 */
export async function recordChanges(
  client: pg.PoolClient,
  projectId: number,
  previous: NonNullable<PreviousSide>,
  snapshot: ProjectSnapshot,
  now: Date,
): Promise<Change[]> {
  const { changes } = diffProjects(previous.side, toDiffSide(snapshot), {
    now,
    consumers: previous.consumers,
    knowsAllConsumers: true,
  });
  const generatedAt = snapshot.project.generatedAt;
  await copyRows(
    client,
    "changes",
    COLUMNS,
    changes.map((c) => [
      projectId,
      generatedAt,
      c.kind,
      c.category,
      c.uniqueId,
      c.resourceType,
      c.name,
      c.version,
      c.column,
      c.before,
      c.after,
      c.summary,
      encodeJson(c.consumers),
    ]),
  );
  return changes;
}
