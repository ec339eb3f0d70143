import { jsonError, jsonOk } from "@/lib/api/responses";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { readStoredConsumers } from "@/lib/db/diff-sides";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** Who consumes a project's nodes: other projects' refs (with the version each pins) and exposures, with owners. */
export const GET = withApiErrors(async function GET(
  _request: Request,
  { params }: { params: Promise<{ project: string }> },
): Promise<Response> {
  const { project } = await params;
  const name = projectNameSchema.safeParse(project);
  if (!name.success)
    return jsonError(400, `"${project}" is not a dbt project name`);
  const consumers = await readStoredConsumers(name.data);
  if (!consumers) return jsonError(404, `No project named "${name.data}"`);
  return jsonOk({ project: name.data, consumers });
});
