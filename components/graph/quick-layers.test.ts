import { describe, expect, test } from "vitest";
import type { LayoutNodeInput, LayoutRequest } from "./layout-types";
import {
  isQuickLayout,
  LARGE_GRAPH,
  layOutQuickly,
  placeInLayers,
} from "./quick-layers";

function node(
  id: string,
  extra: Partial<LayoutNodeInput> = {},
): LayoutNodeInput {
  return { id, width: 200, height: 40, ...extra };
}

function request(
  nodes: LayoutNodeInput[],
  pairs: [string, string][],
  overrides: Partial<LayoutRequest> = {},
): LayoutRequest {
  return {
    nodes,
    edges: pairs.map(([source, target]) => ({
      id: `${source}>${target}`,
      source,
      target,
    })),
    hasLanes: false,
    layerSpacing: 60,
    nodeSpacing: 12,
    edgeRouting: "none",
    ...overrides,
  };
}

describe("placeInLayers", () => {
  test("every edge points right, a node one layer past its furthest parent", () => {
    const placed = placeInLayers(
      request(
        ["a", "b", "c", "d"].map((id) => node(id)),
        [
          ["a", "b"],
          ["b", "c"],
          ["a", "c"],
          ["c", "d"],
        ],
      ),
    );
    const x = (id: string) => placed.get(id)?.x ?? NaN;
    expect(x("a")).toBeLessThan(x("b"));
    expect(x("b")).toBeLessThan(x("c"));
    expect(x("c")).toBeLessThan(x("d"));
    expect(x("b") - x("a")).toBe(260);
  });

  test("pinned nodes go to the first and last layers", () => {
    const placed = placeInLayers(
      request(
        [
          node("src", { layer: "first" }),
          node("a"),
          node("b"),
          node("c"),
          node("dash", { layer: "last" }),
        ],
        [
          ["a", "b"],
          ["b", "c"],
          ["src", "c"],
          ["a", "dash"],
        ],
      ),
    );
    const x = (id: string) => placed.get(id)?.x ?? NaN;
    expect(x("src")).toBe(0);
    expect(x("dash")).toBe(x("c"));
  });

  test("a cycle between folded groups still places every node", () => {
    const placed = placeInLayers(
      request(
        ["g1", "g2", "g3", "x"].map((id) => node(id)),
        [
          ["g1", "g2"],
          ["g2", "g3"],
          ["g3", "g1"],
          ["x", "g2"],
        ],
      ),
    );
    expect([...placed.keys()].sort()).toEqual(["g1", "g2", "g3", "x"]);
  });

  test("a layer follows the order of its parents, so parallel chains do not cross", () => {
    // Listed so that the second layer starts crossed: a2 under b2.
    const placed = placeInLayers(
      request(
        ["a1", "b1", "b2", "a2"].map((id) => node(id)),
        [
          ["a1", "a2"],
          ["b1", "b2"],
        ],
      ),
    );
    const y = (id: string) => placed.get(id)?.y ?? NaN;
    expect(Math.sign(y("a1") - y("b1"))).toBe(Math.sign(y("a2") - y("b2")));
  });
});

describe("layOutQuickly", () => {
  test("keeps each lane's nodes inside it", () => {
    const nodes = ["a", "b", "c", "d"].map((id, i) =>
      node(id, { lane: i % 2 === 0 ? "one" : "two" }),
    );
    const result = layOutQuickly(
      request(
        nodes,
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
        ],
        { hasLanes: true },
      ),
    );
    expect(result.lanes.map((l) => l.id).sort()).toEqual(["one", "two"]);
    for (const n of nodes) {
      const lane = result.lanes.find((l) => l.id === n.lane);
      const y = result.positions[n.id]?.y ?? NaN;
      expect(y).toBeGreaterThanOrEqual(lane?.y ?? Infinity);
      expect(y + n.height).toBeLessThanOrEqual(
        (lane?.y ?? 0) + (lane?.height ?? 0),
      );
    }
  });
});

describe("isQuickLayout", () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => node(`n${i}`));

  test("large graphs without routes or ports", () => {
    expect(isQuickLayout(request(many(LARGE_GRAPH + 1), []))).toBe(true);
    expect(isQuickLayout(request(many(LARGE_GRAPH), []))).toBe(false);
    expect(
      isQuickLayout(
        request(many(LARGE_GRAPH + 1), [], { edgeRouting: "polyline" }),
      ),
    ).toBe(false);
  });
});
