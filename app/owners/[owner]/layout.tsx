import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasOwner } from "@/lib/db/queries/exists";
import { decodeParams } from "@/lib/urls";

// Outside the page's loading boundary: an owner nobody in the mesh goes by answers 404.
export default async function OwnerLayout({
  params,
  children,
}: {
  params: Promise<{ owner: string }>;
  children: ReactNode;
}) {
  const { owner } = await decodeParams(params);
  if (!(await hasOwner(owner))) notFound();
  return children;
}
