import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasProject } from "@/lib/db/queries/exists";
import { decodeParams } from "@/lib/urls";

// Runs outside the pages' loading boundaries: a missing project answers 404
// before the skeleton starts the response.
export default async function ProjectLayout({
  params,
  children,
}: {
  params: Promise<{ project: string }>;
  children: ReactNode;
}) {
  const { project } = await decodeParams(params);
  if (!(await hasProject(project))) notFound();
  return children;
}
