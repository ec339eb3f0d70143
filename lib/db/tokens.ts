import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getPrisma } from "./client";
import { now } from "@/lib/clock";

/** Marks a catalog token in logs, configs and secret scanners. */
export const TOKEN_PREFIX = "mc_";
const SECRET_BYTES = 32;
// 32 random bytes are 43 base64url characters (no padding).
const TOKEN_PATTERN = /^mc_[A-Za-z0-9_-]{43}$/;

/** A token as the API sees it: scoped to one project, or admin when `project` is null. */
export type ApiToken = {
  id: number;
  project: string | null;
  label: string | null;
};

export type TokenListing = ApiToken & {
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export type AuthFailure = "missing" | "malformed" | "unknown" | "revoked";

export type AuthResult =
  { ok: true; token: ApiToken } | { ok: false; failure: AuthFailure };

/**
 * Hashes a token secret for storage and lookup. SHA-256 is enough here, unlike
 * for passwords: the secret is 256 random bits, so there is nothing for a slow
 * hash (bcrypt, scrypt, argon2) to protect against guessing, and a
 * deterministic hash lets the unique index find the token in one lookup.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * Creates a token and returns its secret, the only time the secret exists
 * outside the caller: only its hash is stored. `project: null` makes an admin token.
 */
export async function createToken(options: {
  project: string | null;
  label?: string | null;
}): Promise<{ token: ApiToken; secret: string }> {
  const secret = TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString("base64url");
  const token = await getPrisma().apiToken.create({
    data: {
      project: options.project,
      label: options.label ?? null,
      secretHash: hashSecret(secret),
    },
    select: { id: true, project: true, label: true },
  });
  return { token, secret };
}

/** Revokes a token from now on; revoking twice keeps the first time. */
export async function revokeToken(
  id: number,
): Promise<"revoked" | "already-revoked" | "not-found"> {
  const revoked = await getPrisma().apiToken.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now() },
  });
  if (revoked.count > 0) return "revoked";
  const existing = await getPrisma().apiToken.findUnique({
    where: { id },
    select: { id: true },
  });
  return existing ? "already-revoked" : "not-found";
}

/** Every token, oldest first, without anything secret. */
export function listTokens(): Promise<TokenListing[]> {
  return getPrisma().apiToken.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      project: true,
      label: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}

/**
 * Checks an `Authorization: Bearer <token>` header against the stored tokens
 * and records the use. A revoked token fails from the moment it is revoked.
 *
 * The secret is never compared in JavaScript: Postgres finds the row by the
 * SHA-256 of what was sent, and a caller cannot steer which bytes of that
 * digest match a stored one, so the lookup's timing reveals nothing usable.
 */
export async function authenticate(
  header: string | null | undefined,
): Promise<AuthResult> {
  if (!header?.trim()) return { ok: false, failure: "missing" };
  const secret = readBearer(header);
  if (secret === null) return { ok: false, failure: "malformed" };
  if (!TOKEN_PATTERN.test(secret)) return { ok: false, failure: "unknown" };
  const secretHash = hashSecret(secret);
  const [token] = await getPrisma().apiToken.updateManyAndReturn({
    where: { secretHash, revokedAt: null },
    data: { lastUsedAt: now() },
    select: { id: true, project: true, label: true },
  });
  if (token) return { ok: true, token };
  const revoked = await getPrisma().apiToken.findUnique({
    where: { secretHash },
    select: { id: true },
  });
  return { ok: false, failure: revoked ? "revoked" : "unknown" };
}

/** Whether a token may write a project's artifacts: admin tokens any, others only their own. */
export function canWriteProject(token: ApiToken, project: string): boolean {
  return token.project === null || token.project === project;
}

/** The credentials of a Bearer header (scheme case-insensitive, RFC 7235), or null. */
function readBearer(header: string): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header.trim());
  return match?.[1] ?? null;
}
