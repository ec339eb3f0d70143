import { jsonError, jsonOk } from "@/lib/api/responses";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import { presentNode } from "@/lib/api/present";
import { findNodeProjects, getNode } from "@/lib/db/queries/nodes";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/**
 * A node by dbt unique_id: columns, tests with results, parents and children
 * (cross-project ones included, each with `resolved`). A package's node lives
 * in every project that installs it; `?project=` picks one, else the project
 * the package is named after.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ uniqueId: string }> },
): Promise<Response> {
  const { uniqueId } = await params;
  const requested = new URL(request.url).searchParams.get("project");
  if (requested !== null && !projectNameSchema.safeParse(requested).success) {
    return jsonError(400, `"${requested}" is not a dbt project name`);
  }
  const holders = await findNodeProjects(uniqueId);
  const project =
    requested ??
    (
      holders.find((h) => h.isOwnPackage) ??
      (holders.length === 1 ? holders[0] : undefined)
    )?.project;
  if (project === undefined) {
    if (holders.length === 0)
      return jsonError(404, `No node with unique_id "${uniqueId}"`);
    return jsonError(
      409,
      `"${uniqueId}" is in several projects; pick one with ?project=`,
      {
        projects: holders.map((h) => h.project),
      },
    );
  }
  const node = await getNode(project, uniqueId);
  if (!node)
    return jsonError(404, `No node "${uniqueId}" in project "${project}"`);
  return jsonOk(presentNode(node));
});
