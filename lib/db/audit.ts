import "server-only";
import { getPrisma } from "./client";

/** What the audit log records. */
export type AuditAction =
  "sign-in" | "sign-out" | "token.create" | "token.revoke" | "ingest";

export type AuditEntry = {
  /** Who: a person's email or subject, or a token ("token #3"). */
  actor: string;
  action: AuditAction;
  /** What it acted on: a project, a token. */
  target?: string | null;
  /** From where: the client's address as the server saw it. */
  address?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

export type AuditEvent = {
  id: number;
  at: Date;
  actor: string;
  action: string;
  target: string | null;
  address: string | null;
  detail: unknown;
};

/** Appends one event to the audit log (stamped by the database's clock). */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  await getPrisma().auditEvent.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      target: entry.target ?? null,
      address: entry.address ?? null,
      detail: entry.detail ?? {},
    },
  });
}

/** The newest events first, at most `limit`, before the event `before` when given. */
export async function listAudit(options: {
  limit: number;
  before?: number;
}): Promise<AuditEvent[]> {
  const rows = await getPrisma().auditEvent.findMany({
    where: options.before ? { id: { lt: options.before } } : {},
    orderBy: { id: "desc" },
    take: options.limit,
  });
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}
