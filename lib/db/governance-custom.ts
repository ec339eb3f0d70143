import "server-only";
import type pg from "pg";
import {
  locateSqlPosition,
  readCustomParams,
} from "@/lib/governance/custom-check";
import type { CustomCheckRun, CustomOutcome } from "@/lib/governance/judge";
import type { Finding } from "@/lib/governance/types";
import { formatSeconds } from "@/lib/score/duration";
import { getPool } from "./client";

/** The role custom checks run as: it may read the catalog_api views, nothing else (created by the governance migration). */
export const CUSTOM_CHECK_ROLE = "catalog_api_reader";

/** Findings one custom check may report; past this, the rest are left out and said so. */
export const MAX_CUSTOM_FINDINGS = 10_000;

type PgError = Error & { code?: string; position?: string };

/** Where a failure in the query sits in the policy file, and what it means. */
function describeFailure(
  run: CustomCheckRun,
  sql: string,
  timeoutSeconds: number,
  error: PgError,
): string {
  const at = run.check.sqlAt;
  const position = Number(error.position);
  const line =
    at === null
      ? null
      : Number.isInteger(position) && position > 0
        ? locateSqlPosition(sql, position, at)
        : at.line;
  const where = at === null ? "" : `${at.file}:${line ?? at.line}: `;
  const what =
    error.code === "57014"
      ? `ran past its timeout of ${formatSeconds(timeoutSeconds)}`
      : error.code === "25006" || error.code === "42501"
        ? `may only read the catalog_api views (${error.message})`
        : error.message;
  return `${where}check "${run.check.id}": ${what}`;
}

async function canUseRole(client: pg.PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)
            AND pg_has_role(current_user, $1, 'MEMBER') AS ok`,
    [CUSTOM_CHECK_ROLE],
  );
  return rows[0]?.ok === true;
}

/** The project each unique_id belongs to: the one whose own package defines it. */
async function ownersProjects(
  client: pg.PoolClient,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await client.query<{ unique_id: string; project: string }>(
    `SELECT DISTINCT ON (n.unique_id) n.unique_id, p.name AS project
     FROM nodes n JOIN projects p ON p.id = n.project_id
     WHERE n.unique_id = ANY($1::text[])
     ORDER BY n.unique_id, (n.package_name = p.name) DESC, p.name`,
    [ids],
  );
  return new Map(rows.map((r) => [r.unique_id, r.project]));
}

/** A column's value as text: a query may return numbers or JSON where text is meant. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function toFindings(
  rows: Record<string, unknown>[],
  projects: Map<string, string>,
): { findings: Finding[]; unplaced: number } {
  let unplaced = 0;
  const findings = rows.flatMap((row): Finding[] => {
    const uniqueId = asText(row.unique_id);
    const project =
      typeof row.project === "string"
        ? row.project
        : uniqueId === null
          ? undefined
          : projects.get(uniqueId);
    if (project === undefined) {
      unplaced++;
      return [];
    }
    return [{ project, uniqueId, message: asText(row.message) ?? "" }];
  });
  return { findings, unplaced };
}

/**
 * Runs one custom check: its query alone (the extended protocol refuses a
 * second statement), in a READ ONLY transaction that is always rolled back,
 * under `statement_timeout`, as the role that may only read the catalog_api
 * views, with catalog_api first on the search path. A query that fails,
 * writes, runs too long or returns the wrong columns is a problem naming its
 * line in the policy file, never an exception.
 */
export async function runCustomCheck(
  run: CustomCheckRun,
): Promise<CustomOutcome> {
  const { sql, timeout } = readCustomParams(run.check.params);
  const outcome = (
    findings: Finding[],
    problem: string | null,
  ): CustomOutcome => ({
    check: run.check.id,
    project: run.project,
    findings,
    problem,
  });
  const client = await getPool().connect();
  try {
    const hasRole = await canUseRole(client);
    await client.query("BEGIN TRANSACTION READ ONLY");
    await client.query(
      `SET LOCAL statement_timeout = ${Math.max(1, Math.round(timeout * 1000))}`,
    );
    await client.query("SET LOCAL search_path = catalog_api");
    if (hasRole) await client.query(`SET LOCAL ROLE ${CUSTOM_CHECK_ROLE}`);
    let result: pg.QueryResult<Record<string, unknown>>;
    try {
      // pg 8 sends a query without values by the simple protocol, which runs
      // several statements ("select 1; commit; delete …"): the extended one
      // refuses a second statement. @types/pg does not know the option yet.
      const query: pg.QueryConfig & { queryMode: "extended" } = {
        text: sql,
        queryMode: "extended",
      };
      result = await client.query<Record<string, unknown>>(query);
    } catch (error) {
      return outcome([], describeFailure(run, sql, timeout, error as PgError));
    } finally {
      await client.query("ROLLBACK").catch(() => undefined);
    }
    const columns = new Set((result.fields ?? []).map((f) => f.name));
    const missing = ["unique_id", "message"].filter((c) => !columns.has(c));
    if (missing.length > 0)
      return outcome(
        [],
        `${run.check.sqlAt ? `${run.check.sqlAt.file}:${run.check.sqlAt.line}: ` : ""}check "${run.check.id}": the query returns no ${missing.join(" or ")} column`,
      );
    const rows = result.rows.slice(0, MAX_CUSTOM_FINDINGS);
    const ids = [
      ...new Set(
        rows.flatMap((r) =>
          typeof r.unique_id === "string" && typeof r.project !== "string"
            ? [r.unique_id]
            : [],
        ),
      ),
    ];
    const { findings, unplaced } = toFindings(
      rows,
      await ownersProjects(client, ids),
    );
    const notes = [
      result.rows.length > rows.length
        ? `${result.rows.length - rows.length} rows past the first ${MAX_CUSTOM_FINDINGS} were left out`
        : null,
      unplaced > 0
        ? `${unplaced} rows name no node of an ingested project and no project`
        : null,
    ].filter((n): n is string => n !== null);
    return outcome(
      findings,
      notes.length > 0 ? `check "${run.check.id}": ${notes.join("; ")}` : null,
    );
  } finally {
    client.release();
  }
}

/** Runs custom checks one after another (each holds a pooled connection while it runs). */
export async function runCustomChecks(
  runs: CustomCheckRun[],
): Promise<CustomOutcome[]> {
  const outcomes: CustomOutcome[] = [];
  for (const run of runs) outcomes.push(await runCustomCheck(run));
  return outcomes;
}
