import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasModel } from "@/lib/db/queries/exists";
import { decodeParams, parseVersionSegment } from "@/lib/urls";

// Outside the page's loading boundary: a segment that is no version, or a
// version the model does not have, answers 404.
export default async function ModelVersionLayout({
  params,
  children,
}: {
  params: Promise<{ project: string; name: string; version: string }>;
  children: ReactNode;
}) {
  const { project, name, version: segment } = await decodeParams(params);
  const version = parseVersionSegment(segment);
  if (version === null || !(await hasModel(project, name, version))) notFound();
  return children;
}
