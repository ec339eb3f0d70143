import { describe, expect, test } from "vitest";
import { expandNeighbours } from "./expand";
import { drawGraph, keyOf } from "./fixture-graph";
import { DEFAULT_TYPE_FILTER } from "./type-filter";

/*
 *   a.stg ──► a.fct ──► b.report
 *               │ ╲
 *               │  ╲──► test:a.unique_fct
 *               ▼
 *   c.other ──► a.mart ──► exposure:a.dash
 */
const GRAPH = drawGraph([
  "a.stg -> a.fct",
  "a.fct -> b.report",
  "a.fct -> test:a.unique_fct",
  "a.fct -> a.mart",
  "c.other -> a.mart",
  "a.mart -> exposure:a.dash",
]);
const shown = (...specs: string[]) => new Set(specs.map(keyOf));

describe("expandNeighbours", () => {
  test.each([
    {
      direction: "down" as const,
      view: ["a.stg", "a.fct"],
      added: ["b.report", "a.mart"],
    },
    { direction: "up" as const, view: ["a.fct"], added: ["a.stg"] },
    {
      direction: "both" as const,
      view: ["a.fct", "b.report"],
      added: ["a.stg", "a.mart"],
    },
  ])(
    "$direction adds only what the view lacks",
    ({ direction, view, added }) => {
      const expansion = expandNeighbours(
        GRAPH,
        keyOf("a.fct"),
        shown(...view),
        {
          direction,
          filter: DEFAULT_TYPE_FILTER,
        },
      );
      expect(expansion.nodes.map((n) => n.key).sort()).toEqual(
        added.map(keyOf).sort(),
      );
    },
  );

  test("links new neighbours to nodes already in view, not to nodes beyond it", () => {
    const expansion = expandNeighbours(
      GRAPH,
      keyOf("a.fct"),
      shown("a.fct", "c.other"),
      { direction: "down", filter: DEFAULT_TYPE_FILTER },
    );
    const pairs = expansion.edges.map((e) => `${e.parent} -> ${e.child}`);
    expect(pairs.sort()).toEqual(
      [
        `${keyOf("a.fct")} -> ${keyOf("b.report")}`,
        `${keyOf("a.fct")} -> ${keyOf("a.mart")}`,
        `${keyOf("c.other")} -> ${keyOf("a.mart")}`,
      ].sort(),
    );
  });

  test("a node with nothing hidden expands to nothing", () => {
    const expansion = expandNeighbours(
      GRAPH,
      keyOf("a.mart"),
      shown("a.fct", "c.other", "a.mart", "exposure:a.dash"),
      { direction: "both", filter: DEFAULT_TYPE_FILTER },
    );
    expect(expansion).toEqual({ nodes: [], edges: [] });
  });
});
