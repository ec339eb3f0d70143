import { describe, expect, test } from "vitest";
import type {
  LineageData,
  LineageElement,
  LineageNodeData,
  Neighbours,
} from "./lineage-data";
import { mergeNeighbours } from "./merge-neighbours";

/*
 *   platform.src ─► platform.stg ─► platform.dim ─► finance.fct (focus) ─► finance.board
 *    (source)                           └─────────► platform.ltv
 *
 * All platform nodes are in dbt group "core".
 */
function node(id: string, depth: number): LineageNodeData {
  const [project = "", name = ""] = id.split(".");
  return {
    kind: "node",
    id: `${project}:model.${project}.${name}`,
    uniqueId: `model.${project}.${name}`,
    project,
    name,
    resourceType: name === "src" ? "source" : "model",
    access: null,
    version: null,
    group: project === "platform" ? "core" : null,
    external: false,
    depth,
  };
}

const key = (id: string) => node(id, 0).id;
const toNeighbour = ({ kind: _kind, depth: _depth, ...n }: LineageNodeData) =>
  n;

const EDGES = [
  ["platform.src", "platform.stg"],
  ["platform.stg", "platform.dim"],
  ["platform.dim", "finance.fct"],
  ["platform.dim", "platform.ltv"],
  ["finance.fct", "finance.board"],
].map(([source = "", target = ""]) => ({
  source: key(source),
  target: key(target),
  crossProject: source.split(".")[0] !== target.split(".")[0],
  hidden: false,
}));

/** What the neighbours API answers for one node: it and its neighbours, every edge touching them. */
function neighboursOf(id: string, side: "up" | "down"): Neighbours {
  const ids = new Set([key(id)]);
  for (const e of EDGES) {
    if (side === "up" && e.target === key(id)) ids.add(e.source);
    if (side === "down" && e.source === key(id)) ids.add(e.target);
  }
  const all = [
    "platform.src",
    "platform.stg",
    "platform.dim",
    "platform.ltv",
    "finance.fct",
    "finance.board",
  ].map((n) => node(n, 0));
  return {
    nodes: all.filter((n) => ids.has(n.id)).map(toNeighbour),
    edges: EDGES.filter((e) => ids.has(e.source) || ids.has(e.target)),
    truncated: false,
  };
}

function view(nodes: LineageElement[], collapsed = false): LineageData {
  const ids = new Set(nodes.map((n) => n.id));
  return {
    focus: key("finance.fct"),
    nodes,
    edges: EDGES.filter((e) => ids.has(e.source) && ids.has(e.target)).map(
      (e) => ({ ...e, count: 1 }),
    ),
    total: nodes.length,
    collapsed,
    truncated: false,
  };
}

const LIMITS = { up: 2, down: 1 };

describe("mergeNeighbours", () => {
  const base = view([
    node("finance.fct", 0),
    node("platform.dim", -1),
    node("finance.board", 1),
  ]);

  test("expanding upstream adds the parents one hop further, with the edges to them", () => {
    const { data, added } = mergeNeighbours(
      base,
      key("platform.dim"),
      "up",
      neighboursOf("platform.dim", "up"),
      LIMITS,
    );
    expect(added).toEqual([key("platform.stg")]);
    expect(data.nodes.find((n) => n.id === key("platform.stg"))).toMatchObject({
      depth: -2,
      project: "platform",
    });
    expect(data.edges.map((e) => [e.source, e.target])).toContainEqual([
      key("platform.stg"),
      key("platform.dim"),
    ]);
    // Edges to nodes still not drawn (src, ltv) stay out.
    expect(data.edges).toHaveLength(base.edges.length + 1);
  });

  test("expanding downstream from an upstream node reaches a sibling branch", () => {
    const { data, added } = mergeNeighbours(
      base,
      key("platform.dim"),
      "down",
      neighboursOf("platform.dim", "down"),
      LIMITS,
    );
    expect(added).toEqual([key("platform.ltv")]);
    expect(data.nodes.at(-1)).toMatchObject({ depth: 0 });
  });

  test("nothing new to show leaves the view as it was", () => {
    const merged = mergeNeighbours(
      base,
      key("finance.fct"),
      "down",
      neighboursOf("finance.fct", "down"),
      LIMITS,
    );
    expect(merged).toEqual({ data: base, added: [] });
  });

  test("in a collapsed view, expanded nodes leave the group that counted them", () => {
    const group: LineageElement = {
      kind: "group",
      id: "group:upstream:platform:core",
      side: "upstream",
      project: "platform",
      group: "core",
      projectCount: 1,
      count: 2,
      countsByType: { model: 1, source: 1 },
      minHops: 2,
      maxHops: 3,
      external: false,
    };
    const collapsed = {
      ...view([node("finance.fct", 0), node("platform.dim", -1), group], true),
      edges: [
        {
          source: group.id,
          target: key("platform.dim"),
          crossProject: false,
          hidden: false,
          count: 1,
        },
        ...view([node("finance.fct", 0), node("platform.dim", -1)]).edges,
      ],
    };
    const limits = { up: 3, down: 1 };
    const once = mergeNeighbours(
      collapsed,
      key("platform.dim"),
      "up",
      neighboursOf("platform.dim", "up"),
      limits,
    );
    expect(once.data.nodes.find((n) => n.id === group.id)).toMatchObject({
      count: 1,
      countsByType: { source: 1 },
    });
    const twice = mergeNeighbours(
      once.data,
      key("platform.stg"),
      "up",
      neighboursOf("platform.stg", "up"),
      limits,
    );
    expect(twice.added).toEqual([key("platform.src")]);
    expect(twice.data.nodes.some((n) => n.id === group.id)).toBe(false);
    expect(
      twice.data.edges.some(
        (e) => e.source === group.id || e.target === group.id,
      ),
    ).toBe(false);
  });

  test("beyond the hop limits, a group keeps its count: the node was never in it", () => {
    const group: LineageElement = {
      kind: "group",
      id: "group:upstream:platform:core",
      side: "upstream",
      project: "platform",
      group: "core",
      projectCount: 1,
      count: 5,
      countsByType: { model: 5 },
      minHops: 2,
      maxHops: 2,
      external: false,
    };
    const collapsed = view(
      [node("finance.fct", 0), node("platform.dim", -1), group],
      true,
    );
    const { data } = mergeNeighbours(
      collapsed,
      key("platform.dim"),
      "up",
      neighboursOf("platform.dim", "up"),
      { up: 1, down: 1 },
    );
    expect(data.nodes.find((n) => n.id === group.id)).toMatchObject({
      count: 5,
    });
  });
});
