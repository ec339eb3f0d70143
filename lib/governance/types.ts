/**
 * Mesh-wide governance: the facts the checks read about the whole ingested
 * mesh, and what a check finds. Plain data, so that a run can be stored as
 * rows and JSON and read back by the pages and the API.
 */
import type { Severity } from "@/lib/score/types";

export type { Severity };

/** A model (or seed, snapshot) one project builds, with its governance fields. */
export type MeshModel = {
  project: string;
  uniqueId: string;
  name: string;
  resourceType: string;
  access: string | null;
  version: string | null;
  latestVersion: string | null;
  /** ISO instant; null when the version is not deprecated. */
  deprecationDate: string | null;
  contractEnforced: boolean;
  materialized: string | null;
  database: string | null;
  schema: string | null;
  /** The relation's name in the warehouse (alias, else the model's name). */
  identifier: string;
  meta: Record<string, unknown>;
  group: {
    name: string;
    ownerName: string | null;
    ownerEmail: string | null;
  } | null;
};

/** A source a project declares, and the relation it reads. */
export type MeshSource = {
  project: string;
  uniqueId: string;
  /** `source_name.table`. */
  name: string;
  database: string | null;
  schema: string | null;
  identifier: string;
};

/** A cross-project ref: a node of `project` refs `parentProject.parentName`, resolved or not. */
export type CrossProjectRef = {
  project: string;
  childUniqueId: string;
  parentProject: string;
  parentName: string;
  /** The pinned version; null when unpinned. */
  pinnedVersion: string | null;
  /** The producer's node it resolves to (REF_RESOLUTION), null when unresolved. */
  parent: MeshModel | null;
};

/** One edge of the node graph, between nodes named by their project and unique_id. */
export type NodeEdge = {
  child: { project: string; uniqueId: string };
  parent: { project: string; uniqueId: string };
};

/** A test on a public model that failed in its latest run. */
export type FailedTest = {
  project: string;
  modelUniqueId: string;
  testName: string;
  status: string;
};

export type MeshProject = {
  name: string;
  /** When dbt wrote the latest manifest ingested (ISO), else when it was ingested. */
  artifactsAt: string;
};

/** Everything the built-in checks look at, read from the catalog in a few set-based queries. */
export type MeshFacts = {
  projects: MeshProject[];
  /** Models, seeds and snapshots of each project's own package. */
  models: MeshModel[];
  sources: MeshSource[];
  refs: CrossProjectRef[];
  /** Project dependencies: `consumer` refs `producer` (tests left out). */
  dependencies: { consumer: string; producer: string }[];
  /**
   * Node edges of the projects on a project cycle only: a model-level cycle
   * across projects needs a project cycle, so no other edge can be on one.
   */
  cycleEdges: NodeEdge[];
  failedTests: FailedTest[];
};

/** What a check found: one offending node (or project), and why. */
export type Finding = {
  project: string;
  /** The offending node; null when the project itself offends (a cycle, stale artifacts). */
  uniqueId: string | null;
  message: string;
  /** Who can fix it, when the offending node has owners. */
  owners?: string[];
};

/** A recorded waiver of one check, for a reason, until a date. */
export type CheckException = {
  /** A unique_id, or a node's name (every version of a model); null: the whole project. */
  node: string | null;
  /** The project it applies to; null for any project. */
  project: string | null;
  reason: string;
  /** Last day it applies, YYYY-MM-DD (inclusive, UTC). */
  expires: string;
};

/** One check as a policy configures it: a built-in kind, or a custom SQL query. */
export type PolicyCheck = {
  id: string;
  kind: string;
  title: string;
  severity: Severity;
  /** From this day (YYYY-MM-DD, UTC) a `warn` check counts as `error`. */
  errorFrom: string | null;
  isEnabled: boolean;
  params: Record<string, unknown>;
  exceptions: CheckException[];
  /** Where a custom check's SQL starts in the policy file, to name a broken query's line. */
  sqlAt: { file: string; line: number; isBlock: boolean } | null;
};

/** The `checks:` of a policy: mesh-wide, and each project's (tightened) own. */
export type ChecksPolicy = {
  checks: PolicyCheck[];
  projects: Record<string, PolicyCheck[]>;
};

/** A finding as the policy judges it: its check, severity now, and any exception. */
export type Violation = Finding & {
  check: string;
  title: string;
  severity: Severity;
  /** Set while a `warn` will become an `error` on this day. */
  errorFrom: string | null;
  advice: string;
  exception: { reason: string; expires: string; isExpired: boolean } | null;
};

/** A check that could not run: a broken custom query, named by its line. */
export type CheckProblem = {
  check: string;
  project: string | null;
  message: string;
};

/** The outcome of checking the mesh. */
export type GovernanceReport = {
  checkedAt: string;
  policySource: string;
  checks: {
    id: string;
    title: string;
    kind: string;
    severity: Severity;
    errorFrom: string | null;
  }[];
  violations: Violation[];
  problems: CheckProblem[];
};
