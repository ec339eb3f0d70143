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
import { NOTHING_CARRIED_OVER, type CarriedOver } from "@/lib/mesh/carry-over";
import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import {
  prepareProjectScores,
  toPreparedScores,
  type PreparedScores,
} from "@/lib/score/score-project";
import { hashAll, inflateAll } from "./inflate-artifacts";
import { toRejection } from "./ingest-rejection";
import { prepareSnapshotAside } from "./snapshot-job";
import { loadPolicy, type LoadedPolicy } from "./policy-source";
import { runChecksAfterIngest } from "./governance-after-ingest";
import { now } from "@/lib/clock";
import { getLogger } from "@/lib/ops/logger";
import { observeIngest, type IngestOutcome } from "@/lib/ops/metrics";
import { buildBreakingPayload } from "@/lib/governance/changes-webhooks";
import type { Change } from "@/lib/governance/diff-project";
import { deliverWebhooks } from "./deliver-webhooks";
import {
  describeMissingCompiledSql,
  listModelsWithoutCompiledSql,
} from "@/lib/column-lineage/compiled-sql";
import { scheduleColumnLineage } from "./column-lineage-after-ingest";

export type RawArtifact = { file: string; bytes: Uint8Array };
/** An artifact received into a file (an HTTP upload), read only once it is inflated. */
export type SpooledArtifact = { file: string; path: string };
export type ArtifactSource = RawArtifact | SpooledArtifact;

export type IngestRequest = {
  /** The project the caller means (CLI `--project`, the API's URL); checked against the manifest. */
  projectName?: string;
  artifacts: Partial<Record<ArtifactKind, ArtifactSource>>;
  /** Further run_results.json (subsets run one after another), merged per node: the latest run wins. */
  moreRunResults?: ArtifactSource[];
  /** Ingest a manifest older than the stored one (CLI `--force`, API `?force=true`). */
  force?: boolean;
  origin: IngestRunRecord["origin"];
  tokenId?: number | null;
  maxArtifactBytes: number;
  onProgress?: (stage: IngestStage, detail?: string) => void;
  /** The maturity policy to score by; default: CATALOG_POLICY_FILE or catalog-policy.yml (see loadPolicy). */
  policy?: LoadedPolicy;
  /** Run the mesh-wide checks after the commit (default); a batch of ingests runs them once at its end instead. */
  runChecks?: boolean;
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
  /** Results kept from earlier ingests for nodes this one brought none newer for. */
  carriedOver: CarriedOver;
  /** Data products scored in this ingest. */
  dataProducts: number;
  /** Other projects' products whose "in use" this ingest judged again. */
  rescoredProducers: number;
  /** The project's SQL models without compiled SQL: no new column lineage for them. */
  modelsWithoutCompiledSql: string[];
  warnings: string[];
  durationMs: number;
};

export { IngestRejection, type StaleManifest } from "./ingest-rejection";

/**
 * Ingests one project's artifacts, the same way for the CLI and the HTTP API:
 * decompress and hash; when the hashes (of the artifacts and of the maturity
 * policy) match the project's current snapshot, report it unchanged without
 * parsing; otherwise parse, derive the snapshot and its data products' facts,
 * and replace the project's rows and scores in one transaction (refusing a
 * manifest older than the stored one unless forced, keeping the results the
 * stored snapshot knew). Every attempt is recorded.
 */
export async function ingestProject(
  request: IngestRequest,
): Promise<IngestReport> {
  const started = performance.now();
  const observe = (outcome: IngestOutcome, project?: string) => {
    const seconds = (performance.now() - started) / 1000;
    observeIngest({ origin: request.origin, outcome, seconds });
    getLogger().info(
      {
        project,
        origin: request.origin,
        outcome,
        durationMs: Math.round(seconds * 1000),
      },
      "ingest",
    );
  };
  try {
    const report = await ingestOnce(request);
    observe(report.status, report.project);
    return report;
  } catch (error) {
    observe("rejected", request.projectName);
    throw error;
  }
}

