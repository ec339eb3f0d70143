import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeFeedView } from "@/components/changes/change-feed-view";
import { readChangesPage } from "@/lib/api/changes-params";
import { listChanges } from "@/lib/db/queries/changes";
import { changesFeedUrl, decodeParams } from "@/lib/urls";

type Props = {
  params: Promise<{ project: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await decodeParams(params);
  return {
    title: `Changes · ${project}`,
    description: `What each ingest changed in ${project}, breaking changes with the consumers they hit.`,
    alternates: { types: { "application/atom+xml": changesFeedUrl(project) } },
  };
}

export default async function ProjectChangesPage({
  params,
  searchParams,
}: Props) {
  const { project } = await decodeParams(params);
  const view = readChangesPage(await searchParams);
  const page = await listChanges({
    project,
    isBreaking: view.isBreakingOnly ? true : undefined,
    limit: view.limit,
    offset: view.offset,
  });
  if (page.projectExists === false) notFound();
  return (
    <ChangeFeedView
      project={project}
      page={page}
      pageSize={view.limit}
      {...view}
    />
  );
}
