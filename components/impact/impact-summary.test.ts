import { describe, expect, test } from "vitest";
import type { LineageNode } from "@/lib/mesh/lineage/graph";
import type { ImpactReport, ImpactedNode } from "@/lib/mesh/lineage/impact";
import {
  describePath,
  indexImpactNodes,
  limitRows,
  summarizeImpact,
} from "./impact-summary";

function node(project: string, name: string, type = "model"): LineageNode {
  const uniqueId = `${type}.${project}.${name}`;
  return {
    key: `${project}:${uniqueId}`,
    uniqueId,
    project,
    name,
    resourceType: type,
    access: null,
    version: null,
    group: null,
    isExternal: false,
  };
}

function impacted(n: LineageNode, path: string[]): ImpactedNode {
  return { ...n, depth: path.length - 1, path, owner: null };
}

/*
 *   platform.dim ─► platform.fct ─► finance.rev ─► finance.board (exposure)
 *                         └───────► marketing.roi
 */
const dim = { ...node("platform", "dim"), version: "2" };
const fct = node("platform", "fct");
const rev = node("finance", "rev");
const board = node("finance", "board", "exposure");
const roi = node("marketing", "roi");
const REPORT: ImpactReport = {
  focus: dim.key,
  total: 4,
  exposures: 1,
  isTruncated: false,
  projects: [
    {
      project: "platform",
      count: 1,
      owners: [
        {
          owner: { name: "Core", email: "core@x.example" },
          nodes: [impacted(fct, [dim.key, fct.key])],
        },
      ],
    },
    {
      project: "finance",
      count: 2,
      owners: [
        {
          owner: { name: "Core", email: "core@x.example" },
          nodes: [impacted(rev, [dim.key, fct.key, rev.key])],
        },
        {
          owner: null,
          nodes: [impacted(board, [dim.key, fct.key, rev.key, board.key])],
        },
      ],
    },
    {
      project: "marketing",
      count: 1,
      owners: [
        {
          owner: { name: "Growth", email: null },
          nodes: [impacted(roi, [dim.key, fct.key, roi.key])],
        },
      ],
    },
  ],
};

describe("impact summary", () => {
  test("counts nodes, exposures, projects beyond the focus's own, and owners", () => {
    expect(summarizeImpact(dim, REPORT)).toEqual({
      total: 4,
      exposures: 1,
      projects: 3,
      otherProjects: 2,
      owners: 2,
    });
  });

  test("a path names its steps and marks the hops into another project", () => {
    const steps = describePath(
      [dim.key, fct.key, rev.key, board.key],
      indexImpactNodes(dim, REPORT),
    );
    expect(steps.map((s) => [s.name, s.project, s.isCrossProject])).toEqual([
      ["dim v2", "platform", false],
      ["fct", "platform", false],
      ["rev", "finance", true],
      ["board", "finance", false],
    ]);
  });

  test("a step the report does not know keeps the last part of its id", () => {
    const [step] = describePath(["finance:test.finance.not_null_x"], new Map());
    expect(step).toMatchObject({ name: "not_null_x", project: "finance" });
  });

  test("rows are cut across owner groups, in order", () => {
    const finance = REPORT.projects[1];
    if (!finance) throw new Error("fixture");
    const { owners, hidden } = limitRows(finance, 1);
    expect(owners.map((o) => o.nodes.map((n) => n.name))).toEqual([["rev"]]);
    expect(hidden).toBe(1);
    expect(limitRows(finance, 5).hidden).toBe(0);
  });
});
