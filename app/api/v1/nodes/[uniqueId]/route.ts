import { jsonError, jsonOk } from "@/lib/api/responses";
import { presentNode } from "@/lib/api/present";
import { resolveNodeProject } from "@/lib/api/node-project";
import { getNode } from "@/lib/db/queries/nodes";
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
  const resolved = await resolveNodeProject(request, uniqueId);
  if ("response" in resolved) return resolved.response;
  const node = await getNode(resolved.project, uniqueId);
  if (!node)
    return jsonError(
      404,
      `No node "${uniqueId}" in project "${resolved.project}"`,
    );
  return jsonOk(presentNode(node));
});
