import { describe, expect, test } from "vitest";
import type { ImpactReport } from "./impact";
import { pageImpactReport } from "./impact-page";

// Five impacted nodes in report order:
//   finance: alice → [a1, a2], bob → [b1]
//   sales:   carol → [c1, c2]
const node = (key: string) => ({
  key,
  uniqueId: `model.x.${key}`,
  project: "x",
  name: key,
  resourceType: "model",
  depth: 1,
  path: ["focus", key],
  owner: null,
});
const REPORT = {
  focus: "focus",
  total: 5,
  exposures: 0,
  isTruncated: false,
  projects: [
    {
      project: "finance",
      count: 3,
      owners: [
        { owner: null, nodes: [node("a1"), node("a2")] },
        { owner: null, nodes: [node("b1")] },
      ],
    },
    {
      project: "sales",
      count: 2,
      owners: [{ owner: null, nodes: [node("c1"), node("c2")] }],
    },
  ],
} as unknown as ImpactReport;

const keysOf = (report: ImpactReport) =>
  report.projects.flatMap((p) =>
    p.owners.flatMap((g) => g.nodes.map((n) => n.key)),
  );

describe("pageImpactReport", () => {
  test.each([
    { offset: 0, limit: 10, keys: ["a1", "a2", "b1", "c1", "c2"], next: null },
    { offset: 0, limit: 2, keys: ["a1", "a2"], next: 2 },
    { offset: 2, limit: 2, keys: ["b1", "c1"], next: 4 },
    { offset: 4, limit: 2, keys: ["c2"], next: null },
    { offset: 5, limit: 2, keys: [], next: null },
    { offset: 9, limit: 2, keys: [], next: null },
  ])(
    "offset $offset, limit $limit → $keys",
    ({ offset, limit, keys, next }) => {
      const page = pageImpactReport(REPORT, { offset, limit });
      expect(keysOf(page.report)).toEqual(keys);
      expect(page.returned).toBe(keys.length);
      expect(page.nextOffset).toBe(next);
    },
  );

  test("a page keeps the whole report's totals and each project's count", () => {
    const page = pageImpactReport(REPORT, { offset: 2, limit: 2 });
    expect(page.report.total).toBe(5);
    expect(page.report.projects.map((p) => [p.project, p.count])).toEqual([
      ["finance", 3],
      ["sales", 2],
    ]);
  });
});
