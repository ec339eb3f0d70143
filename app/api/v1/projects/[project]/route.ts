import { jsonError, jsonOk } from "@/lib/api/responses";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { getProject } from "@/lib/db/queries/projects";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** One project: counts by resource type, packages, groups, and projects it depends on or feeds. */
export const GET = withApiErrors(async function GET(
  _request: Request,
  { params }: { params: Promise<{ project: string }> },
): Promise<Response> {
  const { project } = await params;
  const name = projectNameSchema.safeParse(project);
  if (!name.success)
    return jsonError(400, `"${project}" is not a dbt project name`);
  const detail = await getProject(name.data);
  if (!detail) return jsonError(404, `No project named "${name.data}"`);
  return jsonOk(detail);
});
