import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { LineageNodeData } from "@/components/lineage/lineage-data";
import { parseLineageQuery } from "@/components/lineage/lineage-query";
import { LineageView } from "@/components/lineage/lineage-view";
import { presentLineage } from "@/lib/api/present-lineage";
import { findLineageFocus } from "@/lib/db/queries/exists";
import { getLineage } from "@/lib/db/queries/lineage";
import { toTypeFilter } from "@/lib/mesh/lineage/type-filter";
import { decodeParams } from "@/lib/urls";

type Props = {
  params: Promise<{ project: string; uniqueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadIdentity = cache(findLineageFocus);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, uniqueId } = await decodeParams(params);
  const identity = await loadIdentity(project, uniqueId);
  const name = identity?.version
    ? `${identity.name} v${identity.version}`
    : (identity?.name ?? uniqueId);
  return {
    title: `Lineage of ${name} · ${project}`,
    description: `Where ${name} gets its data and what uses it, across every project of the mesh.`,
  };
}

export default async function LineagePage({ params, searchParams }: Props) {
  const [{ project, uniqueId }, search] = await Promise.all([
    decodeParams(params),
    searchParams,
  ]);
  const query = parseLineageQuery(search);
  const result = await getLineage({
    uniqueId,
    project,
    up: query.up,
    down: query.down,
    filter: toTypeFilter(query.types),
  });
  if (result.status !== "found") notFound();
  const data = presentLineage(result.lineage);
  const focus = data.nodes.find(
    (n): n is LineageNodeData => n.kind === "node" && n.id === data.focus,
  );
  if (!focus) notFound();
  return <LineageView data={data} focus={focus} query={query} />;
}
