import { FreshnessBadge } from "@/components/ui/freshness-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { isTestType } from "@/lib/artifacts/resource-types";
import { getRunOutcome, toRunStatus } from "@/lib/artifacts/run-statuses";

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
  if (!isTestType(resourceType) && isQuietBuild(status)) return null;
  return <StatusBadge status={status} />;
}

/** A build that passed or had nothing to do: nothing for a reader to look at. */
function isQuietBuild(status: string): boolean {
  const known = toRunStatus(status);
  return (
    known !== null &&
    (getRunOutcome(known) === "passed" ||
      known === "no-op" ||
      known === "reused")
  );
}
