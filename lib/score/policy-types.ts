import type { Webhook } from "@/lib/governance/changes-webhooks";
import type { ChecksPolicy } from "@/lib/governance/types";
import type { ProductSelector } from "./products";
import type { Severity } from "./types";

export type PolicyLevel = { id: string; title: string; description: string };

/** One rule as a policy configures it: an instance of a built-in check. */
export type PolicyRule = {
  id: string;
  kind: string;
  title: string;
  level: string;
  severity: Severity;
  weight: number;
  isEnabled: boolean;
  /** The check's parameters, validated and with defaults filled in. */
  params: Record<string, unknown>;
};

/** A recorded waiver: one product may fail one rule, for a reason, until a date. */
export type PolicyException = {
  rule: string;
  /** A unique_id, or a model name (every version of it). */
  product: string;
  /** The project it applies to; null for any project with such a product. */
  project: string | null;
  reason: string;
  /** Last day it applies, YYYY-MM-DD (inclusive, UTC). */
  expires: string;
};

/** A policy file, validated: the mesh-wide section and each project's effective rules. */
export type Policy = {
  /** Where it came from: a file path, or the built-in defaults. */
  source: string;
  products: ProductSelector;
  levels: PolicyLevel[];
  rules: PolicyRule[];
  exceptions: PolicyException[];
  projects: Record<
    string,
    { rules: PolicyRule[]; exceptions: PolicyException[] }
  >;
  /** Where to tell of breaking changes (and error violations), after an ingest commits. */
  webhooks: Webhook[];
  /** Mesh-wide governance checks (`checks:`), not part of any score. */
  checks: ChecksPolicy;
};

/** The policy one project is scored by: stored with its scores, so that it can be shown and re-applied. */
export type ProjectPolicy = {
  project: string;
  source: string;
  products: ProductSelector;
  levels: PolicyLevel[];
  /** Enabled rules only. */
  rules: PolicyRule[];
  exceptions: PolicyException[];
};
