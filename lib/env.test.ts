import { describe, expect, test } from "vitest";
import { EnvironmentError, readEnv } from "./env";

describe("readEnv", () => {
  test("defaults: embedded database in .data, loopback, port 3000", () => {
    const env = readEnv({ NODE_ENV: "test" });
    expect(env).toMatchObject({
      databaseUrl: undefined,
      hostname: "127.0.0.1",
      port: 3000,
      maxArtifactBytes: 512 * 1024 * 1024,
      maxUploadBytes: 1024 * 1024 * 1024,
    });
    expect(env.dataDir).toMatch(/\.data$/);
  });

  test("every bad variable is one problem naming it and its value", () => {
    let caught: unknown;
    try {
      readEnv({
        NODE_ENV: "test",
        DATABASE_URL: "postgres://u:s3cret@ host/db",
        PORT: "70000",
        CATALOG_MAX_ARTIFACT_BYTES: "lots",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const { problems, message } = caught as EnvironmentError;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^DATABASE_URL: /);
    expect(message).not.toContain("s3cret");
    expect(problems.some((p) => p.startsWith('PORT="70000": '))).toBe(true);
    expect(
      problems.some((p) => p.startsWith('CATALOG_MAX_ARTIFACT_BYTES="lots": ')),
    ).toBe(true);
    expect(message.split("\n")).toHaveLength(4);
  });
});

describe("readEnv: sign-in", () => {
  const ON = {
    NODE_ENV: "test" as const,
    CATALOG_OIDC_ISSUER: "https://id.example.com/",
    CATALOG_OIDC_CLIENT_ID: "catalog",
    CATALOG_OIDC_CLIENT_SECRET: "hush-hush",
  };

  test("off without an identity provider", () => {
    expect(readEnv({ NODE_ENV: "test" }).signIn).toBeNull();
  });

  test("on with all three; groups map to roles", () => {
    const { signIn } = readEnv({
      ...ON,
      CATALOG_ADMIN_GROUPS: "platform, catalog-admins",
      CATALOG_MAINTAINER_GROUPS: "team-sales:sales,team-crm:crm",
    });
    expect(signIn).toMatchObject({
      issuer: "https://id.example.com/",
      groupsClaim: "groups",
      roles: {
        readerGroups: null,
        adminGroups: ["platform", "catalog-admins"],
        maintainerGroups: [
          { group: "team-sales", project: "sales" },
          { group: "team-crm", project: "crm" },
        ],
      },
    });
  });

  test("one problem per missing variable, the secret never shown", () => {
    const problems = problemsOf({
      NODE_ENV: "test",
      CATALOG_OIDC_ISSUER: "https://id.example.com/",
    });
    expect(problems).toEqual([
      expect.stringMatching(/^CATALOG_OIDC_CLIENT_ID: missing; sign-in needs/),
      expect.stringMatching(
        /^CATALOG_OIDC_CLIENT_SECRET: missing; sign-in needs/,
      ),
    ]);
    const bad = problemsOf({
      ...ON,
      CATALOG_OIDC_ISSUER: "not a url",
      CATALOG_MAINTAINER_GROUPS: "team-sales:sales,nonsense",
    });
    expect(bad).toHaveLength(2);
    expect(
      bad.some((p) => p.startsWith('CATALOG_OIDC_ISSUER="not a url"')),
    ).toBe(true);
    expect(
      bad.some((p) =>
        p.includes('"nonsense" is not of the form group:project'),
      ),
    ).toBe(true);
    expect(
      problemsOf({ ...ON, CATALOG_OIDC_CLIENT_SECRET: "" }).join("\n"),
    ).toMatch(/^CATALOG_OIDC_CLIENT_SECRET: /);
  });
});

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    readEnv(source);
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
  return [];
}
