import type { Metadata } from "next";
import { MeshEmptyState } from "@/components/mesh/mesh-empty-state";
import { MeshMapView } from "@/components/mesh-map/mesh-map-view";
import { PageHeader } from "@/components/ui/page-header";
import { getMeshMapView } from "@/lib/db/queries/mesh-maturity";

export const metadata: Metadata = {
  title: "Mesh map",
  description:
    "Every project of the mesh and who uses whom, with the refs each dependency carries.",
};

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MeshMapPage({ searchParams }: Props) {
  const [view, search] = await Promise.all([getMeshMapView(), searchParams]);
  const edge = typeof search.edge === "string" ? search.edge : undefined;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Mesh", href: "/" }, { label: "Mesh map" }]}
        title="Mesh map"
        description="Every project of the mesh and who uses whom. Arrows run from the project that produces a model to the project that refs it, labelled with how many refs; choose a label to list them, or a project to open it."
      />
      {view.map.projects.length === 0 ? (
        <MeshEmptyState />
      ) : (
        <MeshMapView view={view} edge={edge} hasTables />
      )}
    </>
  );
}
