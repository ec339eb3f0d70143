import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { getStar } from "@/lib/db/queries/lineage-star";
import {
  describeCardinality,
  describeJoins,
  describeSource,
  nameTables,
} from "@/lib/mesh/star/join-conditions";
import { adviseJoins, toRefCall } from "@/lib/mesh/star/join-snippet";
import type { StarTable } from "@/lib/mesh/star/types";
import { AnswerText } from "../budget";
import { nameNodeKey, plural } from "../describe";
import {
  answer,
  describeLookupProblem,
  guardTool,
  NODE_ARGS,
  toolError,
  READ_ONLY_TOOL,
} from "../results";

const tableSchema = z.object({
  id: z.string(),
  uniqueId: z.string(),
  project: z.string(),
  name: z.string(),
  resourceType: z.string(),
  role: z.string(),
  ref: z.string(),
  primaryKey: z.array(z.string()),
  foreignKeys: z.array(z.string()),
});

const joinSchema = z.object({
  from: z.string(),
  to: z.string(),
  condition: z.string(),
  cardinality: z.string(),
  declaredBy: z.array(z.string()),
  crossProject: z.boolean(),
});

const outputSchema = {
  focus: z.string(),
  kind: z.enum(["star", "upstream"]),
  truncated: z.boolean(),
  tables: z.array(tableSchema),
  joins: z.array(joinSchema),
  queries: z.array(
    z.object({ title: z.string(), why: z.string(), sql: z.string() }),
  ),
  fanOutWarning: z.string().nullable(),
};

/** `get_star_schema`: the product page's "How to join it". */
export function registerStarSchema(server: McpServer, tokens: number): void {
  server.registerTool(
    "get_star_schema",
    {
      title: "Get the star schema to join",
      description:
        "The star schema a model belongs to: the tables it joins or is joined by (across projects), their primary and foreign keys, each join condition with its cardinality and where it is declared (relationships test, foreign-key constraint, semantic entities), and queries that join them without repeating the model's rows (with a warning where joining everything at once would fan out). For a one-big-table product, the star it was built from.",
      inputSchema: NODE_ARGS,
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const result = await getStar({
        uniqueId: args.unique_id,
        project: args.project ?? null,
      });
      if (result.status !== "found")
        return toolError(describeLookupProblem(args.unique_id, result));
      const { star } = result;
      const names = nameTables(star.tables);
      const lines = describeJoins(star);
      const focus = star.tables.find((t) => t.key === star.focus);
      const advice = focus
        ? adviseJoins(focus, lines, names)
        : { queries: [], fanOutWarning: null };
      const tables = star.tables.map((t) => toTable(t));
      const joins = lines.map((l) => ({
        from: l.from.key,
        to: l.to.key,
        condition: l.condition,
        cardinality: l.cardinality,
        declaredBy: l.sources.map(describeSource),
        crossProject: l.isCrossProject,
      }));
      const text = new AnswerText(tokens);
      text.line(
        `${star.kind === "star" ? "Star schema of" : "Star that builds"} ${nameNodeKey(star.focus)}: ${plural(tables.length, "table")}, ${plural(joins.length, "join")}${result.isTruncated ? " (more tables join it than were loaded)" : ""}.`,
      );
      if (advice.fanOutWarning) text.line(advice.fanOutWarning);
      for (const query of advice.queries)
        text.line(`${query.title} (${query.why}):\n${query.sql}`);
      text.line("Joins:");
      const shownJoins = text.list(
        lines,
        (l) =>
          `- ${l.condition} (${describeCardinality(l.cardinality)}; ${l.sources.map(describeSource).join(", ")}${l.isCrossProject ? "; cross-project" : ""})`,
        (_n, left) => `… ${left} more joins left out to fit the token budget.`,
      );
      text.line("Tables:");
      const shownTables = text.list(
        tables,
        (t) =>
          `- ${names.get(t.id) ?? t.name} (${t.role}, ${t.resourceType} in ${t.project}): ${t.ref}; key ${t.primaryKey.join(", ") || "unknown"}${t.foreignKeys.length > 0 ? `; foreign keys ${t.foreignKeys.join(", ")}` : ""}`,
        (_n, left) => `… ${left} more tables left out to fit the token budget.`,
      );
      return answer(text, {
        focus: star.focus,
        kind: star.kind,
        truncated: result.isTruncated,
        tables: tables.slice(0, shownTables),
        joins: joins.slice(0, shownJoins),
        queries: advice.queries,
        fanOutWarning: advice.fanOutWarning,
      });
    }),
  );
}

function toTable(table: StarTable): z.infer<typeof tableSchema> {
  return {
    id: table.key,
    uniqueId: table.uniqueId,
    project: table.project,
    name: table.name,
    resourceType: table.resourceType,
    role: table.role,
    ref: toRefCall(table),
    primaryKey: table.primaryKey,
    foreignKeys: table.columns.filter((c) => c.isForeignKey).map((c) => c.name),
  };
}
