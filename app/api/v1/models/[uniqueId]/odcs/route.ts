import { withApiErrors } from "@/lib/api/api-errors";
import { resolveNodeProject } from "@/lib/api/node-project";
import { jsonError } from "@/lib/api/responses";
import {
  readStandardFormat,
  standardDocument,
} from "@/lib/api/standards-response";
import { getContractInput } from "@/lib/db/queries/standards";
import { toOdcsContract } from "@/lib/standards/odcs";

export const dynamic = "force-dynamic";

/** A model as an Open Data Contract Standard v3.1 document (`?format=json|yaml`, `?project=`). */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ uniqueId: string }> },
): Promise<Response> {
  const { uniqueId } = await params;
  const format = readStandardFormat(request);
  if (typeof format !== "string") return format.response;
  const resolved = await resolveNodeProject(request, uniqueId);
  if ("response" in resolved) return resolved.response;
  const input = await getContractInput(resolved.project, uniqueId);
  if (!input)
    return jsonError(
      404,
      `No model "${uniqueId}" in project "${resolved.project}"`,
    );
  return standardDocument(
    toOdcsContract(input),
    format,
    `${input.model.uniqueId}.odcs.yaml`,
  );
});
