import { jsonError, jsonOk } from "@/lib/api/responses";
import { presentSearch } from "@/lib/api/present-search";
import { searchNodes } from "@/lib/db/queries/search";
import { readSearchParams } from "@/lib/search/params";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/**
 * Searches nodes by name (exact, prefix, typo-tolerant) and full text
 * (descriptions, columns): `?q=&project=&type=&access=&owner=&level=&tag=&materialized=&limit=&offset=`.
 * Facet parameters repeat for alternatives; `key:value` qualifiers in `q` work too.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
): Promise<Response> {
  const read = readSearchParams(new URL(request.url).searchParams);
  if (!read.ok) return jsonError(400, read.error);
  const { input } = read;
  const result = await searchNodes(input, { signal: request.signal });
  return jsonOk(presentSearch(input, result));
});
