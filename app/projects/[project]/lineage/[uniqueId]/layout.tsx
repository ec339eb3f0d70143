import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { findNodeIdentity } from "@/lib/db/queries/exists";

// Outside the page's loading boundary: a node the project lacks answers 404.
export default async function LineageLayout({
  params,
  children,
}: {
  params: Promise<{ project: string; uniqueId: string }>;
  children: ReactNode;
}) {
  const { project, uniqueId } = await params;
  if (!(await findNodeIdentity(project, uniqueId))) notFound();
  return children;
}
