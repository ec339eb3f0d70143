import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { now } from "@/lib/clock";
import type { TestView } from "@/lib/db/queries/nodes";
import {
  collectNodeTests,
  describeTestSummary,
  summarizeTests,
} from "@/lib/db/queries/test-summary";
import { isPassingStatus } from "@/lib/artifacts/run-statuses";
import {
  assessFreshness,
  FRESHNESS_LABELS,
} from "@/lib/score/freshness-assessment";
import { AnswerText } from "../budget";
import { clip, describeAge, nameNode } from "../describe";
import { readNodePage } from "../read-node";
import {
  answer,
  describeLookupProblem,
  guardTool,
  NODE_ARGS,
  toolError,
  READ_ONLY_TOOL,
} from "../results";

const countsSchema = z.object({
  total: z.number(),
  passed: z.number(),
  warned: z.number(),
  failed: z.number(),
  notRun: z.number(),
});

const problemSchema = z.object({
  uniqueId: z.string(),
  name: z.string(),
  status: z.string().nullable(),
  failures: z.number().nullable(),
  message: z.string().nullable(),
  /** The node it tests, for upstream problems. */
  node: z.string().nullable(),
});

const sourceSchema = z.object({
  name: z.string(),
  criteria: z.string().nullable(),
  status: z.string().nullable(),
  ageSeconds: z.number().nullable(),
});

const outputSchema = {
  uniqueId: z.string(),
  project: z.string(),
  verdict: z.object({ state: z.string(), label: z.string() }),
  lastBuild: z
    .object({
      status: z.string(),
      completedAt: z.string().nullable(),
      ageSeconds: z.number().nullable(),
      message: z.string().nullable(),
    })
    .nullable(),
  sla: z.object({ value: z.string(), kind: z.string() }).nullable(),
  sourceFreshness: z
    .object({
      status: z.string(),
      maxLoadedAt: z.string().nullable(),
      ageSeconds: z.number().nullable(),
    })
    .nullable(),
  tests: countsSchema,
  problems: z.array(problemSchema),
  upstream: z
    .object({
      nodeCount: z.number(),
      testedNodeCount: z.number(),
      tests: countsSchema,
      problems: z.array(problemSchema),
      sources: z.array(sourceSchema),
    })
    .nullable(),
};

type Health = z.infer<z.ZodObject<typeof outputSchema>>;

/** `get_model_health`: the product page's trust panel as an answer. */
export function registerModelHealth(server: McpServer, tokens: number): void {
  server.registerTool(
    "get_model_health",
    {
      title: "Get a model's health",
      description:
        "How far a model (or any node) can be trusted right now, from its project's latest artifacts: its last build and its freshness SLA, the results of its tests, a source's freshness check, and for a data product the tests and source freshness upstream of it in its project.",
      inputSchema: NODE_ARGS,
      outputSchema,
      annotations: READ_ONLY_TOOL,
    },
    guardTool(async (args) => {
      const read = await readNodePage(args.unique_id, args.project);
      if (read.status !== "found")
        return toolError(describeLookupProblem(args.unique_id, read));
      const { node, product } = read;
      const upstream = product?.upstream ?? null;
      const freshness = assessFreshness(
        {
          node: { config: { ...node.config }, meta: { ...node.meta } },
          builtAt: node.runResult?.completedAt ?? null,
          sources: (upstream?.sources ?? []).map((s) => ({
            name: s.name,
            criteria: s.criteria,
            status: s.result?.status ?? null,
          })),
        },
        read.slaMetaKeys,
        now(),
      );
      const { build, declared } = freshness;
      const tests = collectNodeTests(node);
      const health: Health = {
        uniqueId: node.uniqueId,
        project: node.project,
        verdict: {
          state: freshness.state,
          label: FRESHNESS_LABELS[freshness.state],
        },
        lastBuild: node.runResult && {
          status: node.runResult.status,
          completedAt: node.runResult.completedAt,
          ageSeconds: build.ageSeconds,
          message: node.runResult.message,
        },
        sla: declared && { value: declared.value, kind: build.kind },
        sourceFreshness: node.freshness && {
          status: node.freshness.status,
          maxLoadedAt: node.freshness.maxLoadedAt,
          ageSeconds: node.freshness.ageSeconds,
        },
        tests: summarizeTests(tests),
        problems: tests
          .filter((t) => !isPassingStatus(t.status))
          .map(toProblem),
        upstream: upstream && {
          nodeCount: upstream.nodeCount,
          testedNodeCount: upstream.testedNodeCount,
          tests: upstream.tests,
          problems: upstream.problems.map((p) => ({
            uniqueId: p.uniqueId,
            name: p.name,
            status: p.status,
            failures: p.failures,
            message: null,
            node: nameNode({ project: node.project, ...p.node }),
          })),
          sources: upstream.sources.map((s) => ({
            name: s.name,
            criteria: s.criteria,
            status: s.result?.status ?? null,
            ageSeconds: s.result?.ageSeconds ?? null,
          })),
        },
      };
      return answer(writeHealth(tokens, nameNode(node), health), health);
    }),
  );
}

function toProblem(test: TestView): z.infer<typeof problemSchema> {
  return {
    uniqueId: test.uniqueId,
    name: test.name,
    status: test.status,
    failures: test.failures,
    message: test.message && clip(test.message, 300),
    node: null,
  };
}

function describeProblem(p: z.infer<typeof problemSchema>): string {
  const failures = p.failures ? `, ${p.failures} failing rows` : "";
  const on = p.node ? ` on ${p.node}` : "";
  const message = p.message ? `: ${p.message}` : "";
  return `- ${p.name}${on}: ${p.status ?? "not run"}${failures}${message}`;
}

function writeHealth(tokens: number, name: string, h: Health): AnswerText {
  const text = new AnswerText(tokens);
  text.line(`Health of ${name}: ${h.verdict.label}.`);
  text.line(
    h.lastBuild
      ? `Last build: ${h.lastBuild.status}, ${describeAge(h.lastBuild.ageSeconds)}${h.lastBuild.completedAt ? ` (${h.lastBuild.completedAt})` : ""}.`
      : "Last build: no result in the run results the catalog holds.",
  );
  if (h.sla) text.line(`Freshness SLA: ${h.sla.value}: ${h.sla.kind}.`);
  if (h.sourceFreshness)
    text.line(
      `Source freshness: ${h.sourceFreshness.status}; data loaded ${describeAge(h.sourceFreshness.ageSeconds)}.`,
    );
  text.line(`Tests on it: ${describeTestSummary(h.tests)}.`);
  // These lists are short by construction (a node's tests, at most a dozen
  // upstream problems), so the structured content keeps them whole.
  const cut = (what: string) => (_shown: number, left: number) =>
    `… ${left} more ${what} left out of this text to fit the token budget; the structured content lists them all.`;
  text.list(h.problems, describeProblem, cut("tests that did not pass"));
  const up = h.upstream;
  if (!up) return text;
  text.line(
    `Upstream in its project: ${up.nodeCount} nodes, ${up.testedNodeCount} of them tested; ${describeTestSummary(up.tests)}.`,
  );
  text.list(up.problems, describeProblem, cut("upstream test problems"));
  if (up.sources.length > 0) text.line("Sources it is built from:");
  text.list(
    up.sources,
    (s) =>
      `- ${s.name}: ${s.criteria ?? "no freshness criteria"}; ${s.status ? `last check ${s.status}, loaded ${describeAge(s.ageSeconds)}` : "never checked"}`,
    cut("sources"),
  );
  return text;
}
