import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestDatabase } from "./db";
import {
  serveRouteHandlers,
  startServer,
  type TestServer,
} from "./http-server";
import { startTestProvider, type TestProvider } from "./oidc-provider";
import { CookieClient } from "./browserless";
import { turnSignInOn } from "./sign-in-env";
import { closeDb, getPrisma } from "@/lib/db/client";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { hashSecret } from "@/lib/db/tokens";
import * as signIn from "@/app/auth/sign-in/route";
import * as callback from "@/app/auth/callback/route";
import * as signOut from "@/app/auth/sign-out/route";
import * as projects from "@/app/api/v1/projects/route";
import * as health from "@/app/api/health/route";

let catalog: TestServer;
let provider: TestProvider;
let turnOff: () => void;

beforeAll(async () => {
  await useTestDatabase();
  catalog = await startServer({
    "/auth/sign-in": serveRouteHandlers({ GET: signIn.GET }),
    "/auth/callback": serveRouteHandlers({ GET: callback.GET }),
    "/auth/sign-out": serveRouteHandlers({ POST: signOut.POST }),
    "/api/v1/projects": serveRouteHandlers({ GET: projects.GET }),
    "/api/health": serveRouteHandlers({ GET: health.GET }),
  });
  provider = await startTestProvider({
    redirectUris: [`${catalog.url}/auth/callback`],
  });
  turnOff = turnSignInOn(provider.issuer, catalog.url);
});

afterAll(async () => {
  turnOff();
  await provider.close();
  await catalog.close();
  await closeDb();
});

/** Signs `login` in through the provider's login page; answers the callback's response. */
async function signInAs(
  client: CookieClient,
  login: string,
  returnTo = "/projects",
) {
  const start = await client.request(
    `${catalog.url}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`,
  );
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get("location") ?? "");
  expect(authorize.origin).toBe(provider.issuer);
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  const loginPage = await client.follow(authorize);
  expect(loginPage.response.status).toBe(200);
  expect(await loginPage.response.text()).toContain('name="login"');
  const submitted = await client.request(loginPage.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ prompt: "login", login, password: "any" }),
  });
  expect(submitted.status).toBe(303);
  const back = await client.follow(
    new URL(submitted.headers.get("location") ?? "", loginPage.url),
    (next) => next.origin === catalog.url,
  );
  expect(back.url.pathname).toBe("/auth/callback");
  return { callbackUrl: back.url, response: await client.request(back.url) };
}

describe("sign-in with OpenID Connect, code flow with PKCE, over HTTP", () => {
  test("health stays open; the API answers 401 without a session", async () => {
    expect((await fetch(`${catalog.url}/api/health`)).status).toBe(200);
    const refused = await fetch(`${catalog.url}/api/v1/projects`);
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toContain("sign in");
  });

  test("signs in, reads the API with the session, signs out server-side", async () => {
    const client = new CookieClient();
    const { response } = await signInAs(client, "maintainer-a");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/projects");
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/catalog_session=[^;]+; Path=\/; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);

    const host = new URL(catalog.url).host;
    const secret = client.cookie(host, SESSION_COOKIE) ?? "";
    const stored = await getPrisma().session.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      subject: "maintainer-a",
      email: "maintainer-a@example.com",
      groups: ["staff", "team-a"],
      secretHash: hashSecret(secret),
    });
    expect(
      JSON.stringify(stored, (_k, v: unknown) =>
        typeof v === "bigint" ? String(v) : v,
      ),
    ).not.toContain(secret);

    expect(
      (await client.request(`${catalog.url}/api/v1/projects`)).status,
    ).toBe(200);

    const forged = await client.request(`${catalog.url}/auth/sign-out`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect(await getPrisma().session.count()).toBe(1);

    const out = await client.request(`${catalog.url}/auth/sign-out`, {
      method: "POST",
      headers: { origin: catalog.url },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/auth/signed-out");
    expect(await getPrisma().session.count()).toBe(0);
    // The old cookie opens nothing, even if a browser kept it.
    const replay = await fetch(`${catalog.url}/api/v1/projects`, {
      headers: { cookie: `${SESSION_COOKIE}=${secret}` },
    });
    expect(replay.status).toBe(401);

    const audit = await getPrisma().auditEvent.findMany({
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ["sign-in", "maintainer-a@example.com"],
      ["sign-out", "maintainer-a@example.com"],
    ]);
  });

  test("a callback whose state was tampered with is refused, and nothing is stored", async () => {
    const client = new CookieClient();
    const sessionsBefore = await getPrisma().session.count();
    const start = await client.request(`${catalog.url}/auth/sign-in`);
    const authorize = new URL(start.headers.get("location") ?? "");
    const loginPage = await client.follow(authorize);
    const submitted = await client.request(loginPage.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        prompt: "login",
        login: "reader",
        password: "x",
      }),
    });
    const back = await client.follow(
      new URL(submitted.headers.get("location") ?? "", loginPage.url),
      (next) => next.origin === catalog.url,
    );
    back.url.searchParams.set("state", "forged");
    const refused = await client.request(back.url);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Sign-in failed");
    expect(await getPrisma().session.count()).toBe(sessionsBefore);
  });

  test("a callback without the sign-in cookie is refused", async () => {
    const refused = await fetch(`${catalog.url}/auth/callback?code=x&state=y`);
    expect(refused.status).toBe(400);
  });

  test("returnTo never leaves the catalog", async () => {
    const client = new CookieClient();
    const { response } = await signInAs(client, "reader", "//evil.example/x");
    expect(response.headers.get("location")).toBe("/");
  });

  test("behind a TLS proxy (X-Forwarded-Proto: https) the cookies are Secure", async () => {
    const publicUrl = process.env.CATALOG_PUBLIC_URL;
    delete process.env.CATALOG_PUBLIC_URL;
    try {
      const response = await signIn.GET(
        new Request(`${catalog.url}/auth/sign-in`, {
          headers: {
            "x-forwarded-proto": "https",
            host: "catalog.example.com",
          },
        }),
      );
      expect(response.status).toBe(302);
      const authorize = new URL(response.headers.get("location") ?? "");
      expect(authorize.searchParams.get("redirect_uri")).toBe(
        "https://catalog.example.com/auth/callback",
      );
      const cookie = response.headers.getSetCookie().join("\n");
      expect(cookie).toMatch(/^catalog_sign_in=/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).toMatch(/; Path=\/auth\/callback/i);
    } finally {
      process.env.CATALOG_PUBLIC_URL = publicUrl;
    }
  });
});
