import { withApiErrors } from "@/lib/api/api-errors";
import { jsonError } from "@/lib/api/responses";
import { svgResponse } from "@/lib/api/svg-response";
import { renderBadgeSvg } from "@/components/product/badge-svg";
import { getProductBadge } from "@/lib/db/queries/product-badge";
import { decodeParams } from "@/lib/urls";

export const dynamic = "force-dynamic";

/** A data product's status badge (SVG): its level, score and tests' health, linking to its page. */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ project: string; name: string }> },
): Promise<Response> {
  const { project, name } = await decodeParams(params);
  const badge = await getProductBadge(project, name);
  if (!badge)
    return jsonError(404, `No data product "${name}" in project "${project}"`);
  return svgResponse(request, renderBadgeSvg(badge));
});
