import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format-time";
import { RelativeTime } from "@/components/ui/relative-time";
import type { VersionView } from "@/lib/db/queries/nodes";
import { modelUrl } from "@/lib/urls";
import { VersionBadge } from "./version-badge";

/**
 * One version of a model in a list of its versions: a link to it, whether it
 * is latest or deprecated, whether it is this page, and when a deprecated
 * version goes away.
 */
export function VersionHeading({
  project,
  name,
  version,
  latest,
  isCurrent,
}: {
  project: string;
  name: string;
  version: VersionView;
  /** The latest version's number, for the badge. */
  latest: string | null;
  /** This version is the page being read. */
  isCurrent: boolean;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={modelUrl(project, name, version.version)}
          aria-current={isCurrent ? "page" : undefined}
          className="font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4 aria-[current=page]:underline aria-[current=page]:underline-offset-4"
        >
          {name} v{version.version}
        </Link>
        <VersionBadge
          version={version.version}
          latestVersion={latest}
          deprecationDate={version.deprecationDate}
        />
        {isCurrent ? (
          <span className="text-xs text-fg-subtle">this page</span>
        ) : null}
      </div>
      {version.deprecationDate ? (
        <p className="text-xs text-fg-muted">
          Deprecated: removal on{" "}
          <time dateTime={version.deprecationDate}>
            {formatCalendarDate(version.deprecationDate)}
          </time>{" "}
          (<RelativeTime date={version.deprecationDate} />)
        </p>
      ) : null}
    </>
  );
}
