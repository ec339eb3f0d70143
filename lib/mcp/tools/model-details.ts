import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { ColumnView, NodeDetail } from "@/lib/db/queries/nodes";
import { now } from "@/lib/clock";
import { buildRefSnippet } from "@/lib/mesh/ref-snippet";
import type { DeclaredSla } from "@/lib/score/freshness-criteria";
import { assessFreshness } from "@/lib/score/freshness-assessment";
import { nodeUrl } from "@/lib/urls";
import { AnswerText } from "../budget";
import { clip, describeAge, nameNode } from "../describe";
import { listNodeOwners, readNodePage, type NodeReading } from "../read-node";
import {
  answer,
  describeLookupProblem,
  guardTool,
  NODE_ARGS,
  pagingArgs,
  toolError,
  READ_ONLY_TOOL,
} from "../results";

const DESCRIPTION_CHARS = 2_000;
const COLUMN_DESCRIPTION_CHARS = 200;

const columnSchema = z.object({
  name: z.string(),
  dataType: z.string().nullable(),
  description: z.string(),
  tests: z.array(z.object({ name: z.string(), status: z.string().nullable() })),
});

const outputSchema = {
  uniqueId: z.string(),
  project: z.string(),
  name: z.string(),
  resourceType: z.string(),
  version: z.string().nullable(),
  latestVersion: z.string().nullable(),
  deprecationDate: z.string().nullable(),
  description: z.string(),
  access: z.string().nullable(),
  materialized: z.string().nullable(),
  relationName: z.string().nullable(),
  contractEnforced: z.boolean(),
  tags: z.array(z.string()),
  group: z.string().nullable(),
  owners: z.array(z.string()),
  isProduct: z.boolean(),
  sla: z
    .object({
      value: z.string(),
      origin: z.string(),
      seconds: z.number().nullable(),
    })
    .nullable(),
  maturity: z
    .object({
      level: z.string().nullable(),
      score: z.number(),
      nextLevel: z.string().nullable(),
      missing: z.array(
        z.object({ id: z.string(), title: z.string(), evidence: z.string() }),
      ),
    })
    .nullable(),
  ref: z.object({ code: z.string(), scope: z.string() }).nullable(),
  url: z.string(),
  columns: z.object({
    total: z.number(),
    offset: z.number(),
    nextOffset: z.number().nullable(),
    items: z.array(columnSchema),
  }),
};

type Details = z.infer<z.ZodObject<typeof outputSchema>>;

/** `get_model_details`: what a product's page says about it, in a few lines. */
export function registerModelDetails(server: McpServer, tokens: number): void {
  server.registerTool(
    "get_model_details",
    {
      title: "Get a model's details",
      description:
        "Describes a model (or any node) of the mesh: description, columns with types and tests, owners, freshness SLA, access and contract, versions, its maturity level and score when it is a data product, and how to ref it from another project.",
      inputSchema: { ...NODE_ARGS, ...columnPagingArgs() },
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const read = await readNodePage(args.unique_id, args.project);
      if (read.status !== "found")
        return toolError(describeLookupProblem(args.unique_id, read));
      const { node } = read;
      const { declared: sla, build } = assessFreshness(
        {
          node: { config: { ...node.config }, meta: { ...node.meta } },
          builtAt: node.runResult?.completedAt ?? null,
          sources: [],
        },
        read.slaMetaKeys,
        now(),
      );
      const details = toDetails(read, sla, {
        offset: args.columns_offset,
        limit: args.columns_limit,
      });
      const text = new AnswerText(tokens);
      writeHeader(text, details, node);
      if (sla)
        text.line(
          `Freshness SLA: ${sla.value} (${sla.origin}); last built ${describeAge(build.ageSeconds)}${build.kind === "late" ? ", later than the SLA allows" : ""}.`,
        );
      text.line(
        `Description: ${details.description === "" ? "(none)" : clip(details.description, DESCRIPTION_CHARS)}`,
      );
      const shown = writeColumns(text, details.columns, args.columns_offset);
      const end = args.columns_offset + shown;
      return answer(text, {
        ...details,
        columns: {
          ...details.columns,
          nextOffset: end < node.columns.length ? end : null,
          items: details.columns.items.slice(0, shown),
        },
      });
    }),
  );
}

