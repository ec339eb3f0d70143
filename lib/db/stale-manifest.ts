import "server-only";
import type pg from "pg";

/** A manifest older than the project's stored one: ingesting it would roll the project back. */
export class StaleManifestError extends Error {
  /** `metadata.generated_at` of the manifest stored now, ISO 8601. */
  readonly storedGeneratedAt: string;
  /** `metadata.generated_at` of the manifest refused, ISO 8601. */
  readonly incomingGeneratedAt: string;
  constructor(stored: string, incoming: string) {
    super(
      `manifest.json was generated at ${incoming}, before the stored one (generated at ${stored}): ingesting it would roll the project back (force it with --force, or ?force=true over HTTP)`,
    );
    this.name = "StaleManifestError";
    this.storedGeneratedAt = stored;
    this.incomingGeneratedAt = incoming;
  }
}

/**
 * Refuses a manifest generated before the project's stored one (a slow CI job
 * finishing late). Equal times pass (a re-run), and so does a manifest when
 * either side does not say when it was generated. Compared by Postgres at the
 * stored precision; call it under the project's ingest lock, so that of two
 * racing uploads the older one is refused whichever commits first.
 */
export async function refuseOlderManifest(
  client: Pick<pg.PoolClient, "query">,
  projectName: string,
  generatedAt: string | null,
): Promise<void> {
  if (generatedAt === null) return;
  const result = await client.query<{ stored: Date }>(
    `SELECT generated_at AS stored FROM projects
     WHERE name = $1 AND generated_at > $2::timestamptz(3)`,
    [projectName, generatedAt],
  );
  const stored = result.rows[0]?.stored;
  if (stored)
    throw new StaleManifestError(
      stored.toISOString(),
      new Date(generatedAt).toISOString(),
    );
}
