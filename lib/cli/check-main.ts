import { now } from "@/lib/clock";
import { closeDb } from "@/lib/db/client";
import { connectDatabase, type ConnectedDatabase } from "@/lib/db/connect";
import { checkMesh } from "@/lib/db/governance-runs";
import { hasProject } from "@/lib/db/queries/exists";
import { loadPolicy, PolicyFileError } from "@/lib/ingest/policy-source";
import { PolicyError } from "@/lib/score/policy-parse";
import type { Policy } from "@/lib/score/policy-types";
import { CHECK_USAGE, parseCheckArgs, type CheckArgs } from "./check-args";
import {
  blockingViolations,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatText,
  type CheckRun,
} from "./check-output";
import { UsageError } from "./command-line";
import type { CliIo } from "./ingest-main";

type Args = Extract<CheckArgs, { kind: "check" }>;

const FORMATTERS = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  junit: formatJunit,
} as const;

/**
 * `npm run check`: runs the mesh-wide checks against the catalog and prints
 * them for CI. Returns the exit code: 0 when nothing is at or above
 * --fail-on, 1 when something is, 2 when the checks cannot run (usage, a bad
 * policy, a broken custom check, an unknown project).
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  let args: Args;
  let policy: Policy;
  try {
    const parsed = parseCheckArgs(argv);
    if (parsed.kind === "help") {
      io.stdout(CHECK_USAGE);
      return 0;
    }
    args = parsed;
    const file = args.policyFile ?? io.env.CATALOG_POLICY_FILE;
    policy = (await loadPolicy({ file, cwd: io.cwd })).policy;
  } catch (error) {
    if (!(
      error instanceof UsageError ||
      error instanceof PolicyError ||
      error instanceof PolicyFileError
    ))
      throw error;
    io.stderr(`error: ${error.message}\n`);
    if (error instanceof UsageError) io.stderr(`\n${CHECK_USAGE}`);
    return 2;
  }
  let db: ConnectedDatabase | undefined;
  try {
    db = await connectDatabase();
    const project = args.projectName ?? null;
    if (project !== null && !(await hasProject(project))) {
      io.stderr(`error: the catalog holds no project "${project}"\n`);
      return 2;
    }
    const report = await checkMesh(policy, now());
    const run: CheckRun = {
      report:
        project === null
          ? report
          : {
              ...report,
              violations: report.violations.filter(
                (v) => v.project === project,
              ),
              problems: report.problems.filter(
                (p) => p.project === null || p.project === project,
              ),
            },
      project,
      failOn: args.failOn,
    };
    io.stdout(FORMATTERS[args.format](run));
    for (const problem of run.report.problems)
      io.stderr(`error: ${problem.message}\n`);
    if (run.report.problems.length > 0) return 2;
    return blockingViolations(run).length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr(
      `error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  } finally {
    await closeDb();
    await db?.cluster?.stop();
  }
}
