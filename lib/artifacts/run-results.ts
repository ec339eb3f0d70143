import { z } from "zod";
import { expectArtifact } from "./detect";
import { toTimestamp } from "./timestamp";
import type { ParsedRunResults, RunResultRecord } from "./types";
import { validateArtifact } from "./validate";

const text = z.string().nullish();

const result = z.object({
  unique_id: z.string(),
  status: z.string(),
  execution_time: z.number().nullish(),
  failures: z.number().nullish(),
  message: text,
  timing: z.array(z.object({ name: text, completed_at: text })).nullish(),
  adapter_response: z.object({ rows_affected: z.number().nullish() }).nullish(),
});

const runResultsSchema = z.object({
  metadata: z.object({ generated_at: text, invocation_id: text }),
  args: z.object({ which: text }).nullish(),
  results: z.array(result),
});

/** Parses run_results.json (v4–v6): the latest status of each node built or tested. */
export function parseRunResults(file: string, doc: unknown): ParsedRunResults {
  expectArtifact(file, doc, "run_results");
  const raw = validateArtifact(file, runResultsSchema, doc);
  const generatedAt = toTimestamp(raw.metadata.generated_at);
  return {
    generatedAt,
    invocationId: raw.metadata.invocation_id ?? null,
    command: raw.args?.which ?? null,
    results: raw.results.map((r): RunResultRecord => {
      const timings = r.timing ?? [];
      const completedAt =
        toTimestamp(timings.findLast((t) => t.completed_at)?.completed_at) ??
        generatedAt;
      const rows = r.adapter_response?.rows_affected;
      return {
        uniqueId: r.unique_id,
        status: r.status,
        executionTime: r.execution_time ?? null,
        failures: r.failures ?? null,
        message: r.message ?? null,
        completedAt,
        rowsAffected: typeof rows === "number" && rows >= 0 ? rows : null,
      };
    }),
  };
}
