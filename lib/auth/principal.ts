import "server-only";
import { readEnv, type SignInConfig } from "@/lib/env";
import { findSession } from "@/lib/db/sessions";
import { verifyToken, type VerifiedToken } from "@/lib/db/tokens";
import { readCookie, SESSION_COOKIE } from "./cookies";
import { READ_ACCESS, resolveAccess, type Access } from "./roles";

/**
 * Who sent a request, when sign-in is on: a person (by a session cookie or
 * a personal access token) or a CI token. A personal token reads and nothing
 * more, whatever its owner's roles.
 */
export type Principal =
  | {
      kind: "person";
      via: "session" | "personal-token";
      subject: string;
      name: string | null;
      email: string | null;
      access: Access;
      tokenId: number | null;
    }
  | { kind: "ci-token"; token: VerifiedToken; access: Access };

const resolved = new WeakMap<Request, Promise<Principal | null>>();

/** Sign-in's configuration, or null when the catalog is open (no provider). */
export function readSignIn(): SignInConfig | null {
  return readEnv().signIn;
}

/**
 * The request's principal, or null when it carries no valid credentials. A
 * Bearer header is the credential when present (a wrong one is not rescued
 * by a cookie); otherwise the session cookie. Looked up once per request.
 */
export function readPrincipal(
  request: Request,
  signIn: SignInConfig,
): Promise<Principal | null> {
  let found = resolved.get(request);
  if (!found) {
    found = lookUpPrincipal(request, signIn);
    resolved.set(request, found);
  }
  return found;
}

/** How a principal is named in the audit log. */
export function describeActor(principal: Principal | null): string {
  if (!principal) return "anonymous";
  if (principal.kind === "ci-token") return `token #${principal.token.id}`;
  return principal.email ?? principal.name ?? principal.subject;
}

async function lookUpPrincipal(
  request: Request,
  signIn: SignInConfig,
): Promise<Principal | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const auth = await verifyToken(authorization);
    if (!auth.ok) return null;
    const { token } = auth;
    if (token.kind === "ci")
      return { kind: "ci-token", token, access: READ_ACCESS };
    return {
      kind: "person",
      via: "personal-token",
      subject: token.ownerSubject ?? `token #${token.id}`,
      name: token.label,
      email: null,
      access: READ_ACCESS,
      tokenId: token.id,
    };
  }
  const secret = readCookie(request, SESSION_COOKIE);
  const session = secret ? await findSession(secret) : null;
  if (!session) return null;
  return {
    kind: "person",
    via: "session",
    subject: session.subject,
    name: session.name,
    email: session.email,
    access: resolveAccess(session.groups, signIn.roles),
    tokenId: null,
  };
}
