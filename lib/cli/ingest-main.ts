import path from "node:path";
import { closeDb } from "@/lib/db/client";
import { connectDatabase, type ConnectedDatabase } from "@/lib/db/connect";
import { countCrossProjectRefs } from "@/lib/db/cross-project-refs";
import { readEnv } from "@/lib/env";
import { discoverProjects, DiscoveryError } from "@/lib/ingest/discover";
import { runIngestJobs, type IngestJob } from "@/lib/ingest/ingest-jobs";
import type { RawArtifact } from "@/lib/ingest/ingest-project";
import { readArtifactFile } from "@/lib/ingest/read-artifacts";
import { LoomConfigError } from "@/lib/ingest/loom-config";
import { planLoomJobs } from "@/lib/ingest/loom-jobs";
import { toProjectJob } from "@/lib/ingest/project-job";
import {
  parseIngestArgs,
  UsageError,
  USAGE,
  type IngestArgs,
} from "./ingest-args";
import {
  formatOutcome,
  formatProgress,
  formatTotals,
  summarizeOutcomes,
} from "./ingest-output";

/** What the command talks to, so that tests can run it in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths start (the user's folder, not npm's). */
  cwd: string;
  env: Record<string, string | undefined>;
};

type Plan = {
  jobs: IngestJob[];
  warnings: string[];
  notes: string[];
  maxArtifactBytes: number;
};

/**
 * `npm run ingest`: finds the projects the command line names, ingests each
 * through the shared pipeline, prints a summary per project and a total.
 * Returns the exit code: 0 when every project was ingested, unchanged or
 * skipped as optional; 1 when any was rejected or unavailable; 2 for a command
 * line that cannot run (nothing is ingested then).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let plan: Plan;
  let args: Extract<IngestArgs, { kind: "ingest" }>;
  try {
    const parsed = parseIngestArgs(argv);
    if (parsed.kind === "help") {
      io.stdout(USAGE);
      return 0;
    }
    args = parsed;
    plan = await planJobs(args, io);
  } catch (error) {
    io.stderr(`error: ${describeError(error)}\n`);
    if (!isUsageProblem(error)) return 1;
    if (error instanceof UsageError) io.stderr(`\n${USAGE}`);
    return 2;
  }
  for (const warning of plan.warnings) io.stderr(`warning: ${warning}\n`);
  for (const note of plan.notes) io.stderr(`note: ${note}\n`);
  const started = performance.now();
  let db: ConnectedDatabase | undefined;
  try {
    db = await connectDatabase();
    const outcomes = await runIngestJobs(plan.jobs, {
      maxArtifactBytes: plan.maxArtifactBytes,
      projectName: args.projectName,
      force: args.isForced,
      onProgress: (event) => io.stderr(formatProgress(event)),
      onOutcome: (outcome) => {
        if (!args.isJson) io.stdout(`${formatOutcome(outcome)}\n`);
      },
    });
    const stored = outcomes.flatMap((o) =>
      o.status === "ingested" || o.status === "unchanged"
        ? [o.report.project]
        : [],
    );
    const totals = summarizeOutcomes(
      outcomes,
      await countCrossProjectRefs(stored),
      performance.now() - started,
    );
    if (args.isJson) {
      const { warnings, notes } = plan;
      io.stdout(
        `${JSON.stringify({ projects: outcomes, totals, warnings, notes }, null, 2)}\n`,
      );
    } else io.stdout(formatTotals(totals));
    return totals.rejected + totals.failed > 0 ? 1 : 0;
  } catch (error) {
    io.stderr(`error: ${describeError(error)}\n`);
    return 1;
  } finally {
    await closeDb();
    await db?.cluster?.stop();
  }
}

async function planJobs(
  args: {
    paths: string[];
    loomConfigs: string[];
    projectName: string | undefined;
    runResults: string[];
  },
  io: CliIo,
): Promise<Plan> {
  const maxArtifactBytes = readMaxArtifactBytes(io.env);
  const plan: Plan = { jobs: [], warnings: [], notes: [], maxArtifactBytes };
  for (const config of args.loomConfigs) {
    const loom = await planLoomJobs(config, {
      cwd: io.cwd,
      env: io.env,
      maxBytes: maxArtifactBytes,
    });
    plan.jobs.push(...loom.jobs);
    plan.warnings.push(...loom.warnings);
  }
  if (args.paths.length > 0) {
    const discovery = await discoverProjects(args.paths, io.cwd);
    plan.notes.push(...discovery.notes);
    plan.jobs.push(
      ...discovery.projects.map((p) =>
        toProjectJob(p, { maxBytes: maxArtifactBytes }),
      ),
    );
  }
  if (args.projectName !== undefined && plan.jobs.length !== 1)
    throw new UsageError(
      `--project names one project, but ${plan.jobs.length} were found (${plan.jobs.map((j) => j.source).join(", ")}); ingest them one at a time, or leave --project out when their manifests name them`,
    );
  if (args.runResults.length > 0) {
    const [job] = plan.jobs;
    if (!job || plan.jobs.length !== 1)
      throw new UsageError(
        `--run-results belongs to one project, but ${plan.jobs.length} were found; ingest them one at a time`,
      );
    plan.jobs = [
      withMoreRunResults(job, args.runResults, io.cwd, maxArtifactBytes),
    ];
  }
  return plan;
}

/** The job, also reading the `--run-results` files (relative to the user's folder) when its turn comes. */
function withMoreRunResults(
  job: IngestJob,
  files: string[],
  cwd: string,
  maxBytes: number,
): IngestJob {
  return {
    ...job,
    load: async (onEvent) => {
      const loaded = await job.load(onEvent);
      const more: RawArtifact[] = [];
      for (const file of files)
        more.push(
          await readArtifactFile(
            { path: path.resolve(cwd, file), label: file },
            {
              maxBytes,
              onRead: (label, bytes) =>
                onEvent({ stage: "reading", file: label, bytes }),
            },
          ),
        );
      return { ...loaded, moreRunResults: more };
    },
  };
}

function readMaxArtifactBytes(env: Record<string, string | undefined>): number {
  try {
    // readEnv reads only the catalog's own variables; Next's NODE_ENV typing does not apply.
    return readEnv(env as NodeJS.ProcessEnv).maxArtifactBytes;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isUsageProblem(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof DiscoveryError ||
    error instanceof LoomConfigError
  );
}
