import "server-only";
import { z } from "zod";

/** dbt project names: letters, digits and underscores, not starting with a digit. */
export const projectNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "is not a dbt project name");

export function jsonError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  return Response.json({ error: { message, ...extra } }, { status });
}

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, {
    ...init,
    headers: { "Cache-Control": "no-store", ...init.headers },
  });
}
