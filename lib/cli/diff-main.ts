import { readEnv } from "@/lib/env";
import { diffProjects, type ProjectDiff } from "@/lib/governance/diff-project";
import type { DiffConsumer } from "@/lib/governance/diff-types";
import {
  formatDiffMarkdown,
  formatDiffText,
} from "@/lib/governance/diff-format";
import { discoverProjects, DiscoveryError } from "@/lib/ingest/discover";
import { now } from "@/lib/clock";
import { UsageError } from "./command-line";
import { CatalogUnavailableError, fetchCatalogConsumers } from "./diff-catalog";
import { DIFF_USAGE, parseDiffArgs, type DiffArgs } from "./diff-args";
import type { CliIo } from "./ingest-main";
import { isArtifactProblem } from "./read-project-snapshot";
import {
  readBothSides,
  UnreadableArtifactsError,
  type ReadSide,
  type ReadSideJob,
} from "./diff-read";

/** What `npm run diff` talks to; `now` fixes the clock for tests. */
export type DiffIo = CliIo & { now?: Date };

type Args = Extract<DiffArgs, { kind: "diff" }>;

/**
 * `npm run diff`: compares two manifests of one project and prints the
 * changes, breaking ones first with the consumers they hit (the old
 * manifest's exposures, and with --catalog-url those the catalog knows).
 * Returns the exit code: 0 nothing breaks, 1 something does, 2 the command
 * cannot run.
 */
export async function runDiff(argv: string[], io: DiffIo): Promise<number> {
  let args: Args;
  try {
    const parsed = parseDiffArgs(argv);
    if (parsed.kind === "help") {
      io.stdout(DIFF_USAGE);
      return 0;
    }
    args = parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n\n${DIFF_USAGE}`);
    return 2;
  }
  try {
    const [before, after] = await readBothSides([
      await locate(args.oldPath, args, io),
      await locate(args.newPath, args, io),
    ]);
    if (before.side.project !== after.side.project)
      throw new UsageError(
        `the manifests are of two projects: ${before.side.project} and ${after.side.project}`,
      );
    const consumers = await gatherConsumers(before, args, io);
    const diff = diffProjects(before.side, after.side, {
      now: io.now ?? now(),
      consumers: consumers.list,
      knowsAllConsumers: consumers.isFromCatalog,
    });
    io.stdout(formatDiff(diff, args));
    return diff.counts.breaking > 0 ? 1 : 0;
  } catch (error) {
    if (
      !(error instanceof UsageError) &&
      !(error instanceof DiscoveryError) &&
      !(error instanceof CatalogUnavailableError) &&
      !(error instanceof UnreadableArtifactsError) &&
      !isArtifactProblem(error)
    )
      throw error;
    io.stderr(`error: ${error.message}\n`);
    return 2;
  }
}

async function locate(
  given: string,
  args: Args,
  io: DiffIo,
): Promise<ReadSideJob> {
  const { projects } = await discoverProjects([given], io.cwd);
  const [project, ...more] = projects;
  if (!project || more.length > 0)
    throw new UsageError(
      `${given} holds ${projects.length} dbt projects: name one manifest`,
    );
  return {
    project,
    maxBytes: readEnv(io.env as NodeJS.ProcessEnv).maxArtifactBytes,
    projectName: args.projectName,
  };
}

/** The old manifest's exposures, and the catalog's consumers of the project (deduplicated). */
async function gatherConsumers(
  before: ReadSide,
  args: Args,
  io: DiffIo,
): Promise<{ list: DiffConsumer[]; isFromCatalog: boolean }> {
  const local = before.exposures;
  const project = before.side.project;
  if (args.catalogUrl === undefined)
    return { list: local, isFromCatalog: false };
  const known = await fetchCatalogConsumers(args.catalogUrl, project);
  if (known === null) {
    io.stderr(
      `note: the catalog at ${args.catalogUrl} does not know project ${project}; only its own exposures are known\n`,
    );
    return { list: local, isFromCatalog: false };
  }
  const key = (c: DiffConsumer) =>
    `${c.project}\u0000${c.uniqueId}\u0000${c.target.name}\u0000${c.target.version ?? ""}`;
  const byKey = new Map([...local, ...known].map((c) => [key(c), c]));
  return { list: [...byKey.values()], isFromCatalog: true };
}

function formatDiff(diff: ProjectDiff, args: Args): string {
  const heading = `${args.oldPath} → ${args.newPath}`;
  switch (args.format) {
    case "json":
      return `${JSON.stringify({ old: args.oldPath, new: args.newPath, ...diff }, null, 2)}\n`;
    case "markdown":
      return formatDiffMarkdown(diff, heading);
    case "text":
      return formatDiffText(diff, heading);
  }
}
