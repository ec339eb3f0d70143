import { presentMeshMap } from "@/lib/api/present-lineage";
import { jsonOk } from "@/lib/api/responses";
import { getMeshMap } from "@/lib/db/queries/lineage-projects";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** The mesh map: projects with model counts, producer → consumer edges with ref counts. */
export const GET = withApiErrors(async function GET(): Promise<Response> {
  return jsonOk(presentMeshMap(await getMeshMap()));
});
