import {
  detailsOfKind,
  type SemanticModelDetails,
} from "@/lib/artifacts/node-details";
import { buildAdjacency, toNodeKey, type LineageGraph } from "../lineage/graph";
import type { ProjectSnapshot } from "../snapshot";
import { readEntities } from "./entities";
import { parseTargetCall } from "./identifiers";
import {
  STAR_TABLE_TYPES,
  type SemanticModelInput,
  type StarInputs,
  type StarTableInput,
  type TestParent,
} from "./types";

/**
 * Star-schema inputs for every table of a set of snapshots held in memory,
 * with test parents and semantic models' tables taken from their lineage
 * (see `buildMeshGraph`): what the database loader gives for one product,
 * for a whole mesh.
 */
export function buildStarInputs(
  snapshots: ProjectSnapshot[],
  graph: LineageGraph,
): StarInputs {
  const adjacency = buildAdjacency(graph);
  const parentsOf = (key: string): TestParent[] =>
    (adjacency.parents.get(key) ?? []).flatMap((k) => {
      const node = adjacency.nodes.get(k);
      return node
        ? [
            {
              key: k,
              uniqueId: node.uniqueId,
              name: node.name,
              resourceType: node.resourceType,
            },
          ]
        : [];
    });
  const tables: StarTableInput[] = [];
  const semanticModels: (SemanticModelInput & { modelRef: unknown })[] = [];
  const inputs: StarInputs = { tables, tests: [], semanticModels };
  for (const snapshot of snapshots) {
    const project = snapshot.project.name;
    for (const node of snapshot.nodes) {
      const key = toNodeKey(project, node.uniqueId);
      if (STAR_TABLE_TYPES.includes(node.resourceType))
        tables.push({
          key,
          uniqueId: node.uniqueId,
          project,
          name: node.name,
          resourceType: node.resourceType,
          access: node.access,
          version: node.version,
          relationName: node.relationName,
          isExternal: false,
          columns: node.columns.map((c) => ({
            name: c.name,
            dataType: c.dataType ?? c.catalogType ?? null,
            description: c.description,
            constraints: c.constraints,
          })),
          constraints: node.constraints,
        });
      if (node.test)
        inputs.tests.push({
          key,
          testName: node.test.testName,
          namespace: node.test.testNamespace,
          kwargs: node.test.kwargs,
          columnName: node.test.columnName,
          attachedKey: node.test.attachedUniqueId
            ? toNodeKey(project, node.test.attachedUniqueId)
            : null,
          parents: parentsOf(key),
        });
      const semantic = detailsOfKind(node.details, "semantic_model");
      if (semantic)
        semanticModels.push(
          toSemanticModel(project, key, semantic, parentsOf(key)),
        );
    }
  }
  for (const node of graph.nodes)
    if (node.isExternal && STAR_TABLE_TYPES.includes(node.resourceType))
      tables.push({
        ...node,
        relationName: null,
        columns: [],
        constraints: [],
      });
  return inputs;
}

function toSemanticModel(
  project: string,
  key: string,
  details: SemanticModelDetails,
  parents: TestParent[],
): SemanticModelInput & { modelRef: unknown } {
  const table = parents.find((p) => STAR_TABLE_TYPES.includes(p.resourceType));
  return {
    key,
    project,
    name: key.split(".").at(-1) ?? key,
    tableKey: table?.key ?? null,
    entities: readEntities(details),
    modelRef: details.model,
  };
}

/**
 * The table a semantic model's `model: ref('...')` names in its own project:
 * semantic models that only semantic_manifest.json describes have no edges.
 */
export function findModelTable(
  tables: StarTableInput[],
  project: string,
  modelRef: unknown,
): string | null {
  const target = parseTargetCall(modelRef);
  if (target?.kind !== "ref") return null;
  const found = tables.filter(
    (t) =>
      t.project === project &&
      t.name === target.name &&
      t.resourceType === "model",
  );
  return found.length === 1 ? (found[0]?.key ?? null) : null;
}
