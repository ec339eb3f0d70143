import "server-only";
import { randomBytes } from "node:crypto";
import { getPrisma } from "./client";
import { hashSecret } from "./tokens";
import { now } from "@/lib/clock";

/** How long a sign-in lasts: a working day, then the provider is asked again. */
export const SESSION_HOURS = 12;

/** A signed-in person as the provider described them at sign-in. */
export type SessionUser = {
  subject: string;
  name: string | null;
  email: string | null;
  groups: string[];
};

export type StoredSession = SessionUser & { id: bigint; expiresAt: Date };

/**
 * Starts a session and returns the secret for its cookie, the only place the
 * secret lives: the table keeps its SHA-256 (see hashSecret). Sessions that
 * expired go at the same time, so the table holds about one row per person
 * signed in.
 */
export async function createSession(
  user: SessionUser,
  address: string | null,
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3600_000);
  await getPrisma().$transaction([
    getPrisma().session.deleteMany({ where: { expiresAt: { lte: now() } } }),
    getPrisma().session.create({
      data: { ...user, secretHash: hashSecret(secret), expiresAt, address },
    }),
  ]);
  return { secret, expiresAt };
}

/** The live session a cookie's secret opens, or null (unknown or expired). */
export async function findSession(
  secret: string,
): Promise<StoredSession | null> {
  if (!secret) return null;
  return getPrisma().session.findFirst({
    where: { secretHash: hashSecret(secret), expiresAt: { gt: now() } },
    select: {
      id: true,
      subject: true,
      name: true,
      email: true,
      groups: true,
      expiresAt: true,
    },
  });
}

/** Ends a session server-side: its cookie opens nothing from now on. */
export async function deleteSession(
  secret: string,
): Promise<SessionUser | null> {
  const secretHash = hashSecret(secret);
  const session = await getPrisma().session.findUnique({
    where: { secretHash },
    select: { subject: true, name: true, email: true, groups: true },
  });
  await getPrisma().session.deleteMany({ where: { secretHash } });
  return session;
}
