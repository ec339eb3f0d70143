import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { locateNode } from "@/lib/db/queries/exists";
import { getProductScore } from "@/lib/db/queries/scores";
import type { RuleResult } from "@/lib/score/types";
import { AnswerText } from "../budget";
import { nameNode } from "../describe";
import {
  answer,
  describeLookupProblem,
  guardTool,
  NODE_ARGS,
  toolError,
  READ_ONLY_TOOL,
} from "../results";

const ruleSchema = z.object({
  id: z.string(),
  title: z.string(),
  level: z.string(),
  severity: z.string(),
  status: z.string(),
  evidence: z.string(),
  advice: z.string(),
});

const outputSchema = {
  uniqueId: z.string(),
  project: z.string(),
  level: z.string().nullable(),
  score: z.number(),
  levels: z.array(z.string()),
  scoredAt: z.string(),
  policy: z.string(),
  nextLevel: z
    .object({
      level: z.string(),
      missing: z.array(z.string()),
      warnings: z.array(z.string()),
    })
    .nullable(),
  rules: z.array(ruleSchema),
};

const STATUS_MARKS: Record<RuleResult["status"], string> = {
  pass: "✓",
  fail: "✗",
  excepted: "~",
  not_applicable: "-",
};
// Failing rules first: they are what the product's team acts on.
const STATUS_ORDER: Record<RuleResult["status"], number> = {
  fail: 0,
  excepted: 1,
  pass: 2,
  not_applicable: 3,
};

/** `get_product_maturity`: the product page's maturity section, every rule with its evidence. */
export function registerProductMaturity(
  server: McpServer,
  tokens: number,
): void {
  server.registerTool(
    "get_product_maturity",
    {
      title: "Get a data product's maturity",
      description:
        "A data product's maturity level (bronze, silver, gold under the default policy) and score out of 100, every rule of its project's policy with its status, evidence and how to fix it, and what the next level needs.",
      inputSchema: NODE_ARGS,
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const lookup = await locateNode(args.unique_id, args.project ?? null);
      if (lookup.status !== "found")
        return toolError(describeLookupProblem(args.unique_id, lookup));
      const row = lookup.node;
      const score = await getProductScore(row.project, row.unique_id);
      if (!score)
        return toolError(
          `${row.unique_id} in ${row.project} is not a data product, so it has no maturity score. Data products are public models (or as the project's policy selects them); the search tool's level filter finds them.`,
        );
      const rules = [...score.rules].sort(
        (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
      );
      const text = new AnswerText(tokens);
      text.line(
        `${nameNode({ project: row.project, name: score.name, version: score.version })}: ${score.level ?? "below the first level"}, score ${score.score}/100 (levels ${score.levels.map((l) => l.id).join(" < ")}; scored ${score.scoredAt}${score.policySource ? ` by ${score.policySource}` : ""}).`,
      );
      const next = score.nextLevel;
      if (next)
        text.line(
          `To reach ${next.level}: ${next.missing.map((m) => m.title).join("; ") || "nothing blocking"}${next.warnings.length > 0 ? ` (warnings: ${next.warnings.map((w) => w.title).join("; ")})` : ""}.`,
        );
      text.line("Rules (✓ pass, ✗ fail, ~ excepted, - not applicable):");
      const shown = text.list(
        rules,
        (r) =>
          `${STATUS_MARKS[r.status]} ${r.id} [${r.level}, ${r.severity}] ${r.title}: ${r.evidence}${r.status === "fail" ? `\n    fix: ${r.advice}` : ""}`,
        (_n, left) =>
          `… ${left} more rules left out to fit the token budget (passing and not-applicable ones come last).`,
      );
      return answer(text, {
        uniqueId: score.uniqueId,
        project: row.project,
        level: score.level,
        score: score.score,
        levels: score.levels.map((l) => l.id),
        scoredAt: score.scoredAt,
        policy: score.policySource,
        nextLevel: next && {
          level: next.level,
          missing: next.missing.map((m) => m.id),
          warnings: next.warnings.map((w) => w.id),
        },
        rules: rules.slice(0, shown).map((r) => ({
          id: r.id,
          title: r.title,
          level: r.level,
          severity: r.severity,
          status: r.status,
          evidence: r.evidence,
          advice: r.advice,
        })),
      });
    }),
  );
}
