import { FreshnessBadge } from "@/components/ui/freshness-badge";
import { StatusBadge, toRunStatus } from "@/components/ui/status-badge";

const QUIET_STATUSES = new Set(["success", "pass", "no-op", "reused"]);

/**
 * The latest result of a node in a list: a source's freshness, a test's
 * result; for builds only what needs attention (a green badge on every model
 * would be noise).
 */
export function NodeStatusBadge({
  resourceType,
  status,
}: {
  resourceType: string;
  status: string | null;
}) {
  if (status === null) return null;
  if (resourceType === "source") return <FreshnessBadge status={status} />;
  const isTest = resourceType === "test" || resourceType === "unit_test";
  const known = toRunStatus(status);
  if (!isTest && known !== null && QUIET_STATUSES.has(known)) return null;
  return <StatusBadge status={status} />;
}
