import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { uniqueIdSchema } from "@/lib/api/lineage-params";
import { BusyError } from "@/lib/db/admission";
import {
  isConnectionLost,
  isDatabaseUnavailable,
  reportConnectionLost,
} from "@/lib/db/availability";
import type { FocusLookup } from "@/lib/db/queries/lineage-nodes";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import type { AnswerText } from "./budget";
import { getLogger } from "@/lib/ops/logger";

/** Every tool only reads the catalog, and the catalog alone. */
export const READ_ONLY_TOOL = {
  readOnlyHint: true,
  openWorldHint: false,
} as const;

/** How every tool that is about one node names it. */
export const NODE_ARGS = {
  unique_id: uniqueIdSchema.describe(
    "The node's dbt unique_id, as the search tool gives it (model.finance.fct_revenue.v2). A versioned model's id without its .vN means its latest version.",
  ),
  project: projectNameSchema
    .optional()
    .describe(
      "The project to read the node in; only needed for an installed package's node, which lives in every project that installs it.",
    ),
};

/** A tool's answer: the text an assistant reads, and the same facts as data. */
export function answer<T extends Record<string, unknown>>(
  text: AnswerText,
  structured: T,
): CallToolResult {
  return {
    content: [{ type: "text", text: text.toString() }],
    structuredContent: structured,
  };
}

/** An answer that says what went wrong, flagged so the assistant knows it is no result. */
export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}

/** Why a node could not be read, and what to do about it. */
export function describeLookupProblem(
  uniqueId: string,
  lookup: Exclude<FocusLookup, { status: "found" }>,
): string {
  switch (lookup.status) {
    case "missing":
      return `No node with unique_id "${uniqueId}" in the catalog. Find ids with the search tool (unique_ids look like model.<package>.<name>).`;
    case "ambiguous":
      return `"${uniqueId}" is in several projects (${lookup.projects.join(", ")}); call again with project set to one of them.`;
  }
}

/**
 * Wraps a tool's handler so that what it throws is still an answer in the
 * tool's terms: a busy or absent database says to retry; anything else says
 * the catalog failed, the details going to the server log (not to the
 * assistant, as SQL or stack traces would).
 */
export function guardTool<A>(
  handler: (args: A) => Promise<CallToolResult>,
): (args: A) => Promise<CallToolResult> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (isConnectionLost(error)) reportConnectionLost();
      if (error instanceof BusyError || isDatabaseUnavailable(error))
        return toolError(
          "The catalog's database is busy or unavailable; retry in a few seconds.",
        );
      getLogger().error({ err: error }, "MCP tool failed");
      return toolError(
        "The catalog failed to answer; the server log has the details.",
      );
    }
  };
}

/** Offset and limit for a tool that answers in pages. */
export function pagingArgs(defaultLimit: number, maxLimit: number) {
  return {
    limit: z
      .number()
      .int()
      .min(1)
      .max(maxLimit)
      .default(defaultLimit)
      .describe(`Items at most in this answer (${defaultLimit} by default).`),
    offset: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(0)
      .describe("Items to skip: the offset an earlier, cut answer named."),
  };
}
