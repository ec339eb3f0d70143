import { History, Rss } from "lucide-react";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { getButtonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import type { Crumb } from "@/components/ui/breadcrumbs";
import type { ChangePage } from "@/lib/db/queries/changes";
import { CHANGE_CATEGORIES } from "@/lib/governance/diff-kinds";
import { changesFeedUrl, changesUrl, projectUrl } from "@/lib/urls";
import { CategoryBadge } from "./category-badge";
import { ChangeRow } from "./change-row";
import { groupByIngest } from "./group-changes";

export type ChangeFeedViewProps = {
  /** One project's feed, or the mesh's when absent. */
  project?: string;
  page: ChangePage;
  pageNumber: number;
  pageSize: number;
  isBreakingOnly: boolean;
};

function FilterTabs({
  project,
  isBreakingOnly,
}: {
  project?: string;
  isBreakingOnly: boolean;
}) {
  const tabs = [
    {
      label: "All changes",
      href: changesUrl(project),
      isCurrent: !isBreakingOnly,
    },
    {
      label: "Breaking only",
      href: changesUrl(project, { isBreaking: true }),
      isCurrent: isBreakingOnly,
    },
  ];
  return (
    <nav aria-label="Filter changes">
      <ul className="inline-flex rounded-md border border-border bg-surface p-0.5 shadow-xs">
        {tabs.map((tab) => (
          <li key={tab.label}>
            <Link
              href={tab.href}
              aria-current={tab.isCurrent ? "page" : undefined}
              className={cn(
                "inline-flex h-7 items-center rounded px-2.5 text-[13px] font-medium",
                tab.isCurrent
                  ? "bg-surface-muted text-fg"
                  : "text-fg-muted hover:text-fg",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The change feed: what each ingest changed, newest first, grouped by ingest,
 * breaking changes first with the consumers they hit and their owners.
 */
export function ChangeFeedView({
  project,
  page,
  pageNumber,
  pageSize,
  isBreakingOnly,
}: ChangeFeedViewProps) {
  const breadcrumbs: Crumb[] = project
    ? [
        { label: "Mesh", href: "/" },
        { label: project, href: projectUrl(project) },
        { label: "Changes" },
      ]
    : [{ label: "Mesh", href: "/" }, { label: "Changes" }];
  const groups = groupByIngest(page.changes);
  return (
    <>
      <PageHeader
        breadcrumbs={breadcrumbs}
        title={project ? `Changes in ${project}` : "Changes"}
        description={
          project
            ? `What each ingest of ${project} changed, newest first. A breaking change names the consumers it hits in other projects and the exposures that read it.`
            : "What each ingest changed in the mesh, newest first. A breaking change names the consumers it hits in other projects and the exposures that read it."
        }
        actions={
          <a
            href={changesFeedUrl(project)}
            className={getButtonClasses({ variant: "secondary" })}
          >
            <Rss aria-hidden className="size-3.5" />
            Atom feed
          </a>
        }
      />
      <div className="flex flex-col gap-6">
        <FilterTabs project={project} isBreakingOnly={isBreakingOnly} />
        {groups.length === 0 ? (
          <EmptyState
            icon={History}
            title={
              isBreakingOnly
                ? "No breaking change recorded"
                : "No change recorded yet"
            }
            description="Changes are recorded when a project is ingested again: each ingest is compared with the snapshot it replaces."
          />
        ) : (
          <ol className="flex flex-col gap-4" aria-label="Ingests">
            {groups.map((group) => (
              <li key={group.key}>
                <Card>
                  <CardHeader
                    title={
                      <span className="flex flex-wrap items-center gap-2">
                        <Link
                          href={changesUrl(group.project)}
                          className="hover:underline"
                        >
                          {group.project}
                        </Link>
                        <span className="text-[13px] font-normal text-fg-muted">
                          ingested <RelativeTime date={group.recordedAt} />
                        </span>
                      </span>
                    }
                    actions={
                      <span className="flex flex-wrap gap-1.5">
                        {CHANGE_CATEGORIES.filter(
                          (c) => group.counts[c] > 0,
                        ).map((c) => (
                          <CategoryBadge
                            key={c}
                            category={c}
                            count={group.counts[c]}
                          />
                        ))}
                      </span>
                    }
                  />
                  <ul className="divide-y divide-border">
                    {group.changes.map((change) => (
                      <ChangeRow key={change.id} change={change} />
                    ))}
                  </ul>
                </Card>
              </li>
            ))}
          </ol>
        )}
        {page.total === 0 ? null : (
          <Pagination
            page={pageNumber}
            pageSize={pageSize}
            total={page.total}
            noun="changes"
            getHref={(p) =>
              changesUrl(project, { isBreaking: isBreakingOnly, page: p })
            }
          />
        )}
      </div>
    </>
  );
}
