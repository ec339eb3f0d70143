import { notFound, permanentRedirect } from "next/navigation";
import type { ReactNode } from "react";
import { findNodeIdentity } from "@/lib/db/queries/exists";
import { decodeParams, nodeUrl } from "@/lib/urls";

// Outside the page's loading boundary: a missing node answers 404, and a
// model's unique id moves to the model's own URL.
export default async function NodeLayout({
  params,
  children,
}: {
  params: Promise<{ project: string; uniqueId: string }>;
  children: ReactNode;
}) {
  const { project, uniqueId } = await decodeParams(params);
  const identity = await findNodeIdentity(project, uniqueId);
  if (!identity) notFound();
  if (identity.resourceType === "model")
    permanentRedirect(nodeUrl({ ...identity, project, uniqueId }));
  return children;
}
