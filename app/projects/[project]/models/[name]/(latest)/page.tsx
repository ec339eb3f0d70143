import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ModelDetail } from "@/components/model/model-detail";
import { buildNodeMetadata } from "@/components/node/node-metadata";
import { getModelPage } from "@/lib/db/queries/model-page";
import { now } from "@/lib/clock";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ project: string; name: string }> };

// Metadata and page share one read per request.
const loadModel = cache(async (project: string, name: string) => {
  const page = await getModelPage(project, name);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, name } = await decodeParams(params);
  return buildNodeMetadata((await loadModel(project, name)).model);
}

export default async function ModelPage({ params }: Props) {
  const { project, name } = await decodeParams(params);
  return (
    <ModelDetail
      page={await loadModel(project, name)}
      isVersionUrl={false}
      now={now()}
    />
  );
}
