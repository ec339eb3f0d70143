import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { getLineage } from "@/lib/db/queries/lineage";
import type { DrawnNode } from "@/lib/mesh/lineage/collapse";
import { DEFAULT_HOPS, MAX_HOPS } from "@/lib/mesh/lineage/traverse";
import {
  HIDDEN_BY_DEFAULT,
  toTypeFilter,
} from "@/lib/mesh/lineage/type-filter";
import { AnswerText } from "../budget";
import { nameNode, nameNodeKey } from "../describe";
import {
  answer,
  describeLookupProblem,
  guardTool,
  NODE_ARGS,
  toolError,
  READ_ONLY_TOOL,
} from "../results";

export const TYPES_ARG = z
  .array(z.string().regex(/^[a-z_]+$/, "is not a resource type"))
  .max(20)
  .optional()
  .describe(
    `Resource types to show (model, source, seed, snapshot, exposure, metric, semantic_model, test…); all but ${HIDDEN_BY_DEFAULT.join(", ")} when left out.`,
  );

const nodeSchema = z.object({
  id: z.string(),
  kind: z.enum(["node", "group"]),
  /** Hops from the focus: negative upstream, positive downstream. */
  depth: z.number(),
  project: z.string().nullable(),
  name: z.string(),
  version: z.string().nullable(),
  uniqueId: z.string().nullable(),
  resourceType: z.string().nullable(),
  access: z.string().nullable(),
  /** Nodes a group stands for (1 for a node). */
  count: z.number(),
  external: z.boolean(),
});

const outputSchema = {
  focus: z.string(),
  total: z.number(),
  collapsed: z.boolean(),
  truncated: z.boolean(),
  nodes: z.array(nodeSchema),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      crossProject: z.boolean(),
      hidden: z.boolean(),
    }),
  ),
};

type LineageNodeOut = z.infer<typeof nodeSchema>;

/** `get_lineage`: the lineage page's graph as lists of nodes and edges. */
export function registerLineage(server: McpServer, tokens: number): void {
  server.registerTool(
    "get_lineage",
    {
      title: "Get a node's lineage",
      description:
        "What a node is built from (upstream) and what is built from it (downstream), across every project of the mesh through two-argument refs, a number of hops each way. A neighbourhood too large to list folds into groups per project and dbt group.",
      inputSchema: {
        ...NODE_ARGS,
        direction: z
          .enum(["upstream", "downstream", "both"])
          .default("both")
          .describe("Which way to walk."),
        depth: z
          .number()
          .int()
          .min(1)
          .max(MAX_HOPS)
          .default(DEFAULT_HOPS)
          .describe(`Hops to walk each way (${DEFAULT_HOPS} by default).`),
        types: TYPES_ARG,
      },
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const result = await getLineage({
        uniqueId: args.unique_id,
        project: args.project ?? null,
        up: args.direction === "downstream" ? 0 : args.depth,
        down: args.direction === "upstream" ? 0 : args.depth,
        filter: toTypeFilter(args.types ?? null),
      });
      if (result.status !== "found")
        return toolError(describeLookupProblem(args.unique_id, result));
      const { lineage } = result;
      const nodes = lineage.nodes
        .map(toNodeOut)
        .sort(
          (a, b) =>
            Math.abs(a.depth) - Math.abs(b.depth) ||
            a.name.localeCompare(b.name),
        );
      const names = new Map(
        nodes.map((n) => [n.id, n.kind === "node" ? label(n) : n.name]),
      );
      const edges = lineage.edges.map((e) => ({
        source: e.source,
        target: e.target,
        crossProject: e.isCrossProject,
        hidden: e.isHidden,
      }));
      const text = new AnswerText(tokens);
      text.line(
        `Lineage of ${nameNodeKey(lineage.focus)}: ${lineage.total} nodes within ${args.depth} hops ${args.direction === "both" ? "each way" : args.direction}${lineage.isCollapsed ? ", folded into groups" : ""}${lineage.isTruncated ? "; the walk stopped at its node cap, so there is more" : ""}.`,
      );
      const narrow =
        "call again with a smaller depth, one direction or fewer types";
      const upstream = nodes.filter((n) => n.depth < 0);
      const downstream = nodes.filter((n) => n.depth > 0);
      const shownUp = writeSide(text, "Upstream", upstream, narrow);
      const shownDown = writeSide(text, "Downstream", downstream, narrow);
      const shown = new Set([
        lineage.focus,
        ...upstream.slice(0, shownUp).map((n) => n.id),
        ...downstream.slice(0, shownDown).map((n) => n.id),
      ]);
      const visibleEdges = edges.filter(
        (e) => shown.has(e.source) && shown.has(e.target),
      );
      if (visibleEdges.length > 0) text.line("Edges (parent → child):");
      const shownEdges = text.list(
        visibleEdges,
        (e) =>
          `- ${names.get(e.source) ?? nameNodeKey(e.source)} → ${names.get(e.target) ?? nameNodeKey(e.target)}${e.hidden ? " (hidden dependency: a source reads this model's relation without a ref)" : e.crossProject ? " (cross-project ref)" : ""}`,
        (_count, left) =>
          `… ${left} more edges left out to fit the token budget; ${narrow}.`,
      );
      return answer(text, {
        focus: lineage.focus,
        total: lineage.total,
        collapsed: lineage.isCollapsed,
        truncated: lineage.isTruncated,
        nodes: nodes.filter((n) => shown.has(n.id) || n.depth === 0),
        edges: visibleEdges.slice(0, shownEdges),
      });
    }),
  );
}

function toNodeOut(node: DrawnNode): LineageNodeOut {
  if (node.kind === "node")
    return {
      id: node.key,
      kind: "node",
      depth: node.depth,
      project: node.project,
      name: node.name,
      version: node.version,
      uniqueId: node.uniqueId,
      resourceType: node.resourceType,
      access: node.access,
      count: 1,
      external: node.isExternal,
    };
  const types = Object.entries(node.countsByType)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  const where = node.project ?? `${node.projectCount} other projects`;
  return {
    id: node.key,
    kind: "group",
    depth: node.side === "upstream" ? -node.minHops : node.minHops,
    project: node.project,
    name: `${node.count} nodes of ${where}${node.group ? `, group ${node.group}` : ""} (${types}; ${node.minHops}–${node.maxHops} hops)`,
    version: null,
    uniqueId: null,
    resourceType: null,
    access: null,
    count: node.count,
    external: node.isExternal,
  };
}

function label(n: LineageNodeOut): string {
  return n.project === null
    ? n.name
    : nameNode({ project: n.project, name: n.name, version: n.version });
}

function writeSide(
  text: AnswerText,
  title: string,
  nodes: readonly LineageNodeOut[],
  narrow: string,
): number {
  if (nodes.length === 0) return 0;
  text.line(`${title} (${nodes.length}):`);
  return text.list(
    nodes,
    (n) =>
      n.kind === "group"
        ? `- [group] ${n.name}`
        : `- ${label(n)} (${[n.resourceType, n.access, `${Math.abs(n.depth)} hop${Math.abs(n.depth) === 1 ? "" : "s"}`, n.external ? "not ingested" : null].filter(Boolean).join(", ")}) ${n.uniqueId}`,
    (_count, left) =>
      `… ${left} more ${title.toLowerCase()} nodes left out to fit the token budget; ${narrow}.`,
  );
}
