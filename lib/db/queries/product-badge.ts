import "server-only";
import {
  addOutcomeCounts,
  countOutcomes,
  type OutcomeCounts as TestCounts,
} from "@/lib/artifacts/run-statuses";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { findModelUniqueId } from "./nodes";
import { isOwnTestOf } from "./own-tests";
import { readProductUpstream } from "./product-trust";
import { inSequence, readSnapshot, type Reader } from "./read";
import { readProjectPolicy } from "./scores";

/** What a product's status badge says: its level and score, and its tests' health. */
export type ProductBadge = {
  project: string;
  name: string;
  /** A level id, or null below the first level. */
  level: string | null;
  /** The levels of the policy it was scored by, lowest first. */
  levels: PolicyLevel[];
  score: number;
  /** The product's tests and those upstream of it, as its trust panel counts them. */
  tests: TestCounts;
};

async function readOwnTestStatuses(db: Reader, nodeId: bigint) {
  return db.$queryRaw<{ status: string | null; n: number }[]>`
    SELECT lower(r.status) AS status, count(*)::int AS n
    FROM tests t LEFT JOIN run_results r ON r.node_id = t.node_id
    WHERE ${isOwnTestOf(nodeId)}
    GROUP BY lower(r.status)`;
}

/**
 * The badge of a data product, by its page's address (the latest version of
 * the model unless one is asked for), from the score stored at its last
 * ingest and its latest test results. Null when there is no such model or it
 * is not a scored data product.
 */
export function getProductBadge(
  project: string,
  name: string,
  version?: string,
): Promise<ProductBadge | null> {
  return readSnapshot(async (db) => {
    const uniqueId = await findModelUniqueId(db, project, name, version);
    if (uniqueId === null) return null;
    const row = await db.productScore.findFirst({
      where: { project: { name: project }, uniqueId },
      select: { projectId: true, level: true, score: true },
    });
    const node = await db.node.findFirst({
      where: { project: { name: project }, uniqueId },
      select: { id: true, projectId: true },
    });
    if (!row || !node) return null;
    const [policy, own, upstream] = await inSequence(
      () => readProjectPolicy(db, row.projectId),
      () => readOwnTestStatuses(db, node.id),
      () => readProductUpstream(db, node),
    );
    return {
      project,
      name,
      level: row.level,
      levels: policy?.levels ?? [],
      score: row.score,
      tests: addOutcomeCounts(countOutcomes(own), upstream.tests),
    };
  });
}
