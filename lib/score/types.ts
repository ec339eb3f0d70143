/**
 * The maturity score's shapes: the facts a product is judged on, what a rule
 * says about them, and the score a product ends up with. Everything here is
 * plain data, so a score can be stored as JSON and read back by the pages.
 */
import type { GroupRecord, RunResultRecord } from "@/lib/artifacts/types";
import type { SnapshotNode } from "@/lib/mesh/snapshot";

/** pass, fail, or the rule does not apply to this product (nothing to judge). */
export type CheckStatus = "pass" | "fail" | "not_applicable";

/** What a rule's check found: its verdict and the evidence for it. */
export type RuleOutcome = {
  status: CheckStatus;
  /** One line a person can act on: "3 of 11 columns undocumented: a, b, c". */
  evidence: string;
  /** Advice for this case, when it says more than the rule's general advice. */
  advice?: string;
};

/** A failing rule with an active exception is `excepted`: it blocks nothing. */
export type RuleStatus = CheckStatus | "excepted";

export type Severity = "warn" | "error";

export type AppliedException = {
  reason: string;
  /** The last day the exception applies (YYYY-MM-DD, inclusive). */
  expires: string;
  isExpired: boolean;
};

export type RuleResult = {
  id: string;
  /** The built-in check behind the rule (equal to `id` for the built-in rules). */
  kind: string;
  title: string;
  level: string;
  severity: Severity;
  weight: number;
  status: RuleStatus;
  evidence: string;
  advice: string;
  /** The exception recorded for this product and rule, expired or not. */
  exception: AppliedException | null;
};

export type MissingRule = Pick<
  RuleResult,
  "id" | "title" | "level" | "evidence" | "advice"
>;

export type NextLevel = {
  level: string;
  /** Failing error rules at or below that level: all must pass to reach it. */
  missing: MissingRule[];
  /** Failing warn rules at or below that level: reported, not blocking. */
  warnings: MissingRule[];
};

export type ProductScore = {
  uniqueId: string;
  name: string;
  version: string | null;
  /** The highest level reached, or null when even the first is not. */
  level: string | null;
  /** Weighted share of applicable rules that pass, 0–100. */
  score: number;
  rules: RuleResult[];
  /** What it takes to reach the next level; null at the top level. */
  nextLevel: NextLevel | null;
  owners: string[];
  groupName: string | null;
};

/** A node that uses a product. */
export type ConsumerRef = {
  project: string;
  uniqueId: string;
  name: string;
  resourceType: string;
};

export type Consumers = {
  /** Models, snapshots and semantic-layer nodes of the product's own project. */
  local: ConsumerRef[];
  /** Exposures (dashboards, apps) of the product's own project. */
  exposures: ConsumerRef[];
  /** Nodes of other projects that ref the product; null when unknown (offline, no database). */
  otherProjects: ConsumerRef[] | null;
};

export type TestFact = {
  uniqueId: string;
  name: string;
  testName: string | null;
  columnName: string | null;
  isUnitTest: boolean;
  /** Status in the latest run_results.json, null when the test has no result. */
  status: string | null;
};

export type SourceFact = {
  uniqueId: string;
  /** `source_name.table`. */
  name: string;
  description: string;
  /** Human form of the freshness criteria ("warn after 12 hours"), null when none. */
  freshness: string | null;
  result: { status: string; ageSeconds: number | null } | null;
};

export type UpstreamFacts = {
  /** Local nodes the product depends on, directly or not (models, seeds, snapshots, sources). */
  nodeCount: number;
  testedNodeCount: number;
  tests: { total: number; passing: number; notRun: number; failing: string[] };
  sources: SourceFact[];
};

export type VersionFact = {
  version: string;
  uniqueId: string;
  deprecationDate: string | null;
};

/**
 * Everything a rule may look at about one product, gathered once from the
 * project's snapshot (and, at ingest, other projects' refs).
 */
export type ProductFacts = {
  project: string;
  node: SnapshotNode;
  group: GroupRecord | null;
  tests: TestFact[];
  /** The product's own latest build result. */
  build: RunResultRecord | null;
  upstream: UpstreamFacts;
  /** Every version of the model, the product's own included; empty when unversioned. */
  versions: VersionFact[];
  consumers: Consumers;
  artifacts: {
    hasRunResults: boolean;
    hasSources: boolean;
    hasCatalog: boolean;
  };
};

export type ScoreContext = { now: Date };
