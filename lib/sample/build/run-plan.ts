/**
 * Simulates `dbt build --threads 4`: nodes run in DAG order, each after
 * its parents, unit tests before their model, data tests right after.
 * The plan gives every executed node its thread and timings.
 */
import { createRandom, seedFromText } from "../random";
import type { JsonObject } from "../serialize";
import { readText } from "./node-context";
import type { Instant } from "../time";

export const THREADS = 4;

export type PlannedNode = {
  uniqueId: string;
  resourceType: string;
  thread: number;
  compileStartedAt: Instant;
  executeStartedAt: Instant;
  completedAt: Instant;
  isSkipped: boolean;
};

const DURATION_SECONDS: Record<string, [number, number]> = {
  seed: [1.2, 3.5],
  view: [0.5, 1.6],
  ephemeral: [0.05, 0.2],
  table: [2.5, 18],
  incremental: [4, 26],
  snapshot: [3, 9],
  test: [0.4, 2.8],
  unit_test: [0.3, 1.1],
};

function durationKey(node: JsonObject): string {
  if (node.resource_type === "model") {
    return String(
      (node.config as { materialized?: string }).materialized ?? "view",
    );
  }
  return readText(node, "resource_type");
}

function parentsWithin(node: JsonObject, members: Set<string>): string[] {
  const nodes = (node.depends_on as { nodes?: string[] }).nodes ?? [];
  return nodes.filter((id) => members.has(id));
}

/** A topological order that keeps each test right behind the nodes it checks. */
function orderNodes(executable: JsonObject[]): JsonObject[] {
  const members = new Set(
    executable.map((node) => readText(node, "unique_id")),
  );
  const done = new Set<string>();
  const ordered: JsonObject[] = [];
  let remaining = executable;
  while (remaining.length > 0) {
    const ready = remaining.filter((node) =>
      parentsWithin(node, members).every((id) => done.has(id)),
    );
    if (ready.length === 0) throw new Error("cycle among executable nodes");
    // Unit tests first, then everything else in a stable order.
    ready.sort(
      (a, b) =>
        Number(b.resource_type === "unit_test") -
        Number(a.resource_type === "unit_test"),
    );
    for (const node of ready) {
      ordered.push(node);
      done.add(readText(node, "unique_id"));
    }
    const readyIds = new Set(ready.map((node) => readText(node, "unique_id")));
    remaining = remaining.filter(
      (node) => !readyIds.has(readText(node, "unique_id")),
    );
  }
  return ordered;
}

/** Plans the run of `executable` (own nodes and unit tests) starting at `startedAt`. */
export function planRun(
  project: string,
  executable: JsonObject[],
  erroredIds: Set<string>,
  startedAt: Instant,
): PlannedNode[] {
  const random = createRandom(seedFromText(project, 7));
  const members = new Set(
    executable.map((node) => readText(node, "unique_id")),
  );
  const threadFreeAt = Array.from({ length: THREADS }, () => startedAt);
  const finishedAt = new Map<string, Instant>();
  const failed = new Set<string>(erroredIds);
  const plan: PlannedNode[] = [];
  for (const node of orderNodes(executable)) {
    const id = readText(node, "unique_id");
    const parents = parentsWithin(node, members);
    const isSkipped = parents.some((parent) => failed.has(parent));
    if (isSkipped) failed.add(id);
    const thread = threadFreeAt.indexOf(Math.min(...threadFreeAt));
    const ready = Math.max(
      threadFreeAt[thread] ?? startedAt,
      ...parents.map((p) => finishedAt.get(p) ?? startedAt),
    );
    const [min, max] = DURATION_SECONDS[durationKey(node)] ?? [0.5, 2];
    const seconds = isSkipped ? 0 : min + random.next() * (max - min);
    const compileStartedAt = ready + 2 + random.next() * 15;
    const executeStartedAt = compileStartedAt + 4 + random.next() * 40;
    const completedAt = executeStartedAt + seconds * 1000;
    threadFreeAt[thread] = completedAt + 3;
    finishedAt.set(id, completedAt);
    plan.push({
      uniqueId: id,
      resourceType: readText(node, "resource_type"),
      thread,
      compileStartedAt,
      executeStartedAt,
      completedAt,
      isSkipped,
    });
  }
  return plan;
}
