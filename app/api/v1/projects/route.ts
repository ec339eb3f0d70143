import { jsonOk } from "@/lib/api/responses";
import { getMeshOverview } from "@/lib/db/queries/projects";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** Every project of the mesh with its counts and cross-project dependencies. */
export const GET = withApiErrors(async function GET(): Promise<Response> {
  const mesh = await getMeshOverview();
  return jsonOk({
    projects: mesh.projects,
    dependencies: mesh.dependencies,
    externalProjects: mesh.externalProjects,
  });
});
