import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, test } from "vitest";
import { computeLayout, LANE_PADDING, toElkGraph } from "./compute-layout";
import type { LayoutNodeInput, LayoutRequest } from "./layout-types";

const elk = new ELK({ algorithms: ["layered"] });

/*
 *   raw (source, platform) ─▶ stg (platform) ─▶ dim (platform) ─▶ fct (finance) ─▶ board (exposure, finance)
 *                                                    └────────────▶ ltv (platform) ─▶ app (exposure, platform)
 *   seed (platform) ─────────────────────────────────────────────────▶ ltv
 */
const NODES: LayoutNodeInput[] = [
  { id: "raw", lane: "platform", layer: "first" },
  { id: "stg", lane: "platform" },
  { id: "dim", lane: "platform" },
  { id: "fct", lane: "finance" },
  { id: "board", lane: "finance", layer: "last" },
  { id: "ltv", lane: "platform" },
  { id: "app", lane: "platform", layer: "last" },
  { id: "seed", lane: "platform", layer: "first" },
].map((n) => ({ width: 200, height: 40, ...n }) as LayoutNodeInput);

const EDGES = [
  ["raw", "stg"],
  ["stg", "dim"],
  ["dim", "fct"],
  ["fct", "board"],
  ["dim", "ltv"],
  ["ltv", "app"],
  ["seed", "ltv"],
].map(([source = "", target = ""]) => ({
  id: `${source}>${target}`,
  source,
  target,
}));

function request(overrides: Partial<LayoutRequest> = {}): LayoutRequest {
  return {
    nodes: NODES,
    edges: EDGES,
    hasLanes: true,
    layerSpacing: 60,
    nodeSpacing: 12,
    edgeRouting: "none",
    ...overrides,
  };
}

describe("computeLayout", () => {
  test("every edge points right: parents sit in earlier layers than children", async () => {
    const { positions } = await computeLayout(elk, request());
    for (const edge of EDGES)
      expect(positions[edge.source]?.x).toBeLessThan(
        positions[edge.target]?.x ?? -Infinity,
      );
  });

  test("sources start the first layer and exposures end in the last", async () => {
    const { positions } = await computeLayout(elk, request());
    const xs = Object.values(positions).map((p) => p.x);
    expect(positions.raw?.x).toBe(Math.min(...xs));
    expect(positions.seed?.x).toBe(Math.min(...xs));
    expect(positions.board?.x).toBe(Math.max(...xs));
    expect(positions.app?.x).toBe(Math.max(...xs));
  });

  test("each node lies inside its own lane, and lanes do not overlap", async () => {
    const { positions, lanes, height } = await computeLayout(elk, request());
    expect(lanes.map((l) => l.id).sort()).toEqual(["finance", "platform"]);
    for (const node of NODES) {
      const lane = lanes.find((l) => l.id === node.lane);
      const y = positions[node.id]?.y ?? NaN;
      expect(y).toBeGreaterThanOrEqual((lane?.y ?? 0) + LANE_PADDING.top);
      expect(y + node.height).toBeLessThanOrEqual(
        (lane?.y ?? 0) + (lane?.height ?? 0),
      );
    }
    const [first, second] = [...lanes].sort((a, b) => a.y - b.y);
    expect((first?.y ?? 0) + (first?.height ?? 0)).toBeLessThanOrEqual(
      second?.y ?? 0,
    );
    expect(height).toBe((second?.y ?? 0) + (second?.height ?? 0));
  });

  test("nodes of one lane and layer do not overlap", async () => {
    const { positions } = await computeLayout(elk, request());
    const boxes = NODES.map((n) => ({ ...n, ...positions[n.id] }));
    for (const a of boxes)
      for (const b of boxes) {
        if (a.id >= b.id || a.x !== b.x) continue;
        const isApart =
          (a.y ?? 0) + a.height <= (b.y ?? 0) ||
          (b.y ?? 0) + b.height <= (a.y ?? 0);
        expect(isApart, `${a.id} and ${b.id}`).toBe(true);
      }
  });

  test("without lanes, positions are ELK's own", async () => {
    const result = await computeLayout(elk, request({ hasLanes: false }));
    expect(result.lanes).toEqual([]);
    expect(Object.keys(result.positions).sort()).toEqual(
      NODES.map((n) => n.id).sort(),
    );
    expect(result.width).toBeGreaterThan(0);
  });
});

