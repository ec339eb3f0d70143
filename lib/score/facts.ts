import type { ProjectIndex } from "./project-index";
import type { ConsumerRef, ProductFacts } from "./types";

/**
 * Gathers the facts one product is judged on from the project's index.
 * `otherProjects` are the nodes of other projects that ref it: known at
 * ingest from the database, null offline.
 */
export function buildProductFacts(
  index: ProjectIndex,
  nodeIndex: number,
  otherProjects: ConsumerRef[] | null,
): ProductFacts {
  const node = index.nodes[nodeIndex];
  if (!node) throw new Error(`no node at index ${nodeIndex}`);
  const consumers = index.localConsumersOf(nodeIndex);
  return {
    project: index.projectName,
    node,
    group: index.groupOf(node.groupName),
    tests: index.testsOf(nodeIndex),
    build: index.runResults.get(node.uniqueId) ?? null,
    upstream: index.upstreamOf(nodeIndex),
    versions: index.versionsOf(node),
    consumers: {
      local: consumers.filter((c) => c.resourceType !== "exposure"),
      exposures: consumers.filter((c) => c.resourceType === "exposure"),
      otherProjects,
    },
    artifacts: index.artifacts,
  };
}
