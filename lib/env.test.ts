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
