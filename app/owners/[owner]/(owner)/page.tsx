import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OwnerView } from "@/components/owners/owner-view";
import { getOwnerPage } from "@/lib/db/queries/owner-page";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ owner: string }> };

// Metadata and page share one read per request.
const loadOwner = cache(async (owner: string) => {
  const page = await getOwnerPage(owner);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { owner } = await decodeParams(params);
  const page = await loadOwner(owner);
  const name = page.name ?? page.email ?? owner;
  return {
    title: name,
    description: `Data products owned by ${name}: ${page.products.length} across the mesh.`,
  };
}

export default async function OwnerPage({ params }: Props) {
  const { owner } = await decodeParams(params);
  return <OwnerView page={await loadOwner(owner)} ownerKey={owner} />;
}
