import "server-only";
import { NextResponse } from "next/server";
import { jsonError } from "./responses";
import {
  beginSignIn,
  completeSignIn,
  decodeChecks,
  encodeChecks,
} from "@/lib/auth/oidc";
import {
  CALLBACK_PATH,
  cookieOptions,
  readCookie,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
} from "@/lib/auth/cookies";
import {
  isSameOrigin,
  isSecureOrigin,
  readClientAddress,
  readOrigin,
} from "@/lib/auth/origin";
import { readSignIn } from "@/lib/auth/principal";
import { createSession, deleteSession, SESSION_HOURS } from "@/lib/db/sessions";
import { recordAudit } from "@/lib/db/audit";
import { getLogger } from "@/lib/ops/logger";
import type { SignInConfig } from "@/lib/env";

/** A sign-in not finished in this time starts over. */
const SIGN_IN_SECONDS = 600;
/** Where the browser lands after signing out: a page that does not sign it straight back in. */
export const SIGNED_OUT_PATH = "/auth/signed-out";

const SIGN_IN_OFF = "sign-in is off: no identity provider is configured";

/** `GET /auth/sign-in?returnTo=/path`: off to the provider, PKCE checks in a cookie. */
export async function handleSignIn(request: Request): Promise<Response> {
  const signIn = readSignIn();
  if (!signIn) return jsonError(404, SIGN_IN_OFF);
  const origin = readOrigin(request, signIn.publicUrl);
  const returnTo = readReturnTo(
    new URL(request.url).searchParams.get("returnTo"),
  );
  const { url, checks } = await beginSignIn(
    signIn,
    origin + CALLBACK_PATH,
    returnTo,
  );
  const response = NextResponse.redirect(url, 302);
  response.headers.set("Cache-Control", "no-store");
  response.cookies.set(
    SIGN_IN_COOKIE,
    encodeChecks(checks),
    cookieOptions({
      isSecure: isSecureOrigin(origin),
      maxAgeSeconds: SIGN_IN_SECONDS,
      path: CALLBACK_PATH,
    }),
  );
  return response;
}

/**
 * `GET /auth/callback`: the provider's answer. Trades the code for the
 * person's identity, starts a session in Postgres and records the sign-in.
 * A refused or forged answer (provider error, state or PKCE mismatch) is a
 * 400 page that offers to start over; nothing is stored.
 */
export async function handleCallback(request: Request): Promise<Response> {
  const signIn = readSignIn();
  if (!signIn) return jsonError(404, SIGN_IN_OFF);
  const origin = readOrigin(request, signIn.publicUrl);
  const isSecure = isSecureOrigin(origin);
  const checks = decodeChecks(readCookie(request, SIGN_IN_COOKIE));
  if (!checks)
    return signInFailed("the sign-in expired or was started elsewhere");
  const callbackUrl = new URL(
    CALLBACK_PATH + new URL(request.url).search,
    origin,
  );
  const user = await completeSignIn(signIn, callbackUrl, checks).catch(
    (error: unknown) => {
      getLogger().warn({ err: error }, "sign-in refused");
      return null;
    },
  );
  if (!user) return signInFailed("the identity provider's answer was refused");
  const address = readClientAddress(request);
  const session = await createSession(user, address);
  await recordAudit({
    actor: user.email ?? user.name ?? user.subject,
    action: "sign-in",
    address,
    detail: { groups: user.groups.join(", ") },
  });
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: checks.returnTo, "Cache-Control": "no-store" },
  });
  response.cookies.set(
    SESSION_COOKIE,
    session.secret,
    cookieOptions({ isSecure, maxAgeSeconds: SESSION_HOURS * 3600 }),
  );
  response.cookies.set(
    SIGN_IN_COOKIE,
    "",
    cookieOptions({ isSecure, maxAgeSeconds: 0, path: CALLBACK_PATH }),
  );
  return response;
}

/** `POST /auth/sign-out`: deletes the session row, clears the cookie. */
export async function handleSignOut(request: Request): Promise<Response> {
  const signIn = readSignIn();
  if (!signIn) return jsonError(404, SIGN_IN_OFF);
  if (!isSameOrigin(request, readOrigin(request, signIn.publicUrl)))
    return jsonError(
      403,
      "this request did not come from the catalog's own pages",
    );
  const secret = readCookie(request, SESSION_COOKIE);
  const ended = secret ? await deleteSession(secret) : null;
  if (ended)
    await recordAudit({
      actor: ended.email ?? ended.name ?? ended.subject,
      action: "sign-out",
      address: readClientAddress(request),
    });
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: SIGNED_OUT_PATH, "Cache-Control": "no-store" },
  });
  response.cookies.set(
    SESSION_COOKIE,
    "",
    cookieOptions({ isSecure: isSecure(request, signIn), maxAgeSeconds: 0 }),
  );
  return response;
}

/** A path of this catalog to return to; anything else (another site) is the home page. */
export function readReturnTo(value: string | null): string {
  if (
    !value ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\")
  )
    return "/";
  return value;
}

function isSecure(request: Request, signIn: SignInConfig): boolean {
  return isSecureOrigin(readOrigin(request, signIn.publicUrl));
}

function signInFailed(reason: string): Response {
  return new Response(
    `<!doctype html><meta charset=utf-8><title>Sign-in failed · Mesh Catalog</title><p>Sign-in failed: ${reason}.</p><p><a href="/auth/sign-in">Sign in again</a></p>`,
    {
      status: 400,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      },
    },
  );
}
