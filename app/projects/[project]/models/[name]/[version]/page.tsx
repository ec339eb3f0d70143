import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ModelDetail } from "@/components/model/model-detail";
import { buildNodeMetadata } from "@/components/node/node-metadata";
import { getModel } from "@/lib/db/queries/nodes";
import { parseVersionSegment } from "@/lib/urls";

type Props = {
  params: Promise<{ project: string; name: string; version: string }>;
};

// Metadata and page share one read per request.
const loadModelVersion = cache(
  async (project: string, name: string, segment: string) => {
    const version = parseVersionSegment(segment);
    const model =
      version === null ? null : await getModel(project, name, version);
    if (!model) notFound();
    return model;
  },
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, name, version } = await params;
  return buildNodeMetadata(await loadModelVersion(project, name, version));
}

export default async function ModelVersionPage({ params }: Props) {
  const { project, name, version } = await params;
  return (
    <ModelDetail
      model={await loadModelVersion(project, name, version)}
      isVersionUrl
    />
  );
}
