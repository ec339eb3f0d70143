import { parseCommandLine, UsageError } from "./command-line";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import type { TokenListing } from "@/lib/db/tokens";

export const TOKEN_USAGE = `Usage:
  npm run token -- create --project NAME [--label TEXT]   a token that writes one project
  npm run token -- create --admin [--label TEXT]          a token that writes every project
  npm run token -- revoke ID                              stop a token working, now
  npm run token -- list                                   every token, never its secret`;

export type TokenCommand =
  | { name: "create"; project: string | null; label: string | null }
  | { name: "revoke"; id: number }
  | { name: "list" }
  | { name: "help" };

export { UsageError };

/**
 * Reads the token CLI's arguments. A token is either scoped to one project
 * (`--project`) or admin (`--admin`): exactly one of the two, never a default,
 * so an admin token is never made by accident.
 */
export function parseTokenCommand(argv: readonly string[]): TokenCommand {
  const { values, positionals } = parseOrThrow(argv);
  if (values.help) return { name: "help" };
  const [name, ...rest] = positionals;
  switch (name) {
    case "create":
      expectNoPositionals("create", rest);
      return {
        name: "create",
        project: readScope(values.project, values.admin ?? false),
        label: values.label?.trim() || null,
      };
    case "revoke":
      expectOnly("revoke", values);
      return { name: "revoke", id: readId(rest) };
    case "list":
      expectOnly("list", values);
      expectNoPositionals("list", rest);
      return { name: "list" };
    case undefined:
      throw new UsageError("no command given");
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

type Values = {
  project?: string;
  admin?: boolean;
  label?: string;
  help?: boolean;
};

function parseOrThrow(argv: readonly string[]): {
  values: Values;
  positionals: string[];
} {
  return parseCommandLine({
    args: [...argv],
    allowPositionals: true,
    options: {
      project: { type: "string" },
      admin: { type: "boolean" },
      label: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function readScope(
  project: string | undefined,
  isAdmin: boolean,
): string | null {
  if (project !== undefined && isAdmin)
    throw new UsageError("give --project NAME or --admin, not both");
  if (isAdmin) return null;
  if (project === undefined)
    throw new UsageError(
      "give --project NAME (or --admin for a token that writes every project)",
    );
  const parsed = projectNameSchema.safeParse(project);
  if (!parsed.success)
    throw new UsageError(
      `--project "${project}" ${parsed.error.issues[0]?.message ?? "is invalid"}`,
    );
  return parsed.data;
}

function readId(rest: string[]): number {
  const [raw, ...extra] = rest;
  if (raw === undefined)
    throw new UsageError(
      "revoke needs a token id (see: npm run token -- list)",
    );
  if (extra.length > 0)
    throw new UsageError(`revoke takes one token id, got ${rest.length}`);
  if (!/^[1-9][0-9]*$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    throw new UsageError(`"${raw}" is not a token id`);
  return Number(raw);
}

function expectOnly(command: string, values: Values): void {
  const given = (["project", "admin", "label"] as const).filter(
    (key) => values[key] !== undefined,
  );
  if (given.length > 0)
    throw new UsageError(`${command} takes no --${given.join(", --")}`);
}

function expectNoPositionals(command: string, rest: string[]): void {
  if (rest.length > 0)
    throw new UsageError(`${command} takes no argument "${rest.join(" ")}"`);
}

/** The token table for `list`: one row per token, in a fixed-width layout. */
export function formatTokenTable(tokens: readonly TokenListing[]): string {
  if (tokens.length === 0)
    return "No tokens yet. Create one with: npm run token -- create --project NAME";
  const header = ["ID", "SCOPE", "LABEL", "CREATED", "LAST USED", "REVOKED"];
  const rows = tokens.map((t) => [
    String(t.id),
    t.project === null ? "admin" : `project:${t.project}`,
    t.label ?? "",
    formatTime(t.createdAt),
    formatTime(t.lastUsedAt) || "never",
    formatTime(t.revokedAt),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** A token's scope in words, for the CLI's messages. */
export function describeScope(project: string | null): string {
  return project === null
    ? "admin (writes every project)"
    : `project "${project}"`;
}

function formatTime(date: Date | null): string {
  return date ? date.toISOString().replace("T", " ").slice(0, 19) + "Z" : "";
}
