import {
  FolderGit2,
  FolderTree,
  History,
  Medal,
  ShieldCheck,
} from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { getButtonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ProjectDetail } from "@/lib/db/queries/projects";
import {
  browseUrl,
  changesUrl,
  governanceUrl,
  scoreboardUrl,
} from "@/lib/urls";
import { IngestStatusBadge } from "./ingest-status-badge";

/** The top of a project page: its stack, when its artifacts were made and how its last ingest went. */
export function ProjectHeader({ project }: { project: ProjectDetail }) {
  const lastIngest = project.recentIngests[0];
  const stack = [
    project.dbtVersion ? `dbt ${project.dbtVersion}` : null,
    project.adapterType,
    project.schemaVersion ? `manifest v${project.schemaVersion}` : null,
  ].filter(Boolean);
  return (
    <PageHeader
      breadcrumbs={[{ label: "Mesh", href: "/" }, { label: project.name }]}
      eyebrow={
        <Badge icon={FolderGit2} tone="neutral">
          dbt project
        </Badge>
      }
      title={project.name}
      description={stack.length > 0 ? stack.join(" · ") : undefined}
      actions={
        <>
          <Link
            href={browseUrl(project.name, { by: "folder", folder: "" })}
            className={getButtonClasses({ variant: "secondary" })}
          >
            <FolderTree aria-hidden className="size-3.5" />
            Browse
          </Link>
          <Link
            href={changesUrl(project.name)}
            className={getButtonClasses({ variant: "secondary" })}
          >
            <History aria-hidden className="size-3.5" />
            Changes
          </Link>
          <Link
            href={governanceUrl(project.name)}
            className={getButtonClasses({ variant: "secondary" })}
          >
            <ShieldCheck aria-hidden className="size-3.5" />
            Governance
          </Link>
          {project.products.total > 0 ? (
            <Link
              href={scoreboardUrl(project.name)}
              className={getButtonClasses({ variant: "secondary" })}
            >
              <Medal aria-hidden className="size-3.5" />
              Scoreboard
            </Link>
          ) : null}
        </>
      }
      meta={
        <dl className="flex flex-wrap items-center gap-x-5 gap-y-2 text-[13px]">
          <div className="flex items-center gap-1.5">
            <dt className="text-fg-muted">Artifacts generated</dt>
            <dd className="text-fg">
              {project.generatedAt ? (
                <RelativeTime date={project.generatedAt} />
              ) : (
                "—"
              )}
            </dd>
          </div>
          <div className="flex items-center gap-1.5">
            <dt className="text-fg-muted">Last ingest</dt>
            <dd className="flex items-center gap-1.5 text-fg">
              {lastIngest ? (
                <>
                  <IngestStatusBadge status={lastIngest.status} />
                  <RelativeTime date={lastIngest.startedAt} />
                  <span className="text-fg-subtle">
                    via {lastIngest.origin}
                  </span>
                </>
              ) : (
                <RelativeTime date={project.ingestedAt} />
              )}
            </dd>
          </div>
        </dl>
      }
    />
  );
}