/** The node as the tool's structured content gives it, with one page of columns. */
function toDetails(
  read: Extract<NodeReading, { status: "found" }>,
  sla: DeclaredSla | null,
  page: { offset: number; limit: number },
): Details {
  const { node, product } = read;
  const score = product?.score ?? null;
  const columns = node.columns.slice(page.offset, page.offset + page.limit);
  return {
    uniqueId: node.uniqueId,
    project: node.project,
    name: node.name,
    resourceType: node.resourceType,
    version: node.version,
    latestVersion: node.latestVersion,
    deprecationDate: node.deprecationDate,
    description: node.description,
    access: node.access,
    materialized: node.materialized,
    relationName: node.relationName,
    contractEnforced: node.contractEnforced,
    tags: node.tags,
    group: node.group?.name ?? null,
    owners: listNodeOwners(node, product),
    isProduct: node.isProduct,
    sla,
    maturity: score && {
      level: score.level,
      score: score.score,
      nextLevel: score.nextLevel?.level ?? null,
      missing: (score.nextLevel?.missing ?? []).map(
        ({ id, title, evidence }) => ({
          id,
          title,
          evidence,
        }),
      ),
    },
    ref: node.resourceType === "model" ? buildRefSnippet(node) : null,
    url: nodeUrl(node),
    columns: {
      total: node.columns.length,
      offset: page.offset,
      nextOffset: null,
      items: columns.map(toColumn),
    },
  };
}

function columnPagingArgs() {
  const { limit, offset } = pagingArgs(100, 1_000);
  return {
    columns_limit: limit.describe(
      "Columns at most in this answer (100 by default).",
    ),
    columns_offset: offset.describe(
      "Columns to skip: the offset an earlier, cut answer named.",
    ),
  };
}

function toColumn(column: ColumnView): z.infer<typeof columnSchema> {
  return {
    name: column.name,
    dataType: column.dataType ?? column.catalogType,
    description: clip(column.description, COLUMN_DESCRIPTION_CHARS),
    tests: column.tests.map((t) => ({
      name: t.testName ?? t.name,
      status: t.status,
    })),
  };
}

function writeHeader(text: AnswerText, d: Details, node: NodeDetail): void {
  const kind = d.isProduct
    ? `data product${d.maturity ? `, ${d.maturity.level ?? "below the first level"}, score ${d.maturity.score}/100` : ""}`
    : d.resourceType;
  text.line(`${nameNode(d)} (${kind})`);
  text.line(`unique_id: ${d.uniqueId} · page: ${d.url}`);
  const facts = [
    d.access && `access: ${d.access}`,
    d.materialized && `materialized: ${d.materialized}`,
    d.relationName && `relation: ${d.relationName}`,
    d.contractEnforced
      ? "contract enforced"
      : d.resourceType === "model"
        ? "contract not enforced"
        : null,
  ].filter(Boolean);
  if (facts.length > 0) text.line(facts.join(" · "));
  if (d.version !== null)
    text.line(
      `Version ${d.version}${d.version === d.latestVersion ? " (the latest)" : `; latest is ${d.latestVersion ?? "unknown"}`}${d.deprecationDate ? `; deprecated from ${d.deprecationDate}` : ""}. Versions: ${node.versions.map((v) => v.version).join(", ")}.`,
    );
  text.line(
    `Owners: ${d.owners.length > 0 ? d.owners.join(", ") : "none declared"}${d.group ? ` (group ${d.group})` : ""}`,
  );
  if (d.tags.length > 0) text.line(`Tags: ${d.tags.join(", ")}`);
  if (d.ref)
    text.line(`How to ref it (${d.ref.scope.toLowerCase()}): ${d.ref.code}`);
  if (d.maturity?.nextLevel)
    text.line(
      `To reach ${d.maturity.nextLevel}: ${d.maturity.missing.map((m) => `${m.title} (${m.evidence})`).join("; ") || "nothing blocking"}.`,
    );
}

function writeColumns(
  text: AnswerText,
  columns: Details["columns"],
  offset: number,
): number {
  if (columns.total === 0) {
    text.line("Columns: none documented or in the warehouse catalog.");
    return 0;
  }
  text.line(
    `Columns (${columns.total}${offset > 0 ? `, from ${offset + 1}` : ""}):`,
  );
  const shown = text.list(
    columns.items,
    (c) => {
      const tests = c.tests
        .map((t) => `${t.name} ${t.status ?? "not run"}`)
        .join(", ");
      return `- ${c.name}${c.dataType ? ` (${c.dataType})` : ""}${c.description ? `: ${c.description}` : ""}${tests ? ` [tests: ${tests}]` : ""}`;
    },
    (count, left) =>
      `… ${left} more columns left out to fit the token budget; call again with columns_offset=${offset + count}.`,
  );
  const end = offset + shown;
  if (shown === columns.items.length && end < columns.total)
    text.line(`More columns: call again with columns_offset=${end}.`);
  return shown;
}
