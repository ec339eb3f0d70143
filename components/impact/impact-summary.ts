import { toNodeTitle } from "@/lib/artifacts/node-label";
import type { LineageNode } from "@/lib/mesh/lineage/graph";
import type {
  ImpactProject,
  ImpactReport,
  ImpactedNode,
} from "@/lib/mesh/lineage/impact";

/** Rows a project's section shows at most; the downloads hold every one. */
export const ROWS_PER_PROJECT = 200;

export type ImpactTotals = {
  total: number;
  exposures: number;
  projects: number;
  /** Projects other than the focus's own: who else breaks. */
  otherProjects: number;
  owners: number;
};

/** The report at a glance: how much depends on the node, and how widely. */
export function summarizeImpact(
  focus: LineageNode,
  report: ImpactReport,
): ImpactTotals {
  const owners = new Set(
    report.projects.flatMap((p) =>
      p.owners.flatMap((o) =>
        o.owner ? [`${o.owner.name ?? ""}\u0000${o.owner.email ?? ""}`] : [],
      ),
    ),
  );
  return {
    total: report.total,
    exposures: report.exposures,
    projects: report.projects.length,
    otherProjects: report.projects.filter((p) => p.project !== focus.project)
      .length,
    owners: owners.size,
  };
}

export type PathStep = {
  id: string;
  name: string;
  project: string;
  /** The hop into this step crosses into another project. */
  isCrossProject: boolean;
};

/**
 * A path of node ids as steps a reader can follow, each with its name and
 * project, marking the hops that cross a project boundary. Ids the report
 * does not know (hidden types) keep their unique id's last part as name.
 */
export function describePath(
  path: readonly string[],
  known: ReadonlyMap<
    string,
    Pick<
      LineageNode,
      "name" | "project" | "version" | "resourceType" | "uniqueId"
    >
  >,
): PathStep[] {
  let previous: string | null = null;
  return path.map((id) => {
    const node = known.get(id);
    const project = node?.project ?? id.slice(0, id.indexOf(":"));
    const name = node ? toNodeTitle(node) : (id.split(".").at(-1) ?? id);
    const step = {
      id,
      name,
      project,
      isCrossProject: previous !== null && previous !== project,
    };
    previous = project;
    return step;
  });
}

/** Every node of the report and the focus, by id, to name the steps of paths. */
export function indexImpactNodes(
  focus: LineageNode,
  report: ImpactReport,
): Map<string, ImpactedNode | LineageNode> {
  const index = new Map<string, ImpactedNode | LineageNode>([
    [focus.key, focus],
  ]);
  for (const project of report.projects)
    for (const group of project.owners)
      for (const node of group.nodes) index.set(node.key, node);
  return index;
}

/**
 * A project's owner groups cut to `limit` rows in all, in order, and how
 * many rows were left out: a page stays light when thousands depend on a node.
 */
export function limitRows(
  project: ImpactProject,
  limit = ROWS_PER_PROJECT,
): { owners: ImpactProject["owners"]; hidden: number } {
  let left = limit;
  const owners = project.owners.flatMap((group) => {
    if (left <= 0) return [];
    const nodes = group.nodes.slice(0, left);
    left -= nodes.length;
    return [{ ...group, nodes }];
  });
  return { owners, hidden: Math.max(project.count - limit, 0) };
}
