import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasGroup } from "@/lib/db/queries/exists";
import { decodeParams } from "@/lib/urls";

// Outside the page's loading boundary: a group the project does not have answers 404.
export default async function GroupLayout({
  params,
  children,
}: {
  params: Promise<{ project: string; group: string }>;
  children: ReactNode;
}) {
  const { project, group } = await decodeParams(params);
  if (!(await hasGroup(project, group))) notFound();
  return children;
}
