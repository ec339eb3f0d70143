import { Archive, FlaskConical, GitBranch } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/components/ui/format-time";
import { getVersionStatus } from "./version-status";

export type VersionBadgeProps = {
  version: string;
  latestVersion: string | null;
  deprecationDate: string | null;
  /** Say the deprecation date in the badge itself, not only on hover (a page's header). */
  isDateShown?: boolean;
  className?: string;
};

/**
 * A model version: "v2 · latest", "v3 · prerelease" (newer than the latest),
 * or "v1 · deprecated" with its date; other versions plain.
 */
export function VersionBadge({
  version,
  latestVersion,
  deprecationDate,
  isDateShown = false,
  className,
}: VersionBadgeProps) {
  const status = getVersionStatus(version, latestVersion, deprecationDate);
  switch (status) {
    case "deprecated": {
      const date = formatCalendarDate(deprecationDate ?? "");
      return (
        <Badge
          tone="warn"
          icon={Archive}
          title={`Deprecated: removal planned on ${date}`}
          className={className}
        >
          v{version} · deprecated{isDateShown ? `, removal ${date}` : ""}
        </Badge>
      );
    }
    case "latest":
      return (
        <Badge tone="accent" icon={GitBranch} className={className}>
          v{version} · latest
        </Badge>
      );
    case "prerelease":
      return (
        <Badge
          tone="cross-project"
          icon={FlaskConical}
          title={`Newer than the latest version (v${latestVersion ?? "?"}): unpinned refs do not use it yet`}
          className={className}
        >
          v{version} · prerelease
        </Badge>
      );
    case "older":
      return (
        <Badge icon={GitBranch} className={className}>
          v{version}
        </Badge>
      );
  }
}
