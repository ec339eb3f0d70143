import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProjectOverview } from "@/components/project/project-overview";
import { toResourceTypeFilter } from "@/components/project/project-query";
import {
  NODE_PAGE_SIZE,
  parseProjectView,
  toViewQuery,
} from "@/components/project/project-view";
import { getProjectPage } from "@/lib/db/queries/project-page";

type Props = {
  params: Promise<{ project: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page share one read per request, keyed by the view's query.
const loadProjectPage = cache((project: string, viewQuery: string) => {
  const view = parseProjectView(
    Object.fromEntries(new URLSearchParams(viewQuery)),
  );
  return getProjectPage(project, {
    resourceType: toResourceTypeFilter(view.type),
    page: view.page,
    pageSize: NODE_PAGE_SIZE,
    filter: view.filter,
    sort: view.sort,
  });
});

async function load({ params, searchParams }: Props) {
  const [{ project }, query] = await Promise.all([params, searchParams]);
  const view = parseProjectView(query);
  const data = await loadProjectPage(project, toViewQuery(view));
  if (!data) notFound();
  return { data, view };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await load(props);
  const { project } = data;
  const models = project.counts.model ?? 0;
  return {
    title: project.name,
    description: `dbt project ${project.name}: ${models} models, ${project.publicModels} public, ${project.upstream.length} upstream and ${project.downstream.length} downstream projects in the mesh.`,
  };
}

export default async function ProjectPage(props: Props) {
  const { data, view } = await load(props);
  return <ProjectOverview data={data} view={view} />;
}
