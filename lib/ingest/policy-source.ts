import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { buildDefaultPolicy } from "@/lib/score/policy-defaults";
import { parsePolicy } from "@/lib/score/policy-parse";
import type { Policy } from "@/lib/score/policy-types";

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
  const named = options.file;
  const candidate = path.resolve(
    /* turbopackIgnore: true */ options.cwd,
    named ?? POLICY_FILE_NAME,
  );
  const text = await fs
    .readFile(/* turbopackIgnore: true */ candidate, "utf8")
    .catch((error: NodeJS.ErrnoException) => {
      if (named === undefined && error.code === "ENOENT") return null;
      throw new PolicyFileError(
        `policy file ${named ?? candidate}: cannot be read (${error.message})`,
      );
    });
  const label = named ?? POLICY_FILE_NAME;
  const policy =
    text === null ? buildDefaultPolicy() : parsePolicy(text, label);
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
