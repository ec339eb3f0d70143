import {
  describeIssues,
  readQuery,
  refsQuerySchema,
} from "@/lib/api/lineage-params";
import { jsonError, jsonOk } from "@/lib/api/responses";
import { listProjectRefs } from "@/lib/db/queries/lineage-projects";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** The refs one mesh-map edge carries: `?consumer=&producer=`. */
export const GET = withApiErrors(async function GET(
  request: Request,
): Promise<Response> {
  const query = refsQuerySchema.safeParse(readQuery(request));
  if (!query.success) return jsonError(400, describeIssues(query.error));
  const { consumer, producer } = query.data;
  const refs = await listProjectRefs(consumer, producer);
  return jsonOk({
    consumer,
    producer,
    refs: refs.map((r) => {
      const { isResolved, ...target } = r.producer;
      return {
        consumer: r.consumer,
        producer: { ...target, resolved: isResolved },
      };
    }),
  });
});
