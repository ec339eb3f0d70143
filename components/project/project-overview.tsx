import { Inbox } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Markdown } from "@/components/ui/markdown";
import { Pagination } from "@/components/ui/pagination";
import {
  getResourceTypePluralLabel,
  type ResourceType,
} from "@/components/ui/resource-type";
import { Section } from "@/components/ui/section";
import type { ProjectPage } from "@/lib/db/queries/project-page";
import { projectUrl } from "@/lib/urls";
import { NodeFilters } from "./node-filters";
import { NodeList } from "./node-list";
import { ProjectDependencies } from "./project-dependencies";
import { ProjectHeader } from "./project-header";
import {
  ProjectGroups,
  ProjectPackages,
  ProjectProducts,
  RecentIngests,
} from "./project-sidebar";
import { orderResourceCounts } from "./resource-counts";
import { ResourceTypeTabs } from "./resource-type-tabs";
import { toViewQuery, type ProjectView } from "./project-view";

/** A project page: header, where it sits in the mesh, its nodes by type, and its groups and ingests. */
export function ProjectOverview({
  data,
  view,
}: {
  data: ProjectPage;
  view: ProjectView;
}) {
  const { project, nodes } = data;
  const base = projectUrl(project.name);
  const counts = orderResourceCounts(project.counts);
  const noun = getResourceTypePluralLabel(view.type).toLowerCase();
  const pageCount = Math.max(1, Math.ceil(nodes.total / nodes.pageSize));
  const isNarrowed = view.filter !== undefined || view.sort !== undefined;
  // Filters help from a page's worth of nodes; a short list needs none.
  const typeCount = counts.find((c) => c.type === view.type)?.count ?? 0;
  const hasFilters = isNarrowed || typeCount > 10;
  return (
    <>
      <ProjectHeader project={project} />
      <div className="mb-8 rounded-lg border border-border bg-surface px-4 py-3">
        <h2 className="sr-only">In the mesh</h2>
        <ProjectDependencies project={project} />
      </div>
      {project.overview ? (
        <Section
          id="overview"
          title="Overview"
          description="The project's own words: its __overview__ doc block."
          className="mb-8"
        >
          <div className="rounded-lg border border-border bg-surface px-5 py-4">
            <Markdown>{project.overview}</Markdown>
          </div>
        </Section>
      ) : null}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Section
          id="resources"
          title="Resources"
          description="Models, sources, tests and everything else the project's manifest holds."
          className="min-w-0"
        >
          {counts.length === 0 ? (
            <EmptyState
              icon={Inbox}
              title="This project has no nodes"
              description="Its manifest held no models, sources, tests or other resources."
            />
          ) : (
            <div className="flex flex-col gap-4 *:min-w-0">
              <ResourceTypeTabs
                counts={counts}
                current={view.type}
                getHref={(type: ResourceType) =>
                  `${base}${toViewQuery({ type, page: 1 })}`
                }
              />
              {hasFilters ? (
                <NodeFilters
                  base={base}
                  view={view}
                  facets={data.facets}
                  levels={project.products.levels}
                  noun={noun}
                />
              ) : null}
              <Pagination
                page={view.page}
                pageSize={nodes.pageSize}
                total={nodes.total}
                noun={isNarrowed ? `matching ${noun}` : noun}
                getHref={(page) => `${base}${toViewQuery({ ...view, page })}`}
              />
              {nodes.items.length === 0 ? (
                <EmptyState
                  icon={Inbox}
                  title={
                    nodes.total === 0
                      ? isNarrowed
                        ? `No ${noun} match these filters`
                        : `No ${noun} in this project`
                      : `There is no page ${view.page}`
                  }
                  description={
                    nodes.total === 0 ? undefined : (
                      <Link
                        href={`${base}${toViewQuery({ ...view, page: pageCount })}`}
                        className="font-medium text-accent hover:underline"
                      >
                        Go to the last page ({pageCount})
                      </Link>
                    )
                  }
                />
              ) : (
                <NodeList
                  items={nodes.items}
                  project={project.name}
                  groups={project.groups}
                  hasAccessTiers={view.type === "model"}
                  levels={project.products.levels}
                  isFlat={view.sort !== undefined}
                />
              )}
              {nodes.items.length > 10 ? (
                <Pagination
                  page={view.page}
                  pageSize={nodes.pageSize}
                  total={nodes.total}
                  noun={isNarrowed ? `matching ${noun}` : noun}
                  getHref={(page) => `${base}${toViewQuery({ ...view, page })}`}
                />
              ) : null}
            </div>
          )}
        </Section>
        <aside aria-label="About this project" className="flex flex-col gap-4">
          <ProjectProducts project={project} />
          <ProjectGroups project={project.name} groups={project.groups} />
          <ProjectPackages packages={project.packages} />
          <RecentIngests ingests={project.recentIngests} />
        </aside>
      </div>
    </>
  );
}
