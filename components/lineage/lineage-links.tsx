import { GitFork, Radar } from "lucide-react";
import Link from "next/link";
import { getButtonClasses } from "@/components/ui/button";
import { impactUrl, lineageUrl } from "@/lib/urls";

/**
 * A node page's way into the graph views: its lineage across projects, and
 * what depends on it. Self-contained, for any page header's actions.
 */
export function LineageLinks({
  project,
  uniqueId,
  hasImpact = true,
}: {
  project: string;
  uniqueId: string;
  /** False where nothing can depend on the node (tests, exposures). */
  hasImpact?: boolean;
}) {
  return (
    <>
      <Link
        href={lineageUrl(project, uniqueId)}
        className={getButtonClasses({ variant: "secondary" })}
      >
        <GitFork aria-hidden className="size-3.5 rotate-90" />
        Lineage
      </Link>
      {hasImpact ? (
        <Link
          href={impactUrl(project, uniqueId)}
          className={getButtonClasses({ variant: "secondary" })}
        >
          <Radar aria-hidden className="size-3.5" />
          Impact
        </Link>
      ) : null}
    </>
  );
}
