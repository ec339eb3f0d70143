import { collapseLineage } from "@/lib/mesh/lineage/collapse";
import {
  buildAdjacency,
  type LineageEdge,
  type LineageNode,
} from "@/lib/mesh/lineage/graph";
import { selectLineage } from "@/lib/mesh/lineage/traverse";
import { DEFAULT_TYPE_FILTER } from "@/lib/mesh/lineage/type-filter";

/**
 * Times the pure half of a large lineage view: walking a `size`-node
 * neighbourhood and collapsing it to 500 drawn elements. The graph: a focus
 * feeding 20 projects of 5 dbt groups each, every node with two parents one
 * level up, levels as deep as the size needs.
 */
export function timeCollapseInMemory(size: number): string {
  const nodes: LineageNode[] = [];
  const edges: LineageEdge[] = [];
  const node = (i: number): LineageNode => {
    const project = i === 0 ? "hub" : `p${i % 20}`;
    const uniqueId = `model.${project}.m${i}`;
    return {
      key: `${project}:${uniqueId}`,
      uniqueId,
      project,
      name: `m${i}`,
      resourceType: i % 50 === 0 ? "exposure" : "model",
      access: null,
      version: null,
      group: `g${i % 5}`,
      isExternal: false,
    };
  };
  for (let i = 0; i < size; i++) nodes.push(node(i));
  const width = 40;
  for (let i = 1; i < size; i++) {
    const parent = Math.max(0, i - width - (i % 3));
    const other = Math.max(0, i - width - 1);
    const child = nodes[i] as LineageNode;
    for (const p of new Set([parent, other])) {
      const from = nodes[p] as LineageNode;
      edges.push({
        parent: from.key,
        child: child.key,
        isCrossProject: from.project !== child.project,
        isHidden: false,
      });
    }
  }
  const graph = buildAdjacency({ nodes, edges });
  const run = () => {
    const start = performance.now();
    const view = selectLineage(graph, nodes[0]?.key ?? "", {
      up: Infinity,
      down: Infinity,
      filter: DEFAULT_TYPE_FILTER,
    });
    const walked = performance.now();
    const drawn = collapseLineage(view);
    const end = performance.now();
    return `| ${size} nodes, ${edges.length} edges | walk ${(walked - start).toFixed(1)} ms | collapse ${(end - walked).toFixed(1)} ms | ${drawn.nodes.length} drawn, ${drawn.edges.length} edges |`;
  };
  run(); // warm-up
  return run();
}
