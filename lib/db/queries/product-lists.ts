import "server-only";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { readSnapshot, type Reader } from "./read";

export type ProductSummary = {
  project: string;
  uniqueId: string;
  name: string;
  version: string | null;
  level: string | null;
  score: number;
  owners: string[];
  groupName: string | null;
  /** How many rules it fails now. */
  failing: number;
};

type SummaryRow = {
  project: string;
  unique_id: string;
  name: string;
  version: string | null;
  level: string | null;
  score: number;
  owners: string[];
  group_name: string | null;
  failing: number;
  levels: PolicyLevel[] | null;
};

/**
 * Best first: a higher level (by the policy's order; below the first level
 * last), then a higher score, then by project and name.
 */
export function sortByLevel<
  T extends {
    level: string | null;
    score: number;
    name: string;
    project: string;
  },
>(products: T[], levels: PolicyLevel[] | ((product: T) => PolicyLevel[])): T[] {
  const rank = (product: T) => {
    const list = typeof levels === "function" ? levels(product) : levels;
    return list.findIndex((l) => l.id === product.level);
  };
  return [...products].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      b.score - a.score ||
      a.project.localeCompare(b.project) ||
      a.name.localeCompare(b.name),
  );
}

/** Products matching every given condition, best first; `owners` matches any of them, without regard to case. */
export async function readSummaries(
  db: Reader,
  where: { owners?: readonly string[]; project?: string; group?: string },
): Promise<ProductSummary[]> {
  const owners = where.owners?.map((o) => o.toLowerCase()) ?? null;
  const rows = await db.$queryRaw<SummaryRow[]>`
    SELECT p.name AS project, ps.unique_id, ps.name, ps.version, ps.level, ps.score, ps.owners,
           ps.group_name, cardinality(ps.failing_rules)::int AS failing, sp.policy -> 'levels' AS levels
    FROM product_scores ps
    JOIN projects p ON p.id = ps.project_id
    LEFT JOIN score_policies sp ON sp.project_id = ps.project_id
    WHERE (${where.project ?? null}::text IS NULL OR p.name = ${where.project ?? null})
      AND (${where.group ?? null}::text IS NULL OR ps.group_name = ${where.group ?? null})
      AND (${owners}::text[] IS NULL
           OR EXISTS (SELECT 1 FROM unnest(ps.owners) o WHERE lower(o) = ANY(${owners}::text[])))`;
  const products = rows.map((r) => ({
    project: r.project,
    uniqueId: r.unique_id,
    name: r.name,
    version: r.version,
    level: r.level,
    score: r.score,
    owners: r.owners,
    groupName: r.group_name,
    failing: r.failing,
    levels: r.levels ?? [],
  }));
  return sortByLevel(products, (p) => p.levels).map(
    ({ levels: _levels, ...summary }) => summary,
  );
}

/**
 * Data products across the mesh whose owners include `owner` (a name or an
 * email, matched without regard to case): group owners and `meta` owners.
 */
export function listProductsByOwner(owner: string): Promise<ProductSummary[]> {
  return readSnapshot((db) => readSummaries(db, { owners: [owner] }));
}

/** Data products of one group of a project, best first. */
export function listProductsByGroup(
  project: string,
  group: string,
): Promise<ProductSummary[]> {
  return readSnapshot((db) => readSummaries(db, { project, group }));
}
