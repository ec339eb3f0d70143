import { toAccessLevel } from "@/lib/artifacts/access";
import { compareCodePoints } from "@/lib/artifacts/code-point-order";
import { compareVersions } from "@/lib/artifacts/versions";
import { isCurrentVersion, resolvesRef } from "@/lib/mesh/ref-resolution";
import {
  CHANGE_CATEGORIES,
  CHANGE_KINDS,
  type ChangeCategory,
  type ChangeKind,
} from "./diff-kinds";
import type { NodeFinding } from "./diff-finding";
import { diffNode } from "./diff-node";
import { isCompared } from "./diff-scope";
import { isPastDeprecation, summarizeFinding } from "./diff-summary";
import type {
  ConsumerHit,
  DiffConsumer,
  DiffNode,
  DiffSide,
} from "./diff-types";

/** One change between two snapshots of a project, judged and with the consumers it hits. */
export type Change = {
  kind: ChangeKind;
  category: ChangeCategory;
  uniqueId: string;
  resourceType: string;
  name: string;
  version: string | null;
  column: string | null;
  before: string | null;
  after: string | null;
  summary: string;
  /** Breaking changes only: who reads what changed, with the version each pins. */
  consumers: ConsumerHit[];
};

export type ProjectDiff = {
  project: string;
  changes: Change[];
  counts: Record<ChangeCategory, number>;
};

export type DiffOptions = {
  /** Deprecation dates are judged against it. */
  now: Date;
  /** Nodes of other projects and exposures that read this project's nodes. */
  consumers: DiffConsumer[];
  /**
   * Every consumer is listed (the catalog's view): a latest version moving
   * under no unpinned consumer breaks nobody. Offline, unknown consumers may
   * exist, so it counts as breaking.
   */
  knowsAllConsumers: boolean;
};

/**
 * Compares two snapshots of one project, node by node (the project's own
 * package; tests left out). A change can break consumers only on a node in
 * scope: a public model, or one another project refs. Breaking: a column
 * removed or renamed, a type changed, a constraint or the enforced contract
 * dropped, access narrowed, a node or version removed (a version past its
 * deprecation date that nobody reads any more breaks nobody), the latest
 * version moved under unpinned consumers, the relation renamed, the model
 * made ephemeral. A new version beside the old one is an addition: the old
 * one is compared with itself. A model that becomes versioned is compared
 * with its new current version, which its unpinned refs now read.
 */
export function diffProjects(
  before: DiffSide,
  after: DiffSide,
  options: DiffOptions,
): ProjectDiff {
  const project = after.project;
  const oldNodes = ownNodes(before);
  const newNodes = ownNodes(after);
  const newById = new Map(newNodes.map((n) => [n.uniqueId, n]));
  const oldNames = new Set(oldNodes.map((n) => nameKey(n)));
  const matchedNew = new Set<string>();
  const changes: Change[] = [];
  const judge = makeJudge(project, options);
  for (const old of oldNodes) {
    const next = newById.get(old.uniqueId) ?? findNewlyVersioned(old, newNodes);
    if (!next) {
      const hasSiblings = newNodes.some((n) => nameKey(n) === nameKey(old));
      const kind =
        hasSiblings && old.version !== null
          ? "version_removed"
          : "node_removed";
      changes.push(judge(old, { kind, before: old.version }));
      continue;
    }
    matchedNew.add(next.uniqueId);
    for (const finding of diffNode(old, next))
      changes.push(judge(old, finding));
  }
  for (const node of newNodes) {
    if (matchedNew.has(node.uniqueId)) continue;
    const kind =
      node.version !== null && oldNames.has(nameKey(node))
        ? "version_added"
        : "node_added";
    changes.push(judge(node, { kind, after: node.version }));
  }
  changes.push(...diffLatestVersions(oldNodes, newNodes, judge));
  changes.sort(compareChanges);
  return { project, changes, counts: countCategories(changes) };
}

type Judge = (node: DiffNode, finding: NodeFinding) => Change;

