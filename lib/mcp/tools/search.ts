import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { searchNodes } from "@/lib/db/queries/search";
import { readSearchParams, MAX_SEARCH_LIMIT } from "@/lib/search/params";
import { nodeUrl } from "@/lib/urls";
import { AnswerText } from "../budget";
import { clip, nameNode, plural } from "../describe";
import {
  answer,
  guardTool,
  pagingArgs,
  toolError,
  READ_ONLY_TOOL,
} from "../results";

const facet = (what: string) =>
  z.string().max(200).optional().describe(`Only ${what}.`);

const inputSchema = {
  query: z
    .string()
    .max(200)
    .default("")
    .describe(
      "Words to find in names, descriptions and columns. Qualifiers work too: type:source project:finance level:gold owner:finance.",
    ),
  project: facet("nodes of this dbt project"),
  resource_type: facet(
    "this resource type (model, source, seed, exposure, metric…)",
  ),
  access: facet("models of this access (public, protected, private)"),
  level: facet("data products at this maturity level (bronze, silver, gold)"),
  owner: facet("nodes owned by this name or email"),
  ...pagingArgs(10, MAX_SEARCH_LIMIT),
};

const hitSchema = z.object({
  uniqueId: z.string(),
  project: z.string(),
  name: z.string(),
  resourceType: z.string(),
  version: z.string().nullable(),
  access: z.string().nullable(),
  isProduct: z.boolean(),
  level: z.string().nullable(),
  owners: z.array(z.string()),
  description: z.string(),
  url: z.string(),
});

const outputSchema = {
  total: z.number(),
  isComplete: z.boolean(),
  offset: z.number(),
  nextOffset: z.number().nullable(),
  results: z.array(hitSchema),
};

const DESCRIPTION_CHARS = 240;

/** `search`: the catalog's own search (as on /search), ranked, in pages. */
export function registerSearch(server: McpServer, tokens: number): void {
  server.registerTool(
    "search",
    {
      title: "Search the mesh",
      description:
        "Finds data products, models, sources and other nodes across every project of the dbt mesh by name (exact, prefix, typo-tolerant) and by words in descriptions and columns. Data products rank first, higher maturity breaking ties. Gives each node's unique_id for the other tools.",
      inputSchema,
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const params = new URLSearchParams({
        q: args.query,
        limit: String(args.limit),
        offset: String(args.offset),
      });
      const facets = {
        project: args.project,
        type: args.resource_type,
        access: args.access,
        level: args.level,
        owner: args.owner,
      };
      for (const [key, value] of Object.entries(facets))
        if (value !== undefined) params.append(key, value);
      const read = readSearchParams(params);
      if (!read.ok) return toolError(read.error);
      const result = await searchNodes(read.input);
      const hits = result.hits.map((hit) => ({
        uniqueId: hit.uniqueId,
        project: hit.project,
        name: hit.name,
        resourceType: hit.resourceType,
        version: hit.version,
        access: hit.access,
        isProduct: hit.isProduct,
        level: hit.level,
        owners: hit.owners,
        description: clip(hit.description.text, DESCRIPTION_CHARS),
        url: nodeUrl(hit),
      }));
      const { offset } = read.input;
      const text = new AnswerText(tokens);
      const about = args.query.trim() === "" ? "" : ` for "${args.query}"`;
      text.line(
        hits.length === 0
          ? `No matches${about}${offset > 0 ? ` from offset ${offset}` : ""}.`
          : `${result.isComplete ? plural(result.total, "match", "matches") : `${result.total}+ matches`}${about}; results ${offset + 1}–${offset + hits.length}:`,
      );
      const shown = text.list(
        hits,
        (hit, i) => describeHit(hit, offset + i + 1),
        (count, left) =>
          `… ${left} more results of this page left out to fit the token budget; call again with offset=${offset + count}.`,
      );
      const end = offset + shown;
      const nextOffset = end < result.total ? end : null;
      if (nextOffset !== null && shown === hits.length)
        text.line(`More results: call again with offset=${nextOffset}.`);
      return answer(text, {
        total: result.total,
        isComplete: result.isComplete,
        offset,
        nextOffset,
        results: hits.slice(0, shown),
      });
    }),
  );
}

function describeHit(hit: z.infer<typeof hitSchema>, rank: number): string {
  const facts = [
    hit.resourceType,
    hit.access,
    hit.isProduct ? `data product${hit.level ? ` (${hit.level})` : ""}` : null,
    hit.owners.length > 0 ? `owners: ${hit.owners.join(", ")}` : null,
  ].filter((f) => f !== null);
  const lines = [
    `${rank}. ${nameNode(hit)} — ${facts.join("; ")}`,
    `   unique_id: ${hit.uniqueId}`,
  ];
  if (hit.description !== "") lines.push(`   ${hit.description}`);
  return lines.join("\n");
}
