import { withApiErrors } from "@/lib/api/api-errors";
import { jsonError, jsonOk } from "@/lib/api/responses";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { hasProject } from "@/lib/db/queries/exists";
import { getGovernance } from "@/lib/db/queries/governance";

export const dynamic = "force-dynamic";

/** The latest run of the mesh-wide checks, for the mesh or `?project=`, with the trend across runs. */
export const GET = withApiErrors(async function GET(
  request: Request,
): Promise<Response> {
  const project = new URL(request.url).searchParams.get("project");
  if (project !== null) {
    const name = projectNameSchema.safeParse(project);
    if (!name.success)
      return jsonError(400, `"${project}" is not a dbt project name`);
    if (!(await hasProject(name.data)))
      return jsonError(404, `No project named "${name.data}"`);
  }
  const view = await getGovernance(project ?? undefined);
  return jsonOk(
    view ?? {
      run: null,
      checks: [],
      problems: [],
      violations: [],
      totals: { error: 0, warn: 0, excepted: 0 },
      trend: [],
    },
  );
});
