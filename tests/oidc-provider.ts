/**
 * A real OpenID provider in this process (`oidc-provider`, the certified
 * implementation), for the sign-in tests: its development login page takes
 * any login name and password, and the test users below carry a groups
 * claim. Consent is granted in advance, as for a company's first-party app.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, {
  type Configuration,
  type KoaContextWithOIDC,
} from "oidc-provider";

/** Test users by login name, with their groups. */
export const TEST_USERS: Record<string, { name: string; groups: string[] }> = {
  reader: { name: "Rita Reader", groups: ["staff"] },
  "maintainer-a": { name: "Mara Maintainer", groups: ["staff", "team-a"] },
  "maintainer-b": { name: "Bo Builder", groups: ["staff", "team-b"] },
  admin: { name: "Ada Admin", groups: ["staff", "platform"] },
  outsider: { name: "Otto Outsider", groups: ["contractors"] },
};

export const CLIENT_ID = "mesh-catalog";
export const CLIENT_SECRET = "a-client-secret-for-tests-only";

export type TestProvider = { issuer: string; close: () => Promise<void> };

/**
 * Starts the provider on a free loopback port (or `port`), accepting
 * `redirectUris` for the catalog's client.
 */
export async function startTestProvider(options: {
  redirectUris: string[];
  port?: number;
}): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, "127.0.0.1", resolve),
  );
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, configuration(options.redirectUris));
  const handle = provider.callback();
  server.on("request", (request, response) => void handle(request, response));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function configuration(redirectUris: string[]): Configuration {
  return {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    pkce: { required: () => true },
    // Set, so that the provider does not remind the test log of its defaults.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    claims: {
      openid: ["sub"],
      profile: ["name", "preferred_username"],
      email: ["email", "email_verified"],
      groups: ["groups"],
    },
    // Scope claims in the ID token as well, as Okta and Keycloak can be set to.
    conformIdTokenClaims: false,
    cookies: { keys: ["cookie-key-for-tests-only"] },
    findAccount: (_ctx, id) => {
      const user = TEST_USERS[id];
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: user.name,
          preferred_username: id,
          email: `${id}@example.com`,
          email_verified: true,
          groups: user.groups,
        }),
      };
    },
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return provider.Grant.find(existing);
      const grant = new provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope("openid profile email groups");
      await grant.save();
      session.grantIdFor(client.clientId, await grant.save());
      return grant;
    },
  };
}
