import type { ELK, ElkNode, LayoutOptions } from "elkjs/lib/elk-api";
import type {
  LaneBox,
  LayoutNodeInput,
  LayoutRequest,
  LayoutResult,
  Point,
} from "./layout-types";

/** Room above a lane's nodes for its label, and below them. */
export const LANE_PADDING = { top: 40, bottom: 20 } as const;
/** Space between two lanes. */
export const LANE_GAP = 16;

// Speed over polish where it does not show: lanes re-place nodes vertically
// anyway, and edges are drawn as curves between handles, not ELK's routes.
const BASE_OPTIONS: LayoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.thoroughness": "2",
  "elk.layered.nodePlacement.strategy": "SIMPLE",
  "elk.layered.crossingMinimization.greedySwitch.type": "OFF",
  "elk.padding": "[top=0,left=0,bottom=0,right=0]",
};

/**
 * The ELK graph of a layout request: one layered, left-to-right graph. Edges
 * to nodes the request lacks are left out (ELK rejects them), and a node is
 * pinned to the first or last layer only when no edge contradicts it.
 */
export function toElkGraph(request: LayoutRequest): ElkNode {
  const ids = new Set(request.nodes.map((n) => n.id));
  const ports = new Set(
    request.nodes.flatMap((n) => (n.ports ?? []).map((p) => p.id)),
  );
  const hasPort = (port: string | undefined) =>
    port === undefined || ports.has(port);
  const edges = request.edges.filter(
    (e) =>
      ids.has(e.source) &&
      ids.has(e.target) &&
      e.source !== e.target &&
      hasPort(e.sourcePort) &&
      hasPort(e.targetPort),
  );
  const hasParents = new Set(edges.map((e) => e.target));
  const hasChildren = new Set(edges.map((e) => e.source));
  const constraintOf = (node: LayoutNodeInput): LayoutOptions | undefined => {
    if (node.layer === "first" && !hasParents.has(node.id))
      return { "elk.layered.layering.layerConstraint": "FIRST" };
    if (node.layer === "last" && !hasChildren.has(node.id))
      return { "elk.layered.layering.layerConstraint": "LAST" };
    return undefined;
  };
  return {
    id: "root",
    layoutOptions: {
      ...BASE_OPTIONS,
      "elk.edgeRouting":
        request.edgeRouting === "orthogonal" ? "ORTHOGONAL" : "POLYLINE",
      "elk.layered.spacing.nodeNodeBetweenLayers": String(request.layerSpacing),
      "elk.spacing.nodeNode": String(request.nodeSpacing),
    },
    children: request.nodes.map((node) => {
      const constraint = constraintOf(node);
      const layoutOptions = {
        ...constraint,
        ...(node.ports ? { "elk.portConstraints": "FIXED_POS" } : {}),
      };
      return {
        id: node.id,
        width: node.width,
        height: node.height,
        ...(Object.keys(layoutOptions).length > 0 ? { layoutOptions } : {}),
        ...(node.ports
          ? {
              ports: node.ports.map((port) => ({
                id: port.id,
                width: 1,
                height: 1,
                x: port.side === "left" ? -1 : node.width,
                y: port.y - 0.5,
              })),
            }
          : {}),
      };
    }),
    edges: edges.map((e) => ({
      id: e.id,
      sources: [e.sourcePort ?? e.source],
      targets: [e.targetPort ?? e.target],
    })),
  };
}

/** Lays a request out with ELK, then, when asked, arranges the nodes in lanes. */
export async function computeLayout(
  elk: ELK,
  request: LayoutRequest,
): Promise<LayoutResult> {
  const start = performance.now();
  const laidOut = await elk.layout(toElkGraph(request));
  const placed = new Map<string, Point>();
  for (const child of laidOut.children ?? [])
    placed.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  const arranged = request.hasLanes
    ? arrangeLanes(request.nodes, placed, request.nodeSpacing)
    : {
        positions: Object.fromEntries(placed),
        lanes: [],
        width: laidOut.width ?? 0,
        height: laidOut.height ?? 0,
      };
  const routes: Record<string, Point[]> = {};
  if (request.edgeRouting !== "none")
    for (const edge of laidOut.edges ?? []) {
      const section = edge.sections?.[0];
      if (section)
        routes[edge.id] = [
          section.startPoint,
          ...(section.bendPoints ?? []),
          section.endPoint,
        ].map(({ x, y }) => ({ x, y }));
    }
  return { ...arranged, routes, elapsedMs: performance.now() - start };
}

type Arranged = Omit<LayoutResult, "elapsedMs" | "routes">;

/**
 * Re-places laid-out nodes in horizontal lanes, one per `lane`: each keeps
 * its layer (x) and its order within the layer (ELK's crossing-minimised
 * order), and each lane is as tall as its tallest layer. Lanes are ordered by
 * where ELK put their nodes on average, so that lanes that trade edges sit
 * close together.
 */
export function arrangeLanes(
  nodes: readonly LayoutNodeInput[],
  placed: ReadonlyMap<string, Point>,
  nodeSpacing: number,
): Arranged {
  const laneOf = (node: LayoutNodeInput) => node.lane ?? "";
  const cells = new Map<string, Map<number, LayoutNodeInput[]>>();
  const meanY = new Map<string, { sum: number; count: number }>();
  let width = 0;
  for (const node of nodes) {
    const point = placed.get(node.id);
    if (!point) continue;
    const lane = laneOf(node);
    const layers = cells.get(lane) ?? new Map<number, LayoutNodeInput[]>();
    cells.set(lane, layers);
    const x = Math.round(point.x);
    layers.set(x, [...(layers.get(x) ?? []), node]);
    const mean = meanY.get(lane) ?? { sum: 0, count: 0 };
    meanY.set(lane, { sum: mean.sum + point.y, count: mean.count + 1 });
    width = Math.max(width, point.x + node.width);
  }
  const average = (lane: string) => {
    const mean = meanY.get(lane);
    return mean ? mean.sum / mean.count : 0;
  };
  const order = [...cells.keys()].sort(
    (a, b) => average(a) - average(b) || a.localeCompare(b),
  );
  const positions: Record<string, Point> = {};
  const lanes: LaneBox[] = [];
  let top = 0;
  for (const lane of order) {
    const layers = cells.get(lane) ?? new Map<number, LayoutNodeInput[]>();
    const stackHeight = (stack: LayoutNodeInput[]) =>
      stack.reduce((sum, n) => sum + n.height, 0) +
      nodeSpacing * Math.max(stack.length - 1, 0);
    const inner = Math.max(...[...layers.values()].map(stackHeight));
    for (const [x, stack] of layers) {
      stack.sort(
        (a, b) => (placed.get(a.id)?.y ?? 0) - (placed.get(b.id)?.y ?? 0),
      );
      let y = top + LANE_PADDING.top + (inner - stackHeight(stack)) / 2;
      for (const node of stack) {
        positions[node.id] = { x, y };
        y += node.height + nodeSpacing;
      }
    }
    const height = LANE_PADDING.top + inner + LANE_PADDING.bottom;
    lanes.push({ id: lane, y: top, height });
    top += height + LANE_GAP;
  }
  return { positions, lanes, width, height: Math.max(top - LANE_GAP, 0) };
}
