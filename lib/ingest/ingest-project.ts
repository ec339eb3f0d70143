import { createHash } from "node:crypto";
import { inflateArtifact } from "@/lib/artifacts/decode";
import { isArtifactError } from "@/lib/artifacts/errors";
import { parseArtifactSet, type ArtifactInputs } from "@/lib/artifacts/parse";
import type { ArtifactKind } from "@/lib/artifacts/types";
import {
  findProjectByHashes,
  recordIngestRun,
  type IngestRunRecord,
} from "@/lib/db/ingest-runs";
import { refreshStaleStatistics } from "@/lib/db/statistics";
import { writeProductScores } from "@/lib/db/write-scores";
import { writeSnapshot, type WriteResult } from "@/lib/db/write-snapshot";
import { readEnv } from "@/lib/env";
import {
  ProjectIdentityError,
  resolveProjectName,
} from "@/lib/mesh/project-identity";
import { buildSnapshot, type ProjectSnapshot } from "@/lib/mesh/snapshot";
import { prepareProjectScores } from "@/lib/score/score-project";
import { loadPolicy, type LoadedPolicy } from "./policy-source";

export type RawArtifact = { file: string; bytes: Uint8Array };

export type IngestRequest = {
  /** The project the caller means (CLI `--project`, the API's URL); checked against the manifest. */
  projectName?: string;
  artifacts: Partial<Record<ArtifactKind, RawArtifact>>;
  origin: IngestRunRecord["origin"];
  tokenId?: number | null;
  maxArtifactBytes: number;
  onProgress?: (stage: IngestStage, detail?: string) => void;
  /** The maturity policy to score by; default: CATALOG_POLICY_FILE or catalog-policy.yml (see loadPolicy). */
  policy?: LoadedPolicy;
};

export type IngestStage = "inflating" | "parsing" | "writing";

export type IngestReport = {
  project: string;
  status: "ingested" | "unchanged";
  counts: Record<string, number>;
  nodes: number;
  edges: number;
  crossProjectResolved: number;
  crossProjectUnresolved: number;
  incomingResolved: number;
  /** Data products scored in this ingest. */
  dataProducts: number;
  /** Other projects' products whose "in use" this ingest judged again. */
  rescoredProducers: number;
  warnings: string[];
  durationMs: number;
};

