import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { MAX_IMPACT_PAGE } from "@/lib/api/lineage-params";
import { getImpact } from "@/lib/db/queries/lineage-impact";
import { pageImpactReport } from "@/lib/mesh/lineage/impact-page";
import { formatOwner } from "@/lib/mesh/lineage/owner";
import { toTypeFilter } from "@/lib/mesh/lineage/type-filter";
import { AnswerText } from "../budget";
import { nameNode, nameNodeKey } from "../describe";
import {
  answer,
  describeLookupProblem,
  guardTool,
  NODE_ARGS,
  pagingArgs,
  toolError,
  READ_ONLY_TOOL,
} from "../results";
import { TYPES_ARG } from "./lineage";

const impactedSchema = z.object({
  id: z.string(),
  uniqueId: z.string(),
  project: z.string(),
  name: z.string(),
  version: z.string().nullable(),
  resourceType: z.string(),
  owner: z.string().nullable(),
  hops: z.number(),
  /** One shortest path from the focus, as node ids (`project:unique_id`). */
  path: z.array(z.string()),
});

const outputSchema = {
  focus: z.string(),
  total: z.number(),
  exposures: z.number(),
  truncated: z.boolean(),
  projects: z.array(z.object({ project: z.string(), count: z.number() })),
  offset: z.number(),
  nextOffset: z.number().nullable(),
  nodes: z.array(impactedSchema),
};

type Impacted = z.infer<typeof impactedSchema>;

/** `get_impact`: the impact page's report, in pages. */
export function registerImpact(server: McpServer, tokens: number): void {
  server.registerTool(
    "get_impact",
    {
      title: "Get what a change would impact",
      description:
        "Everything downstream of a node in every project of the mesh, with exposures (dashboards, apps), grouped by project and owner, each with the number of hops and one path from the node: whom to tell before changing it.",
      inputSchema: {
        ...NODE_ARGS,
        types: TYPES_ARG,
        ...pagingArgs(100, MAX_IMPACT_PAGE),
      },
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const result = await getImpact({
        uniqueId: args.unique_id,
        project: args.project ?? null,
        filter: toTypeFilter(args.types ?? null),
      });
      if (result.status !== "found")
        return toolError(describeLookupProblem(args.unique_id, result));
      const { report } = result;
      const page = pageImpactReport(report, {
        offset: args.offset,
        limit: args.limit,
      });
      const nodes: Impacted[] = page.report.projects.flatMap((p) =>
        p.owners.flatMap((group) =>
          group.nodes.map((n) => ({
            id: n.key,
            uniqueId: n.uniqueId,
            project: n.project,
            name: n.name,
            version: n.version,
            resourceType: n.resourceType,
            owner: group.owner && formatOwner(group.owner),
            hops: n.depth,
            path: n.path,
          })),
        ),
      );
      const text = new AnswerText(tokens);
      const projects = report.projects.map((p) => ({
        project: p.project,
        count: p.count,
      }));
      text.line(
        report.total === 0
          ? `Nothing downstream of ${nameNode(result.focus)}: it can change without impact on other nodes.`
          : `Changing ${nameNode(result.focus)} impacts ${report.total} nodes (${report.exposures} exposures) in ${projects.length} projects: ${projects.map((p) => `${p.project} ${p.count}`).join(", ")}${report.isTruncated ? "; the walk stopped at its node cap, so there is more" : ""}.`,
      );
      const names = new Map(nodes.map((n) => [n.id, nameNode(n)]));
      names.set(result.focus.key, nameNode(result.focus));
      const shown = text.list(
        nodes,
        (n) => describeImpacted(n, names),
        (count, left) =>
          `… ${left} more impacted nodes of this page left out to fit the token budget; call again with offset=${args.offset + count}.`,
      );
      const end = args.offset + shown;
      const nextOffset = shown < nodes.length ? end : page.nextOffset;
      if (shown === nodes.length && nextOffset !== null)
        text.line(`More impacted nodes: call again with offset=${nextOffset}.`);
      return answer(text, {
        focus: result.focus.key,
        total: report.total,
        exposures: report.exposures,
        truncated: report.isTruncated,
        projects,
        offset: args.offset,
        nextOffset,
        nodes: nodes.slice(0, shown),
      });
    }),
  );
}

function describeImpacted(
  n: Impacted,
  names: ReadonlyMap<string, string>,
): string {
  const via = n.path
    .slice(1, -1)
    .map((key) => names.get(key) ?? nameNodeKey(key));
  const route = via.length > 0 ? `, via ${via.join(" → ")}` : "";
  const owner = n.owner ? `; owner ${n.owner}` : "";
  return `- ${nameNode(n)} (${n.resourceType}, ${n.hops} hop${n.hops === 1 ? "" : "s"}${route}${owner}) ${n.uniqueId}`;
}
