import type { SnapshotColumn, SnapshotNode } from "@/lib/mesh/snapshot";
import type { RuleKind } from "@/lib/score/rule-kind";
import type { ProductFacts, RuleOutcome, TestFact } from "@/lib/score/types";
import { makeNode } from "./nodes";

export const NOW = new Date("2026-03-01T12:00:00Z");

/** A column as the snapshot keeps it. */
export function makeColumn(
  name: string,
  overrides: Partial<SnapshotColumn> = {},
): SnapshotColumn {
  return {
    name,
    description: `The ${name} of the row.`,
    dataType: "text",
    constraints: [],
    tags: [],
    meta: {},
    catalogType: null,
    ...overrides,
  };
}

export function makeTest(
  name: string,
  overrides: Partial<TestFact> = {},
): TestFact {
  return {
    uniqueId: `test.shop.${name}`,
    name,
    testName: null,
    columnName: null,
    isUnitTest: false,
    status: "pass",
    ...overrides,
  };
}

/**
 * The facts of a product that passes nothing in particular: a public model
 * `model.shop.orders` with no columns, tests, owner or consumers. Tests set
 * what their rule looks at.
 */
export function makeFacts(
  node: Partial<SnapshotNode> = {},
  facts: Partial<Omit<ProductFacts, "node">> = {},
): ProductFacts {
  const base = makeNode("model.shop.orders", { access: "public" });
  return {
    project: "shop",
    node: { ...base, columns: [], ...node },
    group: null,
    tests: [],
    build: null,
    upstream: {
      nodeCount: 0,
      testedNodeCount: 0,
      tests: { total: 0, passing: 0, notRun: 0, failing: [] },
      sources: [],
    },
    versions: [],
    consumers: { local: [], exposures: [], otherProjects: [] },
    artifacts: { hasRunResults: true, hasSources: true, hasCatalog: true },
    ...facts,
  };
}

/** Runs one rule kind on facts, with parameters validated as a policy would. */
export function runRule(
  kind: RuleKind,
  facts: ProductFacts,
  params: Record<string, unknown> = {},
): RuleOutcome {
  const parsed = kind.parseParams(params);
  if (!parsed.success) throw parsed.error;
  return kind.bind(parsed.data)(facts, { now: NOW });
}
