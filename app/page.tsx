import { FolderGit2 } from "lucide-react";
import { connection } from "next/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getPrisma } from "@/lib/db/client";

export default async function HomePage() {
  await connection();
  const projectCount = await getPrisma().project.count();
  return (
    <>
      <PageHeader
        title="Mesh"
        description="Every dbt project in the mesh, its public data products, and how they depend on each other."
      />
      {projectCount === 0 ? (
        <EmptyState
          icon={FolderGit2}
          title="No projects yet"
          description={
            <p>
              Ingest a dbt project&apos;s artifacts (
              <code className="font-mono text-xs text-fg">
                target/manifest.json
              </code>{" "}
              and friends) to start the catalog.
            </p>
          }
        />
      ) : (
        <p className="text-fg-muted">
          {projectCount} {projectCount === 1 ? "project" : "projects"} in the
          catalog.
        </p>
      )}
    </>
  );
}
