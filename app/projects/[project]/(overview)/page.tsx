import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProjectOverview } from "@/components/project/project-overview";
import { toResourceTypeFilter } from "@/components/project/project-query";
import {
  NODE_PAGE_SIZE,
  parseProjectView,
} from "@/components/project/project-view";
import type { ResourceType } from "@/components/ui/resource-type";
import { getProjectPage } from "@/lib/db/queries/project-page";

type Props = {
  params: Promise<{ project: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page share one read per request.
const loadProjectPage = cache(
  (project: string, type: ResourceType, page: number) =>
    getProjectPage(project, {
      resourceType: toResourceTypeFilter(type),
      page,
      pageSize: NODE_PAGE_SIZE,
    }),
);

async function load({ params, searchParams }: Props) {
  const [{ project }, query] = await Promise.all([params, searchParams]);
  const view = parseProjectView(query);
  const data = await loadProjectPage(project, view.type, view.page);
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
