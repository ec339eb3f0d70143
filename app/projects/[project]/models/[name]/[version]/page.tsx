import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ModelDetail } from "@/components/model/model-detail";
import { buildNodeMetadata } from "@/components/node/node-metadata";
import { getModelPage } from "@/lib/db/queries/model-page";
import { decodeParams, parseVersionSegment } from "@/lib/urls";
import { now } from "@/lib/clock";

type Props = {
  params: Promise<{ project: string; name: string; version: string }>;
};

// Metadata and page share one read per request.
const loadModelVersion = cache(
  async (project: string, name: string, segment: string) => {
    const version = parseVersionSegment(segment);
    const page =
      version === null ? null : await getModelPage(project, name, version);
    if (!page) notFound();
    return page;
  },
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, name, version } = await decodeParams(params);
  return buildNodeMetadata(
    (await loadModelVersion(project, name, version)).model,
  );
}

export default async function ModelVersionPage({ params }: Props) {
  const { project, name, version } = await decodeParams(params);
  return (
    <ModelDetail
      page={await loadModelVersion(project, name, version)}
      isVersionUrl
      now={now()}
    />
  );
}
