import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Where e2e/server.ts leaves an admin token for the specs, one file per port. */
function tokenFile(port: number): string {
  return path.join(os.tmpdir(), `mesh-catalog-e2e-${port}.token`);
}

export async function writeE2eToken(
  port: number,
  secret: string,
): Promise<void> {
  await fs.writeFile(tokenFile(port), secret, { mode: 0o600 });
}

export async function readE2eToken(port: number): Promise<string> {
  return (await fs.readFile(tokenFile(port), "utf8")).trim();
}

/** Where e2e/server.ts keeps the server's log, one file per port. */
export function serverLogFile(port: number): string {
  return path.join(os.tmpdir(), `mesh-catalog-e2e-${port}.log`);
}
