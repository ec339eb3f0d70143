import { readEnv } from "@/lib/env";
import { UsageError } from "./command-line";
import {
  discoverProjects,
  DiscoveryError,
  type DiscoveredProject,
} from "@/lib/ingest/discover";
import { loadPolicy, PolicyFileError } from "@/lib/ingest/policy-source";
import { PolicyError } from "@/lib/score/policy-parse";
import type { Policy } from "@/lib/score/policy-types";
import { scoreProject } from "@/lib/score/score-project";
import type { CliIo } from "./ingest-main";
import {
  isArtifactProblem,
  readProjectSnapshot,
} from "./read-project-snapshot";
import { parseScoreArgs, SCORE_USAGE, type ScoreArgs } from "./score-args";
import {
  findBelow,
  formatScoreRun,
  type ScoredProject,
  type ScoreRun,
} from "./score-output";
import { now } from "@/lib/clock";

/** What `npm run score` talks to; `now` fixes the clock for tests. */
export type ScoreIo = CliIo & { now?: Date };

type Args = Extract<ScoreArgs, { kind: "score" }>;

/**
 * `npm run score`: scores every data product of the projects the command
 * line names, offline, and prints them with their level and failing rules.
 * Returns the exit code: 0 when no product is below --fail-under, 1 when one
 * is, 2 when the command cannot run (usage, policy, unreadable artifacts).
 */
export async function runScore(argv: string[], io: ScoreIo): Promise<number> {
  let args: Args;
  let policy: Policy;
  let projects: DiscoveredProject[];
  const notes: string[] = [];
  try {
    const parsed = parseScoreArgs(argv);
    if (parsed.kind === "help") {
      io.stdout(SCORE_USAGE);
      return 0;
    }
    args = parsed;
    const file = args.policyFile ?? io.env.CATALOG_POLICY_FILE;
    policy = (await loadPolicy({ file, cwd: io.cwd })).policy;
    checkLevel(args.failUnder, policy);
    const discovery = await discoverProjects(args.paths, io.cwd);
    projects = discovery.projects;
    notes.push(...discovery.notes);
    if (args.projectName !== undefined && projects.length !== 1)
      throw new UsageError(
        `--project names one project, but ${projects.length} were found`,
      );
  } catch (error) {
    if (!isSetupProblem(error)) throw error;
    io.stderr(`error: ${error.message}\n`);
    if (error instanceof UsageError) io.stderr(`\n${SCORE_USAGE}`);
    return 2;
  }
  const scored: ScoredProject[] = [];
  let isAnyUnreadable = false;
  for (const project of projects) {
    try {
      scored.push(await scoreLocation(project, policy, args, io));
    } catch (error) {
      if (!isArtifactProblem(error)) throw error;
      io.stderr(`error: ${project.location}: ${error.message}\n`);
      isAnyUnreadable = true;
    }
  }
  for (const note of notes) io.stderr(`note: ${note}\n`);
  const run: ScoreRun = {
    policy: { source: policy.source, levels: policy.levels },
    failUnder: args.failUnder ?? null,
    projects: scored,
  };
  io.stdout(
    args.format === "json"
      ? `${JSON.stringify({ ...run, below: findBelow(run) }, null, 2)}\n`
      : formatScoreRun(run),
  );
  if (isAnyUnreadable) return 2;
  return findBelow(run).length > 0 ? 1 : 0;
}

async function scoreLocation(
  project: DiscoveredProject,
  policy: Policy,
  args: Args,
  io: ScoreIo,
): Promise<ScoredProject> {
  const { snapshot, artifacts } = await readProjectSnapshot(project, {
    maxBytes: readEnv(io.env as NodeJS.ProcessEnv).maxArtifactBytes,
    projectName: args.projectName,
  });
  const { products } = scoreProject(snapshot, policy, null, {
    now: io.now ?? now(),
  });
  return {
    project: snapshot.project.name,
    location: project.location,
    artifacts,
    products,
  };
}

function checkLevel(level: string | undefined, policy: Policy): void {
  if (level === undefined) return;
  const ids = policy.levels.map((l) => l.id);
  if (!ids.includes(level))
    throw new UsageError(
      `--fail-under ${level}: the policy's levels are ${ids.join(", ")}`,
    );
}

function isSetupProblem(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof PolicyError ||
    error instanceof PolicyFileError ||
    error instanceof DiscoveryError
  );
}
