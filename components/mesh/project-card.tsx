import { FolderGit2, PackageCheck } from "lucide-react";
import Link from "next/link";
import { formatPlural } from "@/components/ui/format-number";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ProjectSummary } from "@/lib/db/queries/projects";
import { projectUrl, scoreboardUrl } from "@/lib/urls";
import { ProjectDependencies } from "../project/project-dependencies";
import { ResourceCountList } from "../project/resource-count-list";
import { LevelDistribution } from "../product/level-distribution";

/** One project of the mesh: its stack, what it holds, and its neighbours in the mesh. */
export function ProjectCard({ project }: { project: ProjectSummary }) {
  const titleId = `project-${project.name}-title`;
  return (
    <article
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col rounded-lg border border-border bg-surface shadow-xs shadow-black/[0.03] transition-colors hover:border-border-strong"
    >
      <header className="flex items-start gap-3 px-4 pt-4">
        <div className="grid size-9 shrink-0 place-items-center rounded-md bg-surface-muted ring-1 ring-border">
          <FolderGit2 aria-hidden className="size-4.5 text-fg-muted" />
        </div>
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="text-[15px] font-semibold text-fg">
            <Link
              href={projectUrl(project.name)}
              className="break-words rounded-sm hover:underline hover:underline-offset-4"
            >
              {project.name}
            </Link>
          </h3>
          <p className="truncate text-xs text-fg-muted">
            {[
              project.dbtVersion ? `dbt ${project.dbtVersion}` : null,
              project.adapterType,
            ]
              .filter(Boolean)
              .join(" · ") || "dbt version unknown"}
          </p>
          <p className="text-xs text-fg-subtle">
            Ingested <RelativeTime date={project.ingestedAt} />
          </p>
        </div>
      </header>

      <div className="flex flex-1 flex-col gap-3 px-4 py-4">
        <div className="flex flex-col gap-2">
          <p className="flex items-center gap-1.5 text-[13px] font-medium text-public">
            <PackageCheck aria-hidden className="size-3.5" />
            {project.products.total > 0 ? (
              <Link
                href={scoreboardUrl(project.name)}
                className="hover:underline hover:underline-offset-4"
              >
                {formatPlural(project.products.total, "data product")}
              </Link>
            ) : (
              "No data products yet"
            )}
          </p>
          {project.products.total > 0 ? (
            <LevelDistribution
              counts={project.products.byLevel}
              levels={project.products.levels}
              label={`Data products of ${project.name} by level`}
            />
          ) : null}
        </div>
        <ResourceCountList counts={project.counts} />
      </div>

      <ProjectDependencies
        project={project}
        className="border-t border-border px-4 py-3"
      />
    </article>
  );
}
