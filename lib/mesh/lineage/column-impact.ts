import type { ColumnEdgeKind } from "@/lib/column-lineage/edge-kinds";
import type { Owner } from "./owner";

/** A downstream column a column reaches; `column` null: a model whose rows it filters or joins. */
export type ImpactedColumn = {
  project: string;
  uniqueId: string;
  name: string;
  column: string | null;
  /** How it comes from the column upstream of it on the way (the strongest first). */
  kinds: ColumnEdgeKind[];
  owner: Owner | null;
};

export type ImpactedExposure = {
  project: string;
  uniqueId: string;
  name: string;
  owner: Owner | null;
};

export type ColumnImpactGroup = {
  owner: Owner | null;
  columns: ImpactedColumn[];
  exposures: ImpactedExposure[];
};

export type ColumnImpactReport = {
  totals: {
    columns: number;
    models: number;
    projects: number;
    exposures: number;
  };
  projects: { project: string; owners: ColumnImpactGroup[] }[];
};

/**
 * What a column reaches downstream, grouped by project and then by owner (the
 * unowned last), each list in name order. Counted: downstream columns
 * (not the rows-only models), the models holding them or filtered by it, the
 * projects of those models and exposures, and the exposures.
 */
export function groupColumnImpact(
  columns: readonly ImpactedColumn[],
  exposures: readonly ImpactedExposure[],
): ColumnImpactReport {
  const byProject = new Map<string, Map<string, ColumnImpactGroup>>();
  const groupOf = (project: string, owner: Owner | null) => {
    const owners =
      byProject.get(project) ?? new Map<string, ColumnImpactGroup>();
    byProject.set(project, owners);
    const key = ownerKey(owner);
    const group = owners.get(key) ?? { owner, columns: [], exposures: [] };
    owners.set(key, group);
    return group;
  };
  for (const column of columns)
    groupOf(column.project, column.owner).columns.push(column);
  for (const exposure of exposures)
    groupOf(exposure.project, exposure.owner).exposures.push(exposure);
  const projects = [...byProject.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([project, owners]) => ({
      project,
      owners: [...owners.entries()]
        .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : compareText(a, b)))
        .map(([, group]) => ({
          ...group,
          columns: [...group.columns].sort((a, b) =>
            compareText(
              `${a.name}.${a.column ?? ""}`,
              `${b.name}.${b.column ?? ""}`,
            ),
          ),
          exposures: [...group.exposures].sort((a, b) =>
            compareText(a.name, b.name),
          ),
        })),
    }));
  return {
    totals: {
      columns: columns.filter((c) => c.column !== null).length,
      models: new Set(columns.map((c) => `${c.project}\u0000${c.uniqueId}`))
        .size,
      projects: byProject.size,
      exposures: exposures.length,
    },
    projects,
  };
}

function ownerKey(owner: Owner | null): string {
  return owner === null ? "" : `${owner.name ?? ""}\u0000${owner.email ?? ""}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
