/**
 * What the layout worker is asked and what it answers. Only sizes, ids and
 * lanes cross the thread boundary: labels and data stay on the main thread.
 */

export type LayoutNodeInput = {
  id: string;
  width: number;
  height: number;
  /** The lane (project) the node is drawn in, when the layout has lanes. */
  lane?: string;
  /** Pins the node to the first (upstream end) or last (downstream end) layer. */
  layer?: "first" | "last";
  /** Fixed points on its sides where edges attach (a table's column rows). */
  ports?: LayoutPortInput[];
};

export type LayoutPortInput = {
  id: string;
  side: "left" | "right";
  /** Distance from the node's top. */
  y: number;
};

export type LayoutEdgeInput = {
  id: string;
  source: string;
  target: string;
  /** Ports of the source and target nodes the edge attaches to, if any. */
  sourcePort?: string;
  targetPort?: string;
};

export type LayoutRequest = {
  nodes: LayoutNodeInput[];
  edges: LayoutEdgeInput[];
  /** Horizontal bands, one per lane, each holding its nodes in every layer. */
  hasLanes: boolean;
  /** Space between layers and between nodes of a layer, in pixels. */
  layerSpacing: number;
  nodeSpacing: number;
  /**
   * "none": ELK's routes are not kept (lanes move the nodes). "orthogonal"
   * and "polyline": ELK routes every edge around the nodes and the result
   * carries the routes; polyline costs about half as much on large graphs.
   */
  edgeRouting: "none" | "polyline" | "orthogonal";
};

export type Point = { x: number; y: number };

export type LaneBox = { id: string; y: number; height: number };

export type LayoutResult = {
  positions: Record<string, Point>;
  lanes: LaneBox[];
  /** Each edge's route from source to target, when ELK's routes are kept. */
  routes: Record<string, Point[]>;
  width: number;
  height: number;
  /** Time the worker spent, for the benchmarks. */
  elapsedMs: number;
};

export type WorkerRequest = { id: number; request: LayoutRequest };

export type WorkerResponse =
  { id: number; result: LayoutResult } | { id: number; error: string };
