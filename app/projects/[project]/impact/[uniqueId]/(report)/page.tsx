import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ImpactView } from "@/components/impact/impact-view";
import { getImpact } from "@/lib/db/queries/lineage-impact";
import { DEFAULT_TYPE_FILTER } from "@/lib/mesh/lineage/type-filter";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ project: string; uniqueId: string }> };

// Metadata and page share one read per request.
const loadImpact = cache(async (project: string, uniqueId: string) => {
  const result = await getImpact({
    uniqueId,
    project,
    filter: DEFAULT_TYPE_FILTER,
  });
  if (result.status !== "found") notFound();
  return result;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, uniqueId } = await decodeParams(params);
  const { focus, report } = await loadImpact(project, uniqueId);
  return {
    title: `Impact of ${focus.name} · ${project}`,
    description: `${report.total} nodes depend on ${focus.name}, in ${report.projects.length} projects.`,
  };
}

export default async function ImpactPage({ params }: Props) {
  const { project, uniqueId } = await decodeParams(params);
  const { focus, report } = await loadImpact(project, uniqueId);
  return <ImpactView focus={focus} report={report} />;
}
