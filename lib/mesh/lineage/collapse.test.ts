import { describe, expect, test } from "vitest";
import { collapseLineage, type DrawnNode } from "./collapse";
import { listGroupKeys } from "./collapse-groups";
import { drawGraph, keyOf } from "./fixture-graph";
import { buildAdjacency, type LineageEdge, type LineageNode } from "./graph";
import { selectLineage } from "./traverse";
import { DEFAULT_TYPE_FILTER } from "./type-filter";

const FULL = { up: Infinity, down: Infinity, filter: DEFAULT_TYPE_FILTER };

/*
 * A hub with two parents and two children, each child fanning out into a
 * project of its own, split into dbt groups g0..g2:
 *
 *   hub.raw_a ─┐                   ┌─► east.m0..m(n-1)   (groups g0, g1, g2)
 *              ├─► hub.focus ──► hub.left ─┘
 *   hub.raw_b ─┘         └────► hub.right ──► west.m0..m(n-1)   (groups g0, g1, g2)
 *
 * Every east.mi also feeds west.mi (a cross-project edge between the fans).
 */
function drawFan(perSide: number) {
  const base = drawGraph([
    "hub.raw_a -> hub.focus",
    "hub.raw_b -> hub.focus",
    "hub.focus -> hub.left",
    "hub.focus -> hub.right",
  ]);
  const nodes: LineageNode[] = [...base.nodes.values()];
  const edges: LineageEdge[] = [...base.edges];
  for (const [project, from] of [
    ["east", keyOf("hub.left")],
    ["west", keyOf("hub.right")],
  ] as const) {
    for (let i = 0; i < perSide; i++) {
      const uniqueId = `model.${project}.m${i}`;
      const key = `${project}:${uniqueId}`;
      nodes.push({
        key,
        uniqueId,
        project,
        name: `m${i}`,
        resourceType: i % 10 === 0 ? "exposure" : "model",
        access: null,
        version: null,
        group: `g${i % 3}`,
        isExternal: false,
      });
      edges.push({
        parent: from,
        child: key,
        isCrossProject: true,
        isHidden: false,
      });
    }
  }
  for (let i = 0; i < perSide; i++)
    edges.push({
      parent: `east:model.east.m${i}`,
      child: `west:model.west.m${i}`,
      isCrossProject: true,
      isHidden: false,
    });
  return buildAdjacency({ nodes, edges });
}

const groupsOf = (nodes: DrawnNode[]) =>
  nodes.flatMap((n) => (n.kind === "group" ? [n] : []));

describe("collapseLineage", () => {
  test("a view within the budget is returned whole", () => {
    const view = selectLineage(drawFan(10), keyOf("hub.focus"), FULL);
    const drawn = collapseLineage(view, 500);
    expect(drawn.isCollapsed).toBe(false);
    expect(drawn.nodes).toHaveLength(25);
    expect(drawn.edges.every((e) => e.count === 1)).toBe(true);
  });

  test("past the budget, the focus and its neighbours stay and the rest folds by project and group", () => {
    const view = selectLineage(drawFan(300), keyOf("hub.focus"), FULL);
    const drawn = collapseLineage(view, 500);
    expect(drawn).toMatchObject({ isCollapsed: true, total: 605 });
    const expanded = drawn.nodes.filter((n) => n.kind === "node");
    expect(expanded.map((n) => n.key).sort()).toEqual(
      ["hub.focus", "hub.raw_a", "hub.raw_b", "hub.left", "hub.right"]
        .map(keyOf)
        .sort(),
    );
    const groups = groupsOf(drawn.nodes);
    expect(groups.map((g) => [g.project, g.group, g.count])).toEqual([
      ["east", "g0", 100],
      ["east", "g1", 100],
      ["east", "g2", 100],
      ["west", "g0", 100],
      ["west", "g1", 100],
      ["west", "g2", 100],
    ]);
    expect(groups[0]?.countsByType).toEqual({ exposure: 10, model: 90 });
    expect(groups[0]).toMatchObject({ side: "downstream", minHops: 2 });
  });

  test("edges between folded nodes become counted edges between their groups", () => {
    const drawn = collapseLineage(
      selectLineage(drawFan(300), keyOf("hub.focus"), FULL),
      500,
    );
    const edge = (source: string, target: string) =>
      drawn.edges.find((e) => e.source === source && e.target === target);
    expect(edge(keyOf("hub.left"), "group:downstream:east:g0")).toMatchObject({
      count: 100,
      isCrossProject: true,
    });
    expect(
      edge("group:downstream:east:g1", "group:downstream:west:g1"),
    ).toMatchObject({ count: 100 });
    expect(
      edge("group:downstream:east:g0", "group:downstream:west:g1"),
    ).toBeUndefined();
    expect(drawn.edges.reduce((sum, e) => sum + e.count, 0)).toBe(
      4 + 600 + 300,
    );
  });

  test("a tighter budget coarsens dbt groups to projects", () => {
    const drawn = collapseLineage(
      selectLineage(drawFan(300), keyOf("hub.focus"), FULL),
      10,
    );
    expect(groupsOf(drawn.nodes).map((g) => [g.key, g.count])).toEqual([
      ["group:downstream:east", 300],
      ["group:downstream:west", 300],
    ]);
  });

  /*
   *   many.focus ──► many.hub ──► p00.m0..m(k-1)
   *                         ├───► p01.m0..m(k-1)   (project pNN has NN + 1 models)
   *                         └───► ... p29
   */
  test("past one node per project, the smallest projects share an 'other projects' node", () => {
    const lines = ["many.focus -> many.hub"];
    for (let p = 0; p < 30; p++)
      for (let m = 0; m <= p; m++)
        lines.push(`many.hub -> p${String(p).padStart(2, "0")}.m${m}`);
    const view = selectLineage(drawGraph(lines), keyOf("many.focus"), FULL);
    const drawn = collapseLineage(view, 20);
    expect(drawn.nodes).toHaveLength(20);
    const groups = groupsOf(drawn.nodes);
    const other = groups.find((g) => g.project === null);
    expect(other).toMatchObject({
      key: "group:downstream:*",
      projectCount: 30 - 17,
      count: ((30 - 17) * (30 - 17 + 1)) / 2,
    });
    expect(
      groups.filter((g) => g.project !== null).map((g) => g.project),
    ).toEqual(Array.from({ length: 17 }, (_, i) => `p${29 - 16 + i}`));
  });

  test("too many direct neighbours: as many as half the budget stay, the rest fold", () => {
    const view = selectLineage(drawFan(300), keyOf("hub.left"), {
      ...FULL,
      up: 0,
      down: 1,
    });
    const drawn = collapseLineage(view, 100);
    expect(drawn.nodes.filter((n) => n.kind === "node")).toHaveLength(50);
    expect(groupsOf(drawn.nodes).reduce((s, g) => s + g.count, 0)).toBe(251);
    expect(drawn.nodes[0]?.key).toBe(keyOf("hub.left"));
  });

  test("listGroupKeys names the group that folded a node, at each grain", () => {
    const view = selectLineage(drawFan(300), keyOf("hub.focus"), FULL);
    const [byGroup, byProject] = listGroupKeys("downstream", "west", "g2");
    const fine = groupsOf(collapseLineage(view, 500).nodes);
    expect(fine.map((g) => g.key)).toContain(byGroup);
    const coarse = groupsOf(collapseLineage(view, 10).nodes);
    expect(coarse.map((g) => g.key)).toContain(byProject);
    expect(listGroupKeys("upstream", "p", null)).toEqual([
      "group:upstream:p:",
      "group:upstream:p",
      "group:upstream:*",
    ]);
  });
});