async function ingestOnce(request: IngestRequest): Promise<IngestReport> {
  const startedAt = now();
  const started = performance.now();
  const run = {
    origin: request.origin,
    tokenId: request.tokenId ?? null,
    startedAt,
  };
  let hashes: Record<string, string> = {};
  let projectName = request.projectName;
  try {
    const policy =
      request.policy ??
      (await loadPolicy({ file: readEnv().policyFile, cwd: process.cwd() }));
    request.onProgress?.("inflating");
    const inflated = await inflateAll(
      request.artifacts,
      request.moreRunResults ?? [],
      request.maxArtifactBytes,
    );
    hashes = { ...hashAll(inflated), policy: policy.hash };
    const known = await findProjectByHashes(hashes);
    if (known && (!request.projectName || request.projectName === known.name)) {
      const report = unchangedReport(known.name, performance.now() - started);
      await recordIngestRun({ ...run, ...runFields(report, known.id, hashes) });
      return report;
    }
    request.onProgress?.("parsing");
    const prepared = await prepareSnapshotAside({
      inflated,
      expectedName: request.projectName,
      policy: policy.policy,
      now: startedAt,
    });
    const { snapshot } = prepared;
    projectName = snapshot.project.name;
    const scores = toPreparedScores(prepared.scores, { now: startedAt });
    request.onProgress?.(
      "writing",
      `${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges`,
    );
    let report: IngestReport | undefined;
    let breaking: Change[] = [];
    await writeSnapshot(
      snapshot,
      hashes,
      async (client, result) => {
        if (result.status === "ingested")
          breaking = result.changes.filter((c) => c.category === "breaking");
        const scored =
          result.status === "ingested"
            ? await writeProductScores(client, {
                projectId: result.projectId,
                projectName: snapshot.project.name,
                prepared: rescoreCarriedOver(result, scores, policy, startedAt),
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
      {
        productIds: scores.productIds,
        allowOlder: request.force ?? false,
        runHistory: readEnv().runHistory,
        now: startedAt,
      },
    );
    if (!report) throw new Error("the write finished without a result");
    // After the commit, in the background: a webhook never fails an ingest.
    if (breaking.length > 0)
      deliverWebhooks(
        policy.policy.webhooks,
        "breaking_change",
        buildBreakingPayload(snapshot.project.name, breaking),
      );
    // After the commit: the ingest stands whether or not these succeed.
    await refreshStaleStatistics().catch((error: unknown) =>
      getLogger().error({ err: error }, "refreshing planner statistics failed"),
    );
    if (report.status === "ingested" && request.runChecks !== false)
      await runChecksAfterIngest({ policy, project: report.project });
    // Column lineage is derived in the background, off the ingest's path: it
    // never fails an ingest, and pages show what was derived so far.
    if (report.status === "ingested" && readEnv().isColumnLineageOn)
      scheduleColumnLineage(report.project);
    return report;
  } catch (error) {
    const rejection = toRejection(error);
    await recordIngestRun({
      ...run,
      projectName: projectName ?? "(unknown)",
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

/** Results carried over from earlier ingests count as if they had come with this one. */
function rescoreCarriedOver(
  result: Extract<WriteResult, { status: "ingested" }>,
  prepared: PreparedScores,
  policy: LoadedPolicy,
  now: Date,
): PreparedScores {
  const { runResults, freshness, catalog } = result.carriedOver;
  if (runResults + freshness + catalog === 0) return prepared;
  return prepareProjectScores(result.snapshot, policy.policy, { now });
}

function toReport(
  snapshot: ProjectSnapshot,
  result: WriteResult,
  durationMs: number,
): IngestReport {
  if (result.status === "unchanged")
    return unchangedReport(snapshot.project.name, durationMs);
  const withoutCompiledSql = listModelsWithoutCompiledSql(
    snapshot.nodes,
    snapshot.project.name,
  );
  const missing = describeMissingCompiledSql(withoutCompiledSql);
  return {
    project: snapshot.project.name,
    status: "ingested",
    counts: snapshot.counts,
    nodes: result.nodeCount,
    edges: result.edgeCount,
    crossProjectResolved: result.crossProjectResolved,
    crossProjectUnresolved: result.crossProjectUnresolved,
    incomingResolved: result.incomingResolved,
    carriedOver: result.carriedOver,
    dataProducts: 0,
    rescoredProducers: 0,
    modelsWithoutCompiledSql: withoutCompiledSql,
    warnings:
      missing === null ? snapshot.warnings : [...snapshot.warnings, missing],
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
    carriedOver: NOTHING_CARRIED_OVER,
    dataProducts: 0,
    rescoredProducers: 0,
    modelsWithoutCompiledSql: [],
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
