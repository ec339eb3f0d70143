import type { Adjacency, LineageNode } from "./graph";
import { formatOwner, type Owner } from "./owner";
import { isTypeShown, type TypeFilter } from "./type-filter";

export type ImpactedNode = LineageNode & {
  /** Hops from the focus along the shortest path. */
  depth: number;
  /** One shortest path, from the focus to this node (both included), as node keys. */
  path: string[];
  owner: Owner | null;
};

export type ImpactOwnerGroup = { owner: Owner | null; nodes: ImpactedNode[] };

export type ImpactProject = {
  project: string;
  count: number;
  owners: ImpactOwnerGroup[];
};

export type ImpactReport = {
  focus: string;
  total: number;
  exposures: number;
  projects: ImpactProject[];
  isTruncated: boolean;
};

/**
 * What depends on `focus`: every node downstream of it, in every project,
 * with one shortest path from the focus, grouped by project (the focus's own
 * project first, then by name) and by owner. The walk goes through every node;
 * the filter only decides which are reported, so a report of exposures alone
 * still finds exposures behind models.
 */
export function analyzeImpact(
  graph: Adjacency,
  focus: string,
  options: {
    filter: TypeFilter;
    owners: ReadonlyMap<string, Owner>;
    isTruncated?: boolean;
  },
): ImpactReport {
  const previous = walkDownstream(graph, focus);
  const impacted: ImpactedNode[] = [];
  for (const key of previous.keys()) {
    const node = graph.nodes.get(key);
    if (!node || !isTypeShown(options.filter, node.resourceType)) continue;
    const path = tracePath(previous, key);
    impacted.push({
      ...node,
      depth: path.length - 1,
      path,
      owner: options.owners.get(key) ?? null,
    });
  }
  const focusProject = graph.nodes.get(focus)?.project;
  return {
    focus,
    total: impacted.length,
    exposures: impacted.filter((n) => n.resourceType === "exposure").length,
    projects: groupByProject(impacted, focusProject),
    isTruncated: options.isTruncated ?? false,
  };
}

/** Breadth-first over children; maps each reached node to the node it was reached from. */
function walkDownstream(graph: Adjacency, focus: string): Map<string, string> {
  const previous = new Map<string, string>();
  const seen = new Set([focus]);
  let frontier = [focus];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const child of graph.children.get(key) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        previous.set(child, key);
        next.push(child);
      }
    }
    frontier = next;
  }
  return previous;
}

function tracePath(previous: ReadonlyMap<string, string>, key: string) {
  const path = [key];
  for (let at = previous.get(key); at !== undefined; at = previous.get(at))
    path.push(at);
  return path.reverse();
}

function groupByProject(
  nodes: ImpactedNode[],
  focusProject: string | undefined,
): ImpactProject[] {
  const byProject = new Map<string, ImpactedNode[]>();
  for (const node of nodes) {
    const members = byProject.get(node.project);
    if (members) members.push(node);
    else byProject.set(node.project, [node]);
  }
  return [...byProject]
    .sort(
      ([a], [b]) =>
        Number(b === focusProject) - Number(a === focusProject) ||
        a.localeCompare(b),
    )
    .map(([project, members]) => ({
      project,
      count: members.length,
      owners: groupByOwner(members),
    }));
}

function groupByOwner(nodes: ImpactedNode[]): ImpactOwnerGroup[] {
  const byOwner = new Map<string, ImpactOwnerGroup>();
  for (const node of nodes) {
    const id = formatOwner(node.owner);
    const group = byOwner.get(id) ?? { owner: node.owner, nodes: [] };
    group.nodes.push(node);
    byOwner.set(id, group);
  }
  return [...byOwner]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)))
    .map(([, group]) => ({
      ...group,
      nodes: group.nodes.sort(
        (a, b) => a.depth - b.depth || a.name.localeCompare(b.name),
      ),
    }));
}
