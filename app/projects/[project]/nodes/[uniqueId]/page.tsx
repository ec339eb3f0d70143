import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { buildNodeMetadata } from "@/components/node/node-metadata";
import { NodeDetailView } from "@/components/node/node-detail";
import { getNode } from "@/lib/db/queries/nodes";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ project: string; uniqueId: string }> };

// Metadata and page share one read per request.
const loadNode = cache(async (project: string, uniqueId: string) => {
  const node = await getNode(project, uniqueId);
  if (!node) notFound();
  return node;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, uniqueId } = await decodeParams(params);
  return buildNodeMetadata(await loadNode(project, uniqueId));
}

export default async function NodePage({ params }: Props) {
  const { project, uniqueId } = await decodeParams(params);
  return <NodeDetailView node={await loadNode(project, uniqueId)} />;
}
