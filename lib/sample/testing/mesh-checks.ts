/**
 * Graph checks over generated projects, shared by the sample and
 * synthetic tests: model edges across the mesh, cycles, project edges.
 */
import type { SampleProject } from "../build/project";

export type ManifestNode = {
  unique_id: string;
  resource_type: string;
  package_name: string;
  path: string;
  original_file_path: string;
  access?: string;
  version?: number | string | null;
  latest_version?: number | string | null;
  deprecation_date?: string | null;
  relation_name?: string | null;
  group?: string | null;
  description?: string;
  doc_blocks?: string[];
  columns?: Record<string, { description: string; doc_blocks: string[] }>;
  refs?: {
    name: string;
    package: string | null;
    version: number | string | null;
  }[];
  depends_on: { nodes?: string[] };
};

export function nodesOf(project: SampleProject): ManifestNode[] {
  return Object.values(
    project.files.manifest.nodes as Record<string, ManifestNode>,
  );
}

/** Nodes the project defines itself, as opposed to ones dbt-loom injected. */
export function ownNodesOf(project: SampleProject): ManifestNode[] {
  return nodesOf(project).filter((node) => node.package_name === project.name);
}

export function injectedNodesOf(project: SampleProject): ManifestNode[] {
  return nodesOf(project).filter((node) => node.package_name !== project.name);
}

/** child → parents between models, over every project's own models. */
export function listModelEdges(
  projects: SampleProject[],
): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const project of projects) {
    for (const node of ownNodesOf(project)) {
      if (node.resource_type !== "model") continue;
      edges.set(
        node.unique_id,
        (node.depends_on.nodes ?? []).filter((id) => id.startsWith("model.")),
      );
    }
  }
  return edges;
}

/** A cycle as a list of ids, or null when the graph is a DAG. */
export function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    const seen = state.get(id);
    if (seen === "done") return null;
    if (seen === "visiting") return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, "visiting");
    stack.push(id);
    for (const parent of edges.get(id) ?? []) {
      const cycle = visit(parent);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, "done");
    return null;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return null;
}

/** "consumer→producer" for every two-argument ref a project's own nodes make. */
export function listProjectDependencies(
  projects: SampleProject[],
): Set<string> {
  const pairs = new Set<string>();
  for (const project of projects) {
    for (const node of ownNodesOf(project)) {
      for (const ref of node.refs ?? []) {
        if (ref.package && ref.package !== project.name)
          pairs.add(`${project.name}→${ref.package}`);
      }
    }
  }
  return pairs;
}
