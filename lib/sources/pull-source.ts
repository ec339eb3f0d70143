import { createHash } from "node:crypto";
import { now } from "@/lib/clock";
import { readPullMemory, recordPull } from "@/lib/db/source-pulls";
import { readEnv } from "@/lib/env";
import { admitIngest } from "@/lib/ingest/ingest-admission";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { prepareUpstreamManifest } from "@/lib/ingest/loom-jobs";
import type { Artifacts } from "@/lib/ingest/read-artifacts";
import { getLogger } from "@/lib/ops/logger";
import { observePull } from "@/lib/ops/metrics";
import { fetchSource } from "./fetch-source";
import type { SourceEntry } from "./source-types";

export type PullOutcome =
  /** Not modified: the store said so (one request); same content: fetched, equal to the last ingest. */
  | { outcome: "unchanged"; reason: "not modified" | "same content" }
  | { outcome: "ingested"; project: string; status: "ingested" | "unchanged" };

/**
 * Pulls one source: asks its store whether the manifest changed since the
 * last pull (one request when it did not, and nothing written but the
 * pull's own record); when it did and the bytes differ from what was last
 * ingested, ingests them through the same pipeline as an upload (atomic,
 * serialized per project, same validation), with the entry's package
 * filter. A failure is recorded with its message, then thrown for the
 * queue to retry.
 */
export async function pullSource(
  entry: SourceEntry,
  options: { env?: Record<string, string | undefined> } = {},
): Promise<PullOutcome> {
  const started = performance.now();
  const at = now();
  const base = { name: entry.name, type: entry.location.type, at };
  const observe = (outcome: "ingested" | "unchanged" | "failed") =>
    observePull({
      source: entry.name,
      outcome,
      seconds: (performance.now() - started) / 1000,
    });
  try {
    const memory = await readPullMemory(entry.name);
    const maxBytes = readEnv().maxArtifactBytes;
    const fetched = await fetchSource(entry.location, {
      artifacts: entry.artifacts,
      previous: memory.validator,
      maxBytes,
      env: options.env ?? process.env,
    });
    const contentHash = fetched.isModified
      ? hashArtifacts(fetched.artifacts)
      : null;
    if (!fetched.isModified || contentHash === memory.contentHash) {
      const validator = fetched.isModified
        ? fetched.validator
        : memory.validator;
      await recordPull({
        ...base,
        outcome: "unchanged",
        validator,
        contentHash,
        projectName: null,
        change: null,
      });
      observe("unchanged");
      return {
        outcome: "unchanged",
        reason: fetched.isModified ? "same content" : "not modified",
      };
    }
    const report = await ingestPulled(entry, fetched.artifacts, maxBytes);
    // Bytes the catalog already holds (pushed from CI, say) write nothing either.
    const outcome = report.status;
    await recordPull({
      ...base,
      outcome,
      validator: fetched.validator,
      contentHash,
      projectName: report.project,
      change:
        outcome === "ingested"
          ? {
              nodes: report.nodes,
              edges: report.edges,
              dataProducts: report.dataProducts,
              warnings: report.warnings.length,
            }
          : null,
    });
    observe(outcome);
    return {
      outcome: "ingested",
      project: report.project,
      status: report.status,
    };
  } catch (error) {
    const message = (error as Error).message;
    await recordPull({ ...base, outcome: "failed", error: message }).catch(
      () => {},
    );
    observe("failed");
    getLogger()[entry.isOptional ? "warn" : "error"](
      { source: entry.name, error: message },
      "pull failed",
    );
    throw error;
  }
}

async function ingestPulled(
  entry: SourceEntry,
  artifacts: Artifacts,
  maxBytes: number,
) {
  const { manifest } = artifacts;
  if (!manifest) throw new Error(`${entry.name}: the store sent no manifest`);
  const prepared = prepareUpstreamManifest(manifest, entry, maxBytes);
  for (const warning of prepared.warnings)
    getLogger().warn({ source: entry.name }, warning);
  return admitIngest(() =>
    ingestProject({
      projectName: prepared.projectName,
      artifacts: { ...artifacts, manifest: prepared.manifest },
      origin: "pull",
      maxArtifactBytes: maxBytes,
    }),
  );
}

/** One hash over every artifact pulled, kind by kind: equal bytes, nothing to ingest. */
function hashArtifacts(artifacts: Artifacts): string {
  const hash = createHash("sha256");
  for (const [kind, artifact] of Object.entries(artifacts).sort()) {
    if (!artifact) continue;
    hash
      .update(`${kind}\0${artifact.bytes.byteLength}\0`)
      .update(artifact.bytes);
  }
  return hash.digest("hex");
}
