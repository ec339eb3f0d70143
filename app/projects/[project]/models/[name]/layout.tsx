import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasModel } from "@/lib/db/queries/exists";
import { decodeParams } from "@/lib/urls";

// Outside the pages' loading boundaries: a missing model answers 404.
export default async function ModelLayout({
  params,
  children,
}: {
  params: Promise<{ project: string; name: string }>;
  children: ReactNode;
}) {
  const { project, name } = await decodeParams(params);
  if (!(await hasModel(project, name))) notFound();
  return children;
}
