import { z } from "zod";
import { durationParam } from "./checks/staleness";

/** The kind of a check that is a SQL query over the `catalog_api` views. */
export const CUSTOM_SQL_KIND = "sql";

/** Default statement timeout of a custom check. */
export const DEFAULT_SQL_TIMEOUT_SECONDS = 5;

const params = z.object({
  /** A SELECT over the catalog_api views returning `unique_id` and `message` (and optionally `project`). */
  sql: z
    .string()
    .refine((sql) => sql.trim() !== "", "a custom check needs its query"),
  /** How long the query may run. */
  timeout: durationParam.default(DEFAULT_SQL_TIMEOUT_SECONDS),
  /** How to fix a finding, shown with each. */
  advice: z.string().default(""),
});

/** Parameters of a custom check, as the tightening machinery sees any kind. */
export const CUSTOM_SQL_PARAMS = {
  parseParams: (raw: unknown) => params.strict().safeParse(raw ?? {}),
  tighten: { timeout: "lower" } as const,
};

export type CustomSqlParams = z.infer<typeof params>;

// Validated parameters: the timeout already in seconds (parsing the policy's
// "5s" again would read a bare number as hours).
const validated = z.object({
  sql: z.string(),
  timeout: z.number().positive(),
  advice: z.string(),
});

/** The parameters of a custom check, as parsing the policy left them. */
export function readCustomParams(
  raw: Record<string, unknown>,
): CustomSqlParams {
  return validated.parse(raw);
}

/**
 * The policy-file line of a position in a custom check's query (Postgres
 * reports 1-based character positions): the query's first line plus the
 * lines before the position. A block scalar (`sql: |`) starts on the line
 * after its key; a one-line query sits on the key's line.
 */
export function locateSqlPosition(
  sql: string,
  position: number,
  at: { line: number; isBlock: boolean },
): number {
  const before = sql.slice(0, Math.max(0, position - 1));
  const linesBefore = before.split("\n").length - 1;
  return at.line + (at.isBlock ? 1 : 0) + linesBefore;
}
