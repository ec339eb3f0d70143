import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { GroupView } from "@/components/owners/group-view";
import { getGroupPage } from "@/lib/db/queries/group-page";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ project: string; group: string }> };

// Metadata and page share one read per request.
const loadGroup = cache(async (project: string, group: string) => {
  const page = await getGroupPage(project, group);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, group } = await decodeParams(params);
  const page = await loadGroup(project, group);
  return {
    title: `${page.name} · ${project}`,
    description: `Group ${page.name} of ${project}${page.ownerName ? `, owned by ${page.ownerName}` : ""}: ${page.products.length} data products.`,
  };
}

export default async function GroupPage({ params }: Props) {
  const { project, group } = await decodeParams(params);
  return <GroupView page={await loadGroup(project, group)} />;
}
