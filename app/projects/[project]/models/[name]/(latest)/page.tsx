import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ModelDetail } from "@/components/model/model-detail";
import { buildNodeMetadata } from "@/components/node/node-metadata";
import { getModel } from "@/lib/db/queries/nodes";

type Props = { params: Promise<{ project: string; name: string }> };

// Metadata and page share one read per request.
const loadModel = cache(async (project: string, name: string) => {
  const model = await getModel(project, name);
  if (!model) notFound();
  return model;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, name } = await params;
  return buildNodeMetadata(await loadModel(project, name));
}

export default async function ModelPage({ params }: Props) {
  const { project, name } = await params;
  return (
    <ModelDetail model={await loadModel(project, name)} isVersionUrl={false} />
  );
}