/** A rejected ingest: the input was bad; nothing was written. */
export class IngestRejection extends Error {
  readonly isTooLarge: boolean;
  /** The artifact at fault, when one file is (the API reports it apart from the message). */
  readonly file: string | undefined;
  constructor(
    message: string,
    options: { isTooLarge?: boolean; file?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "IngestRejection";
    this.isTooLarge = options.isTooLarge ?? false;
    this.file = options.file;
  }
}

/**
 * Ingests one project's artifacts, the same way for the CLI and the HTTP API:
 * decompress and hash; when the hashes (of the artifacts and of the maturity
 * policy) match the project's current snapshot, report it unchanged without
 * parsing; otherwise parse, derive the snapshot and its data products' facts,
 * and replace the project's rows and scores in one transaction. Every attempt
 * is recorded.
 */
export async function ingestProject(
  request: IngestRequest,
): Promise<IngestReport> {
  const startedAt = new Date();
  const started = performance.now();
  const run = {
    origin: request.origin,
    tokenId: request.tokenId ?? null,
    startedAt,
  };
  let hashes: Record<string, string> = {};
  try {
    const policy =
      request.policy ??
      (await loadPolicy({ file: readEnv().policyFile, cwd: process.cwd() }));
    request.onProgress?.("inflating");
    const inputs = inflateAll(request);
    hashes = { ...hashAll(inputs), policy: policy.hash };
    const known = await findProjectByHashes(hashes);
    if (known && (!request.projectName || request.projectName === known.name)) {
      const report = unchangedReport(known.name, performance.now() - started);
      await recordIngestRun({ ...run, ...runFields(report, known.id, hashes) });
      return report;
    }
    request.onProgress?.("parsing");
    const snapshot = buildProjectSnapshot(inputs, request.projectName);
    const scores = prepareProjectScores(snapshot, policy.policy, {
      now: startedAt,
    });
    request.onProgress?.(
      "writing",
      `${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges`,
    );
    let report: IngestReport | undefined;
    await writeSnapshot(
      snapshot,
      hashes,
      async (client, result) => {
        const scored =
          result.status === "ingested"
            ? await writeProductScores(client, {
                projectId: result.projectId,
                projectName: snapshot.project.name,
                prepared: scores,
                policyHash: policy.hash,
                now: startedAt,
              })
            : { products: 0, rescoredProducers: 0 };
        report = {
          ...toReport(snapshot, result, performance.now() - started),
          dataProducts: scored.products,
          rescoredProducers: scored.rescoredProducers,
        };
        await recordIngestRun(
          { ...run, ...runFields(report, result.projectId, hashes) },
          client,
        );
      },
      { productIds: scores.productIds },
    );
    if (!report) throw new Error("the write finished without a result");
    // After the commit: the ingest stands whether or not this succeeds.
    await refreshStaleStatistics().catch((error: unknown) =>
      console.error(
        "refreshing planner statistics failed:",
        error instanceof Error ? error.message : error,
      ),
    );
    return report;
  } catch (error) {
    const rejection = toRejection(error);
    await recordIngestRun({
      ...run,
      projectName: request.projectName ?? "(unknown)",
      projectId: null,
      status: "rejected",
      durationMs: performance.now() - started,
      hashes,
      counts: {},
      summary: {},
      warnings: [],
      error: (rejection ?? (error as Error)).message,
    }).catch(() => {});
    throw rejection ?? error;
  }
}

function inflateAll(request: IngestRequest): ArtifactInputs {
  const inputs: ArtifactInputs = {};
  for (const [kind, raw] of Object.entries(request.artifacts) as [
    ArtifactKind,
    RawArtifact | undefined,
  ][]) {
    if (raw)
      inputs[kind] = {
        file: raw.file,
        bytes: inflateArtifact(raw.file, raw.bytes, request.maxArtifactBytes),
      };
  }
  return inputs;
}

function hashAll(inputs: ArtifactInputs): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [kind, input] of Object.entries(inputs)) {
    if (input)
      hashes[kind] = createHash("sha256").update(input.bytes).digest("hex");
  }
  return hashes;
}

function buildProjectSnapshot(
  inputs: ArtifactInputs,
  expectedName: string | undefined,
): ProjectSnapshot {
  const artifacts = parseArtifactSet(inputs);
  const name = resolveProjectName(artifacts.manifest, expectedName);
  return buildSnapshot(name, artifacts);
}

function toReport(
  snapshot: ProjectSnapshot,
  result: WriteResult,
  durationMs: number,
): IngestReport {
  if (result.status === "unchanged")
    return unchangedReport(snapshot.project.name, durationMs);
  return {
    project: snapshot.project.name,
    status: "ingested",
    counts: snapshot.counts,
    nodes: result.nodeCount,
    edges: result.edgeCount,
    crossProjectResolved: result.crossProjectResolved,
    crossProjectUnresolved: result.crossProjectUnresolved,
    incomingResolved: result.incomingResolved,
    dataProducts: 0,
    rescoredProducers: 0,
    warnings: snapshot.warnings,
    durationMs,
  };
}

function unchangedReport(project: string, durationMs: number): IngestReport {
  return {
    project,
    status: "unchanged",
    counts: {},
    nodes: 0,
    edges: 0,
    crossProjectResolved: 0,
    crossProjectUnresolved: 0,
    incomingResolved: 0,
    dataProducts: 0,
    rescoredProducers: 0,
    warnings: [],
    durationMs,
  };
}

function runFields(
  report: IngestReport,
  projectId: number,
  hashes: Record<string, string>,
) {
  const { project, status, counts, warnings, durationMs, ...summary } = report;
  return {
    projectName: project,
    projectId,
    status,
    durationMs,
    hashes,
    counts,
    summary,
    warnings,
    error: null,
  };
}

function toRejection(error: unknown): IngestRejection | null {
  if (isArtifactError(error))
    return new IngestRejection(error.message, {
      isTooLarge: error.isTooLarge,
      file: error.file,
      cause: error,
    });
  if (error instanceof ProjectIdentityError)
    return new IngestRejection(error.message, { cause: error });
  return null;
}
