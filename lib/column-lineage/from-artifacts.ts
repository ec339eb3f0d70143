import type {
  ArtifactSet,
  CatalogNodeRecord,
  NodeRecord,
} from "@/lib/artifacts/types";
import type { ModelSqlInput, UpstreamRelation } from "./types";

/**
 * A relation's columns as the parser should know them: the warehouse's
 * (catalog.json) when there are any, else the declared ones.
 */
export function pickRelationColumns(
  catalog: readonly { name: string; type: string | null }[],
  declared: readonly { name: string; dataType: string | null }[],
): { name: string; type: string | null }[] {
  if (catalog.length > 0)
    return catalog.map((c) => ({ name: c.name, type: c.type }));
  return declared.map((c) => ({ name: c.name, type: c.dataType }));
}

/** A node of a parsed manifest as a relation models read. */
export function toUpstreamRelation(
  node: NodeRecord,
  project: string,
  catalog: CatalogNodeRecord | undefined,
): UpstreamRelation {
  return {
    uniqueId: node.uniqueId,
    project,
    database: node.database,
    schema: node.schema,
    identifier: node.alias ?? node.name,
    columns: pickRelationColumns(catalog?.columns ?? [], node.columns),
    isComplete: (catalog?.columns.length ?? 0) > 0 || node.contractEnforced,
  };
}

/**
 * The column-lineage inputs of the SQL models with compiled SQL in a project's
 * parsed artifacts (its installed packages' models too, as they live in it). `producers` are other projects' relations
 * (with their columns) that stand in for the bare nodes dbt-loom injects.
 */
export function listModelInputs(
  project: string,
  artifacts: ArtifactSet,
  producers: readonly UpstreamRelation[] = [],
): ModelSqlInput[] {
  const catalog = new Map(
    (artifacts.catalog?.nodes ?? []).map((n) => [n.uniqueId, n]),
  );
  const relations = new Map<string, UpstreamRelation>();
  for (const node of artifacts.manifest.nodes)
    relations.set(
      node.uniqueId,
      toUpstreamRelation(node, project, catalog.get(node.uniqueId)),
    );
  for (const producer of producers) relations.set(producer.uniqueId, producer);
  return artifacts.manifest.nodes
    .filter(
      (n) =>
        n.resourceType === "model" &&
        n.compiledCode !== null &&
        n.language !== "python",
    )
    .map((model) => ({
      uniqueId: model.uniqueId,
      compiledCode: model.compiledCode ?? "",
      adapterType: artifacts.manifest.metadata.adapterType,
      upstream: model.dependsOn.flatMap((id) => {
        const relation = relations.get(id);
        return relation ? [relation] : [];
      }),
    }));
}
