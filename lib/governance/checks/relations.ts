import { z } from "zod";
import { defineCheckKind } from "../check-kind";
import { groupBy } from "../group-by";
import { formatRelation, toRelationKey } from "../relation-key";
import type { MeshFacts, MeshModel, MeshSource } from "../types";

/** Materializations that build no relation in the warehouse. */
const NO_RELATION = new Set(["ephemeral"]);

/**
 * Sources that read a relation another project builds as a model: the
 * consumer bypasses `ref`, so the dependency is invisible to lineage, to
 * contracts and to the producer. Shared by the check and the lineage view.
 */
export function findHiddenDependencies(
  facts: Pick<MeshFacts, "models" | "sources">,
): { source: MeshSource; model: MeshModel }[] {
  const built = new Map<string, MeshModel[]>();
  for (const model of facts.models) {
    if (model.materialized !== null && NO_RELATION.has(model.materialized))
      continue;
    const key = toRelationKey(model);
    built.set(key, [...(built.get(key) ?? []), model]);
  }
  return facts.sources.flatMap((source) =>
    (built.get(toRelationKey(source)) ?? [])
      .filter((model) => model.project !== source.project)
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
