import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { findLineageFocus } from "@/lib/db/queries/exists";

/**
 * The layout of a page about one node's lineage or impact. It sits outside
 * the page's loading boundary, so a node the project lacks answers 404 (a
 * versioned model named without its version means its latest, as in the API).
 */
export async function FocusGate({
  params,
  children,
}: {
  params: Promise<{ project: string; uniqueId: string }>;
  children: ReactNode;
}) {
  const { project, uniqueId } = await params;
  if (!(await findLineageFocus(project, uniqueId))) notFound();
  return children;
}