function makeJudge(project: string, options: DiffOptions): Judge {
  const isOtherProject = (c: DiffConsumer) => c.project !== project;
  return (node, finding) => {
    const rule = CHANGE_KINDS[finding.kind];
    const hits = rule.canBreak
      ? findHits(project, node, options.consumers, finding.kind)
      : [];
    const inScope =
      toAccessLevel(node.access) === "public" ||
      options.consumers.some(
        (c) => isOtherProject(c) && readsNode(project, c, node),
      );
    const breaks =
      rule.canBreak &&
      inScope &&
      !isHarmless(finding.kind, node, hits, options);
    return {
      kind: finding.kind,
      category: breaks ? "breaking" : rule.otherwise,
      uniqueId: node.uniqueId,
      resourceType: node.resourceType,
      name: node.name,
      version: node.version,
      column: finding.column ?? null,
      before: finding.before ?? null,
      after: finding.after ?? null,
      summary: summarizeFinding(node, finding, options.now),
      consumers: breaks ? hits : [],
    };
  };
}

/** Changes that could break but, as the facts stand, hit no one who was not warned. */
function isHarmless(
  kind: ChangeKind,
  node: DiffNode,
  hits: ConsumerHit[],
  options: DiffOptions,
): boolean {
  if (hits.length > 0) return false;
  if (kind === "node_removed" || kind === "version_removed")
    return isPastDeprecation(node, options.now);
  if (kind === "latest_version_moved") return options.knowsAllConsumers;
  return false;
}

function readsNode(
  project: string,
  consumer: DiffConsumer,
  node: DiffNode,
): boolean {
  return resolvesRef(
    { project, name: consumer.target.name, version: consumer.target.version },
    {
      project,
      packageName: node.packageName,
      name: node.name,
      resourceType: node.resourceType,
      version: node.version,
      latestVersion: node.latestVersion,
    },
  );
}

function findHits(
  project: string,
  node: DiffNode,
  consumers: DiffConsumer[],
  kind: ChangeKind,
): ConsumerHit[] {
  return consumers
    .filter((c) => readsNode(project, c, node))
    .filter((c) => kind !== "latest_version_moved" || c.target.version === null)
    .map(({ target, ...consumer }) => ({
      ...consumer,
      pinnedVersion: target.version,
    }))
    .sort(
      (a, b) =>
        compareCodePoints(a.project, b.project) ||
        compareCodePoints(a.name, b.name),
    );
}

/** The latest version of each versioned model that moved, reported on the version unpinned refs read until now. */
function diffLatestVersions(
  oldNodes: DiffNode[],
  newNodes: DiffNode[],
  judge: Judge,
): Change[] {
  const newLatest = new Map<string, string | null>();
  for (const node of newNodes)
    if (node.version !== null) newLatest.set(nameKey(node), node.latestVersion);
  const changes: Change[] = [];
  for (const old of oldNodes) {
    if (old.version === null || !isCurrentVersion(old)) continue;
    const latest = newLatest.get(nameKey(old));
    const isStillServed = newNodes.some((n) => n.uniqueId === old.uniqueId);
    if (latest === undefined || latest === null || latest === old.latestVersion)
      continue;
    // A removed latest version is reported as such, hitting the same consumers.
    if (!isStillServed) continue;
    changes.push(
      judge(old, {
        kind: "latest_version_moved",
        before: old.latestVersion,
        after: latest,
      }),
    );
  }
  return changes;
}

/** A model that became versioned: its unpinned refs now read the new current version. */
function findNewlyVersioned(
  old: DiffNode,
  newNodes: DiffNode[],
): DiffNode | undefined {
  if (old.version !== null) return undefined;
  return newNodes.find(
    (n) =>
      n.version !== null && nameKey(n) === nameKey(old) && isCurrentVersion(n),
  );
}

function ownNodes(side: DiffSide): DiffNode[] {
  return side.nodes.filter((node) => isCompared(node, side.project));
}

function nameKey(node: DiffNode): string {
  return `${node.resourceType}:${node.name}`;
}

function countCategories(changes: Change[]): Record<ChangeCategory, number> {
  const counts = { breaking: 0, added: 0, removed: 0, changed: 0 };
  for (const change of changes) counts[change.category]++;
  return counts;
}

function compareChanges(a: Change, b: Change): number {
  return (
    CHANGE_CATEGORIES.indexOf(a.category) -
      CHANGE_CATEGORIES.indexOf(b.category) ||
    compareCodePoints(a.name, b.name) ||
    compareVersions(a.version ?? "", b.version ?? "") ||
    compareCodePoints(a.column ?? "", b.column ?? "") ||
    compareCodePoints(a.kind, b.kind)
  );
}
