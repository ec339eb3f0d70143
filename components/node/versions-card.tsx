import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCalendarDate } from "@/components/ui/format-time";
import { RelativeTime } from "@/components/ui/relative-time";
import type { VersionView } from "@/lib/db/queries/nodes";
import { modelUrl } from "@/lib/urls";
import { VersionBadge } from "./version-badge";

/** Every version of a model, newest first: which is latest, which are deprecated and until when. */
export function VersionsCard({
  project,
  name,
  versions,
  current,
}: {
  project: string;
  name: string;
  versions: VersionView[];
  current: string | null;
}) {
  const latest = versions.find((v) => v.isLatest)?.version ?? null;
  return (
    <Card>
      <CardHeader title="Versions" description="Pin one with ref(…, v=N)" />
      <ul aria-label="Versions" className="divide-y divide-border">
        {versions.map((v) => {
          const isCurrent = v.version === current;
          return (
            <li key={v.uniqueId} className="px-4 py-2.5 text-[13px]">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={modelUrl(project, name, v.version)}
                  aria-current={isCurrent ? "page" : undefined}
                  className="font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4 aria-[current=page]:underline aria-[current=page]:underline-offset-4"
                >
                  {name} v{v.version}
                </Link>
                <VersionBadge
                  version={v.version}
                  latestVersion={latest}
                  deprecationDate={v.deprecationDate}
                />
                {isCurrent ? (
                  <span className="text-xs text-fg-subtle">this page</span>
                ) : null}
              </div>
              {v.deprecationDate ? (
                <p className="mt-0.5 text-xs text-fg-muted">
                  Deprecated: removal on{" "}
                  <time dateTime={v.deprecationDate}>
                    {formatCalendarDate(v.deprecationDate)}
                  </time>{" "}
                  (<RelativeTime date={v.deprecationDate} />)
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
