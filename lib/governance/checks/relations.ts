import { z } from "zod";
import { defineCheckKind } from "../check-kind";
import { groupBy } from "../group-by";
import { isHiddenDependency } from "../hidden-dependency";
import { formatRelation, toRelationKey } from "../relation-key";
import type { MeshFacts, MeshModel, MeshSource } from "../types";

// The facts hold each project's own nodes only (package = project).
const asBuilder = (model: MeshModel) => ({
  project: model.project,
  packageName: model.project,
  resourceType: model.resourceType,
  materialized: model.materialized,
  relation: toRelationKey(model),
});
const asReader = (source: MeshSource) => ({
  project: source.project,
  packageName: source.project,
  resourceType: "source",
  relation: toRelationKey(source),
});

/**
 * Sources that read a relation another project builds as a model: the
 * consumer bypasses `ref`, so the dependency is invisible to lineage, to
 * contracts and to the producer. Shared by the check and the lineage view.
 */
export function findHiddenDependencies(
  facts: Pick<MeshFacts, "models" | "sources">,
): { source: MeshSource; model: MeshModel }[] {
  const built = groupBy(facts.models, toRelationKey);
  return facts.sources.flatMap((source) =>
    (built.get(toRelationKey(source)) ?? [])
      .filter((model) => isHiddenDependency(asReader(source), asBuilder(model)))
      .map((model) => ({ source, model })),
  );
}

export const HIDDEN_DEPENDENCY = defineCheckKind({
  id: "hidden-dependency",
  title: "Source reading another project's model",
  advice:
    "Replace the source with `ref('project', 'model')` on the producer's public model, so that the dependency shows in lineage and the producer's contract protects it.",
  params: z.object({}),
  run: (facts) =>
    findHiddenDependencies(facts).map(({ source, model }) => ({
      project: source.project,
      uniqueId: source.uniqueId,
      message: `source ${source.name} reads ${formatRelation(source)}, which ${model.project} builds as ${model.uniqueId}: a dependency lineage cannot see`,
    })),
});

export const DUPLICATE_SOURCE = defineCheckKind({
  id: "duplicate-source",
  title: "Relation declared as a source by several projects",
  defaultSeverity: "warn",
  advice:
    "Let one project own the source (its freshness, tests and description) and expose it to the others through a public model.",
  params: z.object({}),
  run: (facts) => {
    const byRelation = groupBy(facts.sources, toRelationKey);
    return [...byRelation.values()].flatMap((sources) => {
      const projects = [...new Set(sources.map((s) => s.project))].sort();
      if (projects.length < 2) return [];
      return sources.map((source) => ({
        project: source.project,
        uniqueId: source.uniqueId,
        message: `source ${source.name} reads ${formatRelation(source)}, also declared as a source by ${projects.filter((p) => p !== source.project).join(", ")}`,
      }));
    });
  },
});
