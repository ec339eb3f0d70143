import * as oidc from "openid-client";
import { z } from "zod";
import type { SignInConfig } from "@/lib/env";
import type { SessionUser } from "@/lib/db/sessions";

/** What the browser carries from the start of a sign-in to its callback. */
export type SignInChecks = {
  state: string;
  nonce: string;
  verifier: string;
  /** Where to go once signed in: a path of this catalog. */
  returnTo: string;
};

const checksSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(1),
  returnTo: z.string(),
});

// One discovery per issuer and process: the provider's metadata and keys
// change rarely, and openid-client refetches the keys when they rotate.
const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The provider's configuration, discovered from its issuer URL once. */
export function discoverProvider(
  config: SignInConfig,
): Promise<oidc.Configuration> {
  const key = `${config.issuer} ${config.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(config.issuer);
    found = oidc.discovery(
      issuer,
      config.clientId,
      config.clientSecret,
      undefined,
      // Plain HTTP only for a provider on this machine (tests, a local Keycloak).
      isLoopback(issuer)
        ? { execute: [oidc.allowInsecureRequests] }
        : undefined,
    );
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

/**
 * Starts an authorization code flow with PKCE: the URL to send the browser
 * to, and the checks its callback must match (state, nonce, verifier).
 */
export async function beginSignIn(
  config: SignInConfig,
  redirectUri: string,
  returnTo: string,
): Promise<{ url: URL; checks: SignInChecks }> {
  const provider = await discoverProvider(config);
  const verifier = oidc.randomPKCECodeVerifier();
  const checks: SignInChecks = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier,
    returnTo,
  };
  const url = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: redirectUri,
    scope: config.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: checks.state,
    nonce: checks.nonce,
  });
  return { url, checks };
}

/**
 * Finishes the flow: trades the code for tokens (checking state, nonce and
 * PKCE), and reads who signed in from the ID token, with the userinfo
 * endpoint filling in what the ID token left out (many providers send
 * groups only there).
 */
export async function completeSignIn(
  config: SignInConfig,
  callbackUrl: URL,
  checks: SignInChecks,
): Promise<SessionUser> {
  const provider = await discoverProvider(config);
  const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error("the provider sent no ID token");
  let claims: Record<string, unknown> = idClaims;
  if (!(config.groupsClaim in claims) || !claims.email) {
    const info = await oidc.fetchUserInfo(
      provider,
      tokens.access_token,
      idClaims.sub,
    );
    claims = { ...info, ...idClaims };
  }
  return {
    subject: idClaims.sub,
    name: readString(claims.name) ?? readString(claims.preferred_username),
    email: readString(claims.email),
    groups: readGroups(claims[config.groupsClaim]),
  };
}

/** Encodes the checks for the sign-in cookie. */
export function encodeChecks(checks: SignInChecks): string {
  return Buffer.from(JSON.stringify(checks), "utf8").toString("base64url");
}

/** The checks from a sign-in cookie, or null when it is missing or not ours. */
export function decodeChecks(value: string | null): SignInChecks | null {
  if (!value) return null;
  try {
    const parsed = checksSchema.safeParse(
      JSON.parse(Buffer.from(value, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A groups claim as providers send it: a list, or one group as a string. */
function readGroups(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((g): g is string => typeof g === "string");
}

function readString(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

function isLoopback(url: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}
