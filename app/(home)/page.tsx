import { Map as MapIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { DependencyTable } from "@/components/mesh/dependency-table";
import { MeshEmptyState } from "@/components/mesh/mesh-empty-state";
import { MeshStats } from "@/components/mesh/mesh-stats";
import {
  describeDependencies,
  summarizeMesh,
} from "@/components/mesh/mesh-summary";
import { ProjectCard } from "@/components/mesh/project-card";
import { RestLink } from "@/components/mesh/rest-link";
import { MeshMapView } from "@/components/mesh-map/mesh-map-view";
import { getButtonClasses } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format-number";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getMeshMapView } from "@/lib/db/queries/mesh-maturity";
import { getMeshOverview } from "@/lib/db/queries/projects";
import { meshMapUrl } from "@/lib/urls";

export const metadata: Metadata = {
  title: { absolute: "Mesh · Mesh Catalog" },
  description:
    "Every dbt project in the mesh, its public data products, and who depends on whom.",
};

/**
 * Cards and dependency rows the page shows at first: a mesh of hundreds of
 * projects would otherwise send megabytes few read. The rest are a link away.
 */
const CARDS_AT_FIRST = 30;
const DEPENDENCIES_AT_FIRST = 50;

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ projects?: string | string[] }>;
}) {
  const isEveryProjectShown = (await searchParams).projects === "all";
  const mesh = await getMeshOverview();
  const cards = isEveryProjectShown
    ? mesh.projects
    : mesh.projects.slice(0, CARDS_AT_FIRST);
  const dependencies = describeDependencies(mesh.dependencies);
  const rows = dependencies.slice(0, DEPENDENCIES_AT_FIRST);
  const map = mesh.projects.length === 0 ? null : await getMeshMapView();
  return (
    <>
      <PageHeader
        title="Mesh"
        description="Every dbt project in the mesh, its public data products, and who depends on whom."
      />
      {mesh.projects.length === 0 ? (
        <MeshEmptyState />
      ) : (
        <div className="flex flex-col gap-10 *:min-w-0">
          <MeshStats totals={summarizeMesh(mesh)} />
          {map ? (
            <Section
              id="mesh-map"
              title="Mesh map"
              description="Who uses whom: arrows run from producer to consumer, labelled with their refs."
              actions={
                <Link
                  href={meshMapUrl()}
                  className={getButtonClasses({
                    variant: "secondary",
                    size: "sm",
                  })}
                >
                  <MapIcon aria-hidden className="size-3.5" />
                  Open the mesh map
                </Link>
              }
            >
              <MeshMapView view={map} className="h-[440px] min-h-0" />
            </Section>
          ) : null}
          <Section
            id="projects"
            title="Projects"
            description="One dbt project per domain, as last ingested."
          >
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
              {cards.map((project) => (
                <ProjectCard key={project.name} project={project} />
              ))}
            </div>
            <RestLink
              shown={cards.length}
              total={mesh.projects.length}
              what="projects"
              href="/?projects=all#projects"
            >
              Show all {formatCount(mesh.projects.length)} projects
            </RestLink>
          </Section>
          <Section
            id="dependencies"
            title="Who depends on whom"
            description="Cross-project refs from each consumer to the producer whose public models it uses. Two projects may depend on each other, as long as their models form no cycle."
          >
            {mesh.dependencies.length === 0 ? (
              <p className="text-[13px] text-fg-muted">
                No project refs another project yet.
              </p>
            ) : (
              <>
                <DependencyTable rows={rows} />
                <RestLink
                  shown={rows.length}
                  total={dependencies.length}
                  what="dependencies"
                  href={`${meshMapUrl()}#mesh-deps-title`}
                >
                  All of them on the mesh map
                </RestLink>
              </>
            )}
          </Section>
        </div>
      )}
    </>
  );
}
