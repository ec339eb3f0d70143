import {
  describeIssues,
  impactQuerySchema,
  readQuery,
  uniqueIdSchema,
} from "@/lib/api/lineage-params";
import { focusProblem, presentImpact } from "@/lib/api/present-lineage";
import { jsonError, jsonOk } from "@/lib/api/responses";
import { getImpact } from "@/lib/db/queries/lineage-impact";
import { formatImpactCsv } from "@/lib/mesh/lineage/impact-csv";
import { pageImpactReport } from "@/lib/mesh/lineage/impact-page";
import { withApiErrors } from "@/lib/api/api-errors";
import { respondColumnImpact } from "@/lib/api/present-column-impact";
import { getColumnImpact } from "@/lib/db/queries/column-impact";

export const dynamic = "force-dynamic";

const CSV_SUFFIX = ".csv";

/**
 * What depends on a node (or, with `?column=`, on one of its columns), in
 * every project, grouped by project and owner,
 * with one path to each, `?limit=` nodes (500 by default, 5,000 at most) from
 * `?offset=`. `?format=csv` (or a `.csv` suffix on the id) gives the whole
 * report as a CSV download instead.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ uniqueId: string }> },
): Promise<Response> {
  const query = impactQuerySchema.safeParse(readQuery(request));
  if (!query.success) return jsonError(400, describeIssues(query.error));
  const raw = (await params).uniqueId;
  const hasSuffix = query.data.format === undefined && raw.endsWith(CSV_SUFFIX);
  const format = query.data.format ?? (hasSuffix ? "csv" : "json");
  const id = uniqueIdSchema.safeParse(
    hasSuffix ? raw.slice(0, -CSV_SUFFIX.length) : raw,
  );
  if (!id.success) return jsonError(400, describeIssues(id.error));
  if (query.data.column !== undefined) {
    if (format === "csv")
      return jsonError(
        400,
        "A column's impact is JSON only; leave out ?format=csv",
      );
    return respondColumnImpact(
      id.data,
      await getColumnImpact({
        uniqueId: id.data,
        project: query.data.project,
        column: query.data.column,
      }),
    );
  }
  const result = await getImpact({
    uniqueId: id.data,
    project: query.data.project,
    filter: query.data.types,
  });
  if (result.status !== "found") return focusProblem(id.data, result);
  if (format === "json")
    return jsonOk(
      presentImpact(
        result.focus,
        pageImpactReport(result.report, {
          offset: query.data.offset,
          limit: query.data.limit,
        }),
      ),
    );
  const file = `impact-${result.focus.project}-${result.focus.name}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_",
  );
  return new Response(formatImpactCsv(result.report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
