import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { closeDb, getPool } from "./client";
import {
  authenticate,
  canWriteProject,
  createToken,
  listTokens,
  revokeToken,
} from "./tokens";

describe("API tokens", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test("a new token's secret is random, prefixed, and stored only as its SHA-256", async () => {
    const first = await createToken({ project: "upstream", label: "ci" });
    const second = await createToken({ project: "upstream" });
    expect(first.secret).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);
    expect(second.secret).not.toBe(first.secret);
    expect(first.token).toEqual({
      id: expect.any(Number) as number,
      project: "upstream",
      label: "ci",
    });
    const rows = await getPool().query<Record<string, unknown>>(
      "SELECT * FROM api_tokens WHERE id = $1",
      [first.token.id],
    );
    const row = rows.rows[0];
    expect(row?.secret_hash).toBe(
      createHash("sha256").update(first.secret).digest("hex"),
    );
    expect(JSON.stringify(row)).not.toContain(first.secret.slice(3));
  });

  test("a valid token authenticates, whatever the case of the scheme, and its use is recorded", async () => {
    const { token, secret } = await createToken({ project: null });
    expect(await lastUsedAt(token.id)).toBeNull();
    for (const header of [
      `Bearer ${secret}`,
      `bearer ${secret}`,
      ` Bearer  ${secret} `,
    ])
      expect(await authenticate(header)).toEqual({ ok: true, token });
    expect(await lastUsedAt(token.id)).toBeInstanceOf(Date);
  });

  test.each([
    { header: null, failure: "missing" },
    { header: "", failure: "missing" },
    { header: "Basic dXNlcjpwYXNz", failure: "malformed" },
    { header: "Bearer", failure: "malformed" },
    { header: "Bearer a b", failure: "malformed" },
    { header: "Bearer not-a-catalog-token", failure: "unknown" },
    { header: `Bearer mc_${"A".repeat(43)}`, failure: "unknown" },
  ])("$header fails as $failure", async ({ header, failure }) => {
    expect(await authenticate(header)).toEqual({ ok: false, failure });
  });

  test("a revoked token stops working at once; revoking is reported truthfully", async () => {
    const { token, secret } = await createToken({ project: "upstream" });
    expect((await authenticate(`Bearer ${secret}`)).ok).toBe(true);
    expect(await revokeToken(token.id)).toBe("revoked");
    expect(await authenticate(`Bearer ${secret}`)).toEqual({
      ok: false,
      failure: "revoked",
    });
    expect(await revokeToken(token.id)).toBe("already-revoked");
    expect(await revokeToken(987_654)).toBe("not-found");
  });

  test("the listing shows scope and dates, never a secret or its hash", async () => {
    const { token } = await createToken({ project: "listed", label: "lister" });
    const listed = (await listTokens()).find((t) => t.id === token.id);
    expect(listed).toEqual({
      id: token.id,
      project: "listed",
      label: "lister",
      createdAt: expect.any(Date) as Date,
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  test.each([
    { scope: null, project: "anything", isAllowed: true },
    { scope: "upstream", project: "upstream", isAllowed: true },
    { scope: "upstream", project: "downstream", isAllowed: false },
    { scope: "upstream", project: "Upstream", isAllowed: false },
  ])(
    "a token for $scope may write $project: $isAllowed",
    ({ scope, project, isAllowed }) => {
      const token = { id: 1, project: scope, label: null };
      expect(canWriteProject(token, project)).toBe(isAllowed);
    },
  );
});

async function lastUsedAt(id: number): Promise<Date | null> {
  const result = await getPool().query<{ last_used_at: Date | null }>(
    "SELECT last_used_at FROM api_tokens WHERE id = $1",
    [id],
  );
  return result.rows[0]?.last_used_at ?? null;
}
