import type { ProjectDependency } from "@/lib/db/queries/dependencies";
import type { MeshOverview } from "@/lib/db/queries/projects";
import type { PolicyLevel } from "@/lib/score/policy-types";

export type MeshTotals = {
  projects: number;
  models: number;
  /** Models meant for other domains, as the policy selects them (by default the public ones). */
  dataProducts: number;
  /** Data products per level over the mesh: levels in the order the projects' policies give them, then those below the first (null). */
  productLevels: { level: string | null; count: number }[];
  /** Every level of the projects' policies, for their titles. */
  levels: PolicyLevel[];
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
    dataProducts: sum(mesh.projects.map((p) => p.products.total)),
    ...sumProductLevels(mesh),
    crossProjectRefs: sum(mesh.dependencies.map((d) => d.refs)),
    unresolvedRefs: sum(mesh.dependencies.map((d) => d.unresolved)),
    externalProjects: mesh.externalProjects.length,
  };
}

function sumProductLevels(
  mesh: MeshOverview,
): Pick<MeshTotals, "productLevels" | "levels"> {
  const levels = new Map<string, PolicyLevel>();
  const counts = new Map<string | null, number>();
  for (const project of mesh.projects) {
    for (const level of project.products.levels)
      if (!levels.has(level.id)) levels.set(level.id, level);
    for (const { level, count } of project.products.byLevel)
      counts.set(level, (counts.get(level) ?? 0) + count);
  }
  return {
    productLevels: [...levels.keys(), null].map((level) => ({
      level,
      count: counts.get(level) ?? 0,
    })),
    levels: [...levels.values()],
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
