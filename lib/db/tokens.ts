import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getPrisma } from "./client";
import { now } from "@/lib/clock";

/** Marks a catalog token in logs, configs and secret scanners. */
export const TOKEN_PREFIX = "mc_";
const SECRET_BYTES = 32;
// 32 random bytes are 43 base64url characters (no padding).
const TOKEN_PATTERN = /^mc_[A-Za-z0-9_-]{43}$/;

/** A token as the upload API sees it: scoped to one project, or admin when `project` is null. */
export type ApiToken = {
  id: number;
  project: string | null;
  label: string | null;
};

/**
 * What a token is for: "ci" writes artifacts (one project's, or every
 * project's when `project` is null: an admin token); "personal" reads the
 * API on behalf of the person who made it, and writes nothing.
 */
export type TokenKind = "ci" | "personal";

/** A token with what sign-in needs to know about it. */
export type VerifiedToken = ApiToken & {
  kind: TokenKind;
  /** The identity provider's subject of the person a personal token belongs to. */
  ownerSubject: string | null;
};

export type TokenListing = ApiToken & {
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** A token as the token pages show it: everything but the secret. */
export type TokenRecord = VerifiedToken &
  TokenListing & { expiresAt: Date | null; createdBy: string | null };

export type AuthFailure =
  | "missing"
  | "malformed"
  | "unknown"
  | "revoked"
  | "expired"
  /** A personal access token, sent where a CI token is needed. */
  | "read-only";

export type AuthResult =
  { ok: true; token: ApiToken } | { ok: false; failure: AuthFailure };

export type VerifyResult =
  | { ok: true; token: VerifiedToken }
  | { ok: false; failure: Exclude<AuthFailure, "read-only"> };

const VERIFIED_SELECT = {
  id: true,
  project: true,
  label: true,
  kind: true,
  ownerSubject: true,
} as const;

const RECORD_SELECT = {
  ...VERIFIED_SELECT,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  expiresAt: true,
  createdBy: true,
} as const;

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
  kind?: TokenKind;
  expiresAt?: Date | null;
  createdBy?: string | null;
  ownerSubject?: string | null;
}): Promise<{ token: ApiToken; secret: string }> {
  const secret = TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString("base64url");
  const token = await getPrisma().apiToken.create({
    data: {
      kind: options.kind ?? "ci",
      project: options.project,
      label: options.label ?? null,
      secretHash: hashSecret(secret),
      expiresAt: options.expiresAt ?? null,
      createdBy: options.createdBy ?? null,
      ownerSubject: options.ownerSubject ?? null,
    },
    select: { id: true, project: true, label: true },
  });
  return { token, secret };
}

/** One token by id, without anything secret, or null. */
export async function findTokenRecord(id: number): Promise<TokenRecord | null> {
  const token = await getPrisma().apiToken.findUnique({
    where: { id },
    select: RECORD_SELECT,
  });
  return token ? withKind(token) : null;
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
 * Tokens as a person sees them on the token pages, oldest first: every one
 * (an admin), or the CI tokens of the projects they maintain and their own
 * personal ones.
 */
export async function listTokenRecords(
  scope: { projects: string[]; ownerSubject: string } | "all",
): Promise<TokenRecord[]> {
  const rows = await getPrisma().apiToken.findMany({
    where:
      scope === "all"
        ? {}
        : {
            OR: [
              { kind: "ci", project: { in: scope.projects } },
              { kind: "personal", ownerSubject: scope.ownerSubject },
            ],
          },
    orderBy: { id: "asc" },
    select: RECORD_SELECT,
  });
  return rows.map(withKind);
}

function withKind<T extends { kind: string }>(
  row: T,
): Omit<T, "kind"> & { kind: TokenKind } {
  return { ...row, kind: row.kind === "personal" ? "personal" : "ci" };
}

/**
 * Checks an `Authorization: Bearer <token>` header for the upload API: a CI
 * token (a personal one fails as "read-only"). See verifyToken.
 */
export async function authenticate(
  header: string | null | undefined,
): Promise<AuthResult> {
  const verified = await verifyToken(header);
  if (!verified.ok) return verified;
  const { id, project, label, kind } = verified.token;
  if (kind !== "ci") return { ok: false, failure: "read-only" };
  return { ok: true, token: { id, project, label } };
}

/**
 * Checks an `Authorization: Bearer <token>` header against the stored tokens
 * and records the use. A revoked or expired token fails from that moment.
 *
 * The secret is never compared in JavaScript: Postgres finds the row by the
 * SHA-256 of what was sent, and a caller cannot steer which bytes of that
 * digest match a stored one, so the lookup's timing reveals nothing usable.
 */
export async function verifyToken(
  header: string | null | undefined,
): Promise<VerifyResult> {
  if (!header?.trim()) return { ok: false, failure: "missing" };
  const secret = readBearer(header);
  if (secret === null) return { ok: false, failure: "malformed" };
  if (!TOKEN_PATTERN.test(secret)) return { ok: false, failure: "unknown" };
  const secretHash = hashSecret(secret);
  const [token] = await getPrisma().apiToken.updateManyAndReturn({
    where: {
      secretHash,
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now() } }],
    },
    data: { lastUsedAt: now() },
    select: VERIFIED_SELECT,
  });
  if (token) return { ok: true, token: withKind(token) };
  const known = await getPrisma().apiToken.findUnique({
    where: { secretHash },
    select: { revokedAt: true },
  });
  if (!known) return { ok: false, failure: "unknown" };
  return { ok: false, failure: known.revokedAt ? "revoked" : "expired" };
}

/**
 * Whether a CI token may write a project's artifacts: admin tokens any,
 * others only their own.
 */
export function canWriteProject(token: ApiToken, project: string): boolean {
  return token.project === null || token.project === project;
}

/** The credentials of a Bearer header (scheme case-insensitive, RFC 7235), or null. */
function readBearer(header: string): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header.trim());
  return match?.[1] ?? null;
}
