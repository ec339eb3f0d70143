import "server-only";
import { Prisma } from "../generated/client";

/**
 * The tests a model's page counts as its own, as a condition on `tests t`:
 * attached to it (on it or one of its columns), and singular tests attached
 * to nothing that read it (a reconciliation over several models). The node
 * page lists the same set (`testsOn` and `readUnattachedTests`).
 */
export function isOwnTestOf(nodeId: bigint): Prisma.Sql {
  return Prisma.sql`(t.attached_node_id = ${nodeId}
    OR (t.attached_unique_id IS NULL AND EXISTS (
      SELECT 1 FROM edges e WHERE e.child_id = t.node_id AND e.parent_id = ${nodeId})))`;
}
