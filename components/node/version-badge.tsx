import { Archive, GitBranch } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/components/ui/format-time";

export type VersionBadgeProps = {
  version: string;
  latestVersion: string | null;
  deprecationDate: string | null;
  className?: string;
};

/** A model version: "v2 · latest", or "v1 · deprecated" with its date; other versions plain. */
export function VersionBadge({
  version,
  latestVersion,
  deprecationDate,
  className,
}: VersionBadgeProps) {
  if (deprecationDate)
    return (
      <Badge
        tone="warn"
        icon={Archive}
        title={`Deprecated: removal planned on ${formatCalendarDate(deprecationDate)}`}
        className={className}
      >
        v{version} · deprecated
      </Badge>
    );
  if (version === latestVersion)
    return (
      <Badge tone="accent" icon={GitBranch} className={className}>
        v{version} · latest
      </Badge>
    );
  return (
    <Badge icon={GitBranch} className={className}>
      v{version}
    </Badge>
  );
}
