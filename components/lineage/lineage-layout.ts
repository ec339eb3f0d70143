import type { LayoutRequest } from "@/components/graph/layout-types";
import type { LineageData, LineageElement } from "./lineage-data";

export const NODE_SIZE = { width: 220, height: 56 } as const;
export const GROUP_SIZE = { width: 220, height: 92 } as const;

/** The lane of folded nodes from several projects ("other projects"). */
export const OTHER_LANE = "*";

/** The project lane an element is drawn in. */
export function getLaneOf(element: LineageElement): string {
  return element.kind === "node"
    ? element.project
    : (element.project ?? OTHER_LANE);
}

export function getSizeOf(element: LineageElement): {
  width: number;
  height: number;
} {
  return element.kind === "node" ? NODE_SIZE : GROUP_SIZE;
}

/** The id of a drawn edge. */
export function getEdgeId(source: string, target: string): string {
  return `${source}->${target}`;
}

/**
 * What the layout worker gets for a lineage view: every drawn element with
 * its size and project lane; sources pinned to the upstream end and
 * exposures to the downstream end, as a reader of lineage expects them.
 */
export function toLayoutRequest(data: LineageData): LayoutRequest {
  return {
    nodes: data.nodes.map((element) => {
      const layer =
        element.kind === "node" && element.resourceType === "source"
          ? ("first" as const)
          : element.kind === "node" && element.resourceType === "exposure"
            ? ("last" as const)
            : undefined;
      return {
        id: element.id,
        ...getSizeOf(element),
        lane: getLaneOf(element),
        ...(layer ? { layer } : {}),
      };
    }),
    edges: data.edges.map((e) => ({
      id: getEdgeId(e.source, e.target),
      source: e.source,
      target: e.target,
    })),
    hasLanes: true,
    layerSpacing: 72,
    nodeSpacing: 14,
    edgeRouting: "none",
  };
}
