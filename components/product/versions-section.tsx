import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { formatCalendarDate } from "@/components/ui/format-time";
import { Section } from "@/components/ui/section";
import type { VersionView } from "@/lib/db/queries/nodes";
import type { ConsumerView } from "@/lib/db/queries/product-consumers";
import { nodeUrl } from "@/lib/urls";
import { VersionHeading } from "../node/version-heading";

const LINK =
  "font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4";

function RefList({ consumers }: { consumers: readonly ConsumerView[] }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {consumers.map((c) => (
        <li
          key={`${c.project}:${c.uniqueId}`}
          className="flex items-center gap-1.5"
        >
          <Link href={nodeUrl(c)} className={`${LINK} font-mono text-xs`}>
            {c.project}.{c.name}
          </Link>
          {c.isPinned ? (
            <span className="text-[11px] text-fg-subtle">pinned</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every version of the model, newest first: which is latest, when the old
 * ones go away, and who still refers to each (those on a deprecated version
 * must move before its date).
 */
export function VersionsSection({
  project,
  name,
  versions,
  current,
  consumers,
}: {
  project: string;
  name: string;
  versions: readonly VersionView[];
  current: string | null;
  /** Direct consumers of any version, with the version each reads. */
  consumers: readonly ConsumerView[];
}) {
  const latest = versions.find((v) => v.isLatest)?.version ?? null;
  return (
    <Section
      id="versions"
      title="Versions"
      description="Consumers pin a version with ref(…, v=N); an unpinned ref follows the latest."
    >
      <Card>
        <ul aria-label="Versions" className="divide-y divide-border">
          {versions.map((v) => {
            const readers = consumers.filter(
              (c) => c.usesVersion === v.version,
            );
            return (
              <li
                key={v.uniqueId}
                className="flex flex-col gap-1.5 px-4 py-3 text-[13px]"
              >
                <VersionHeading
                  project={project}
                  name={name}
                  version={v}
                  latest={latest}
                  isCurrent={v.version === current}
                />
                {readers.length > 0 ? (
                  <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-xs text-fg-muted">
                    <span>
                      {v.deprecationDate ? "Still referred to by" : "Read by"}{" "}
                      {readers.length}:
                    </span>
                    <RefList consumers={readers} />
                  </div>
                ) : (
                  <p className="text-xs text-fg-subtle">
                    No model refs this version directly.
                  </p>
                )}
                {v.deprecationDate && readers.length > 0 ? (
                  <p
                    role="note"
                    className="flex items-start gap-2 rounded-md bg-warn/5 px-3 py-2 text-xs text-fg ring-1 ring-warn/25 ring-inset"
                  >
                    <TriangleAlert
                      aria-hidden
                      className="mt-px size-3.5 shrink-0 text-warn"
                    />
                    <span>
                      {readers.length === 1 ? "It" : "They"} must move to v
                      {latest ?? "the latest"} before{" "}
                      {formatCalendarDate(v.deprecationDate)}; tell{" "}
                      {[...new Set(readers.map((r) => r.project))].map(
                        (p, i, all) => (
                          <span key={p}>
                            <CrossProjectBadge project={p} />
                            {i < all.length - 1 ? " " : ""}
                          </span>
                        ),
                      )}
                      .
                    </span>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Card>
    </Section>
  );
}
