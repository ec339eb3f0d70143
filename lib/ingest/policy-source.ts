import { createHash } from "node:crypto";
import { buildDefaultPolicy } from "@/lib/score/policy-defaults";
import { parsePolicy } from "@/lib/score/policy-parse";
import type { Policy } from "@/lib/score/policy-types";
import { readConfigFile } from "./config-file";

/** The policy file looked for in the working directory when none is named. */
export const POLICY_FILE_NAME = "catalog-policy.yml";

export type LoadedPolicy = {
  policy: Policy;
  /** Hash of what the policy says (not of its source): a changed policy re-scores on the next ingest. */
  hash: string;
};

/** A policy file that was named but cannot be read. */
export class PolicyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyFileError";
  }
}

/**
 * Loads the maturity policy: the file named explicitly (`--policy`, or
 * CATALOG_POLICY_FILE), else `catalog-policy.yml` in `cwd` when it exists,
 * else the built-in defaults. A named file that is missing is an error, never
 * a silent fallback to the defaults; a bad file throws a PolicyError naming
 * its lines.
 */
export async function loadPolicy(options: {
  file: string | undefined;
  cwd: string;
}): Promise<LoadedPolicy> {
  const file = await readConfigFile({
    named: options.file,
    defaultName: POLICY_FILE_NAME,
    cwd: options.cwd,
    what: "policy file",
    toError: (message) => new PolicyFileError(message),
  });
  const policy = file
    ? parsePolicy(file.text, file.label)
    : buildDefaultPolicy();
  return { policy, hash: hashPolicy(policy) };
}

/** Hash of what scores depend on: a changed `checks:` re-runs checks, never an ingest. */
export function hashPolicy(policy: Policy): string {
  // Webhooks and checks say where to deliver and what to check, not how to
  // score: changing them re-scores nothing.
  const {
    source: _source,
    webhooks: _webhooks,
    checks: _checks,
    ...content
  } = policy;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
