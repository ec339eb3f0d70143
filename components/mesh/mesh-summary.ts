import type { ProjectDependency } from "@/lib/db/queries/dependencies";
import type { MeshOverview } from "@/lib/db/queries/projects";

export type MeshTotals = {
  projects: number;
  models: number;
  /** Public models: what other domains may ref. */
  dataProducts: number;
  crossProjectRefs: number;
  unresolvedRefs: number;
  externalProjects: number;
};

/** Headline numbers of the mesh, summed over its projects and dependencies. */
export function summarizeMesh(mesh: MeshOverview): MeshTotals {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    projects: mesh.projects.length,
    models: sum(mesh.projects.map((p) => p.counts.model ?? 0)),
    dataProducts: sum(mesh.projects.map((p) => p.publicModels)),
    crossProjectRefs: sum(mesh.dependencies.map((d) => d.refs)),
    unresolvedRefs: sum(mesh.dependencies.map((d) => d.unresolved)),
    externalProjects: mesh.externalProjects.length,
  };
}

export type DependencyRow = ProjectDependency & {
  /** The producer also refs the consumer: the two projects depend on each other. */
  isTwoWay: boolean;
};

/**
 * Who depends on whom, one row per consumer → producer, each marked when the
 * reverse dependency exists too. Projects may depend on each other in both
 * directions as long as their models still form a DAG.
 */
export function describeDependencies(
  dependencies: readonly ProjectDependency[],
): DependencyRow[] {
  const pairs = new Set(
    dependencies.map((d) => JSON.stringify([d.consumer, d.producer])),
  );
  return dependencies.map((d) => ({
    ...d,
    isTwoWay: pairs.has(JSON.stringify([d.producer, d.consumer])),
  }));
}
