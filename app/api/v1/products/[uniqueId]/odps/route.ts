import { withApiErrors } from "@/lib/api/api-errors";
import { resolveNodeProject } from "@/lib/api/node-project";
import { jsonError } from "@/lib/api/responses";
import {
  readStandardFormat,
  standardDocument,
} from "@/lib/api/standards-response";
import { getProductVersions } from "@/lib/db/queries/standards";
import { productId, toOdpsProduct } from "@/lib/standards/odps";

export const dynamic = "force-dynamic";

/**
 * A data product as an Open Data Product Standard v1.0 document, one output
 * port per version (`?format=json|yaml`, `?project=`). Any version's
 * unique_id names the product.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ uniqueId: string }> },
): Promise<Response> {
  const { uniqueId } = await params;
  const format = readStandardFormat(request);
  if (typeof format !== "string") return format.response;
  const resolved = await resolveNodeProject(request, uniqueId);
  if ("response" in resolved) return resolved.response;
  const found = await getProductVersions(resolved.project, uniqueId);
  if (found.status === "missing")
    return jsonError(
      404,
      `No model "${uniqueId}" in project "${resolved.project}"`,
    );
  if (found.status === "not_a_product")
    return jsonError(
      404,
      `"${uniqueId}" is not a data product of "${resolved.project}" under its policy`,
    );
  const document = toOdpsProduct(found.versions);
  return standardDocument(
    document,
    format,
    `${productId(resolved.project, String(document.name))}.odps.yaml`,
  );
});