describe("computeLayout with routes", () => {
  test("orthogonal routing gives every edge a route from its source to its target", async () => {
    const result = await computeLayout(
      elk,
      request({ hasLanes: false, edgeRouting: "orthogonal" }),
    );
    for (const edge of EDGES) {
      const route = result.routes[edge.id] ?? [];
      const from = result.positions[edge.source];
      const to = result.positions[edge.target];
      expect(route.length).toBeGreaterThanOrEqual(2);
      expect(route[0]?.x).toBe((from?.x ?? 0) + 200);
      expect(route.at(-1)?.x).toBe(to?.x);
      // Orthogonal: each segment is horizontal or vertical.
      for (let i = 1; i < route.length; i++)
        expect(
          route[i]?.x === route[i - 1]?.x || route[i]?.y === route[i - 1]?.y,
        ).toBe(true);
    }
  });

  test("an edge between ports attaches at the ports' heights", async () => {
    const result = await computeLayout(elk, {
      nodes: [
        {
          id: "fact",
          width: 200,
          height: 120,
          ports: [{ id: "fact.customer_id", side: "right", y: 70 }],
        },
        {
          id: "dim",
          width: 200,
          height: 120,
          ports: [{ id: "dim.customer_id", side: "left", y: 30 }],
        },
      ],
      edges: [
        {
          id: "fk",
          source: "fact",
          target: "dim",
          sourcePort: "fact.customer_id",
          targetPort: "dim.customer_id",
        },
      ],
      hasLanes: false,
      layerSpacing: 60,
      nodeSpacing: 12,
      edgeRouting: "orthogonal",
    });
    const route = result.routes.fk ?? [];
    const fact = result.positions.fact;
    const dim = result.positions.dim;
    expect(Math.round(route[0]?.y ?? 0)).toBe(Math.round((fact?.y ?? 0) + 70));
    expect(Math.round(route.at(-1)?.y ?? 0)).toBe(
      Math.round((dim?.y ?? 0) + 30),
    );
  });

  test("polyline routing keeps ELK's routes too, bends and all", async () => {
    const result = await computeLayout(
      elk,
      request({ hasLanes: false, edgeRouting: "polyline" }),
    );
    for (const edge of EDGES)
      expect(result.routes[edge.id]?.length).toBeGreaterThanOrEqual(2);
  });

  test("requests without routing carry no routes: lanes move the nodes", async () => {
    const result = await computeLayout(elk, request());
    expect(result.routes).toEqual({});
  });
});

describe("toElkGraph", () => {
  test("leaves out edges to missing nodes and self-loops", () => {
    const graph = toElkGraph(
      request({
        edges: [
          ...EDGES,
          { id: "ghost", source: "dim", target: "nowhere" },
          { id: "loop", source: "dim", target: "dim" },
        ],
      }),
    );
    expect(graph.edges?.map((e) => e.id)).toEqual(EDGES.map((e) => e.id));
  });

  test("pins a node to an end only when no edge contradicts it", () => {
    const graph = toElkGraph(
      request({
        nodes: [
          { id: "a", width: 1, height: 1, layer: "first" },
          { id: "b", width: 1, height: 1, layer: "first" },
          { id: "c", width: 1, height: 1, layer: "last" },
        ],
        edges: [
          { id: "a>b", source: "a", target: "b" },
          { id: "c>b", source: "c", target: "b" },
        ],
      }),
    );
    const constraint = (id: string) =>
      graph.children?.find((c) => c.id === id)?.layoutOptions?.[
        "elk.layered.layering.layerConstraint"
      ];
    expect(constraint("a")).toBe("FIRST");
    expect(constraint("b")).toBeUndefined();
    expect(constraint("c")).toBeUndefined();
  });
});
