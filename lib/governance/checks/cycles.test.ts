import { expect, test } from "vitest";
import { emptyFacts } from "@/tests/governance-facts";
import type { NodeEdge } from "../types";
import { MODEL_CYCLE, PROJECT_CYCLE } from "./cycles";

const NOW = { now: new Date("2026-12-03T12:00:00Z") };

/*
 *  Projects (consumer ──► producer):
 *
 *    finance ──► platform ──► marketing ──► finance      a three-project cycle
 *    sales ──► platform                                   not on it
 *    ops ──► hr ──► ops                                   a two-way dependency
 */
const DEPENDENCIES = [
  ["finance", "platform"],
  ["platform", "marketing"],
  ["marketing", "finance"],
  ["sales", "platform"],
  ["ops", "hr"],
  ["hr", "ops"],
].map(([consumer, producer]) => ({ consumer: consumer!, producer: producer! }));

test("every project on a project cycle offends, with the cycle through it", () => {
  const findings = PROJECT_CYCLE.run(
    emptyFacts({ dependencies: DEPENDENCIES }),
    {},
    NOW,
  );
  expect(findings.map((f) => f.project).sort()).toEqual([
    "finance",
    "hr",
    "marketing",
    "ops",
    "platform",
  ]);
  expect(findings.find((f) => f.project === "ops")?.message).toBe(
    "depends on itself through other projects: ops → hr → ops",
  );
  expect(findings.find((f) => f.project === "finance")?.message).toBe(
    "depends on itself through other projects: finance → platform → marketing → finance",
  );
});

const edge = (child: string, parent: string): NodeEdge => {
  const [childProject, childId] = child.split(":") as [string, string];
  const [parentProject, parentId] = parent.split(":") as [string, string];
  return {
    child: { project: childProject, uniqueId: childId },
    parent: { project: parentProject, uniqueId: parentId },
  };
};

test.each([
  {
    /*
     *  finance.a ──► platform.b ──► platform.c ──► finance.a    (child ──► the parent it refs)
     */
    name: "a model-level cycle across two projects",
    edges: [
      edge("finance:model.finance.a", "platform:model.platform.b"),
      edge("platform:model.platform.b", "platform:model.platform.c"),
      edge("platform:model.platform.c", "finance:model.finance.a"),
    ],
    offenders: ["finance:model.finance.a", "platform:model.platform.b"],
  },
  {
    /*
     *  finance.a ──► platform.b        platform.c ──► finance.d
     *  (the projects depend on each other, the models form a DAG)
     */
    name: "a two-way project dependency whose models form a DAG",
    edges: [
      edge("finance:model.finance.a", "platform:model.platform.b"),
      edge("platform:model.platform.c", "finance:model.finance.d"),
    ],
    offenders: [],
  },
])("$name", ({ edges, offenders }) => {
  const findings = MODEL_CYCLE.run(emptyFacts({ cycleEdges: edges }), {}, NOW);
  expect(findings.map((f) => `${f.project}:${f.uniqueId}`).sort()).toEqual(
    offenders,
  );
});

test("a model cycle shows the path that closes it", () => {
  const findings = MODEL_CYCLE.run(
    emptyFacts({
      cycleEdges: [
        edge("finance:model.finance.a", "platform:model.platform.b"),
        edge("platform:model.platform.b", "finance:model.finance.a"),
      ],
    }),
    {},
    NOW,
  );
  expect(findings[0]?.message).toBe(
    "depends on itself across projects: finance:model.finance.a → platform:model.platform.b → finance:model.finance.a",
  );
});
