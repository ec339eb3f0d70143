import {
  describeIssues,
  lineageQuerySchema,
  readQuery,
} from "@/lib/api/lineage-params";
import { focusProblem, presentLineage } from "@/lib/api/present-lineage";
import { jsonError, jsonOk } from "@/lib/api/responses";
import { getLineage } from "@/lib/db/queries/lineage";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/**
 * The lineage of a node: `up`/`down` hops (default 2, or `full`), resource
 * `types` (default: all but tests and macros), collapsed into group nodes when
 * too large to draw.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
): Promise<Response> {
  const query = lineageQuerySchema.safeParse(readQuery(request));
  if (!query.success) return jsonError(400, describeIssues(query.error));
  const { focus, project, up, down, types } = query.data;
  const result = await getLineage({
    uniqueId: focus,
    project,
    up,
    down,
    filter: types,
  });
  if (result.status !== "found") return focusProblem(focus, result);
  return jsonOk(presentLineage(result.lineage));
});
