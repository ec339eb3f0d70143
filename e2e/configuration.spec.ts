import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startApp } from "@/lib/cli/next-server";
import { findFreePort } from "@/lib/db/embedded-postmaster";
import { expect, test } from "./fixtures";

// A password in the URL, which no message may show.
const DATABASE_URL = "postgresql://u:s3cret@127.0.0.1:1/catalog";

/** Starts `next start` with `env` and resolves to its exit code and output. */
async function startAndWaitForExit(env: Record<string, string>) {
  const server = startApp(await findFreePort(), DATABASE_URL, {
    output: "pipe",
    env,
  });
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) =>
    server.once("exit", resolve),
  );
  return { code, output };
}

test.describe("a server with a bad configuration exits at once", () => {
  test("one line per bad environment variable", async () => {
    const { code, output } = await startAndWaitForExit({
      CATALOG_MAX_ARTIFACT_BYTES: "lots",
      CATALOG_MAX_UPLOAD_BYTES: "-1",
    });
    expect(code).toBe(1);
    expect(output).toContain("The catalog cannot start:");
    expect(output).toMatch(/^ {2}CATALOG_MAX_ARTIFACT_BYTES="lots": /m);
    expect(output).toMatch(/^ {2}CATALOG_MAX_UPLOAD_BYTES="-1": /m);
    expect(output).not.toContain("s3cret");
  });

  test("a policy file that does not parse, named", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bad-config-"));
    const policy = path.join(dir, "catalog-policy.yml");
    await fs.writeFile(policy, "levels: [unclosed\n");
    try {
      const { code, output } = await startAndWaitForExit({
        CATALOG_POLICY_FILE: policy,
      });
      expect(code).toBe(1);
      expect(output).toContain("The catalog cannot start:");
      expect(output).toContain(policy);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
