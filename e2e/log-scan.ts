import fs from "node:fs/promises";
import { readE2eToken, serverLogFile } from "./token";

const PORT = Number(process.env.E2E_PORT ?? 3107);

/**
 * Runs after every browser test: the production server's log of the whole
 * run has a JSON line with a request id for each request, and never holds
 * the write token the upload specs sent in their headers. (Next writes some
 * lines of its own, not JSON; those are scanned for the token too.)
 */
export default async function scanServerLog(): Promise<void> {
  const [log, token] = await Promise.all([
    fs.readFile(serverLogFile(PORT), "utf8"),
    readE2eToken(PORT),
  ]);
  if (log.includes(token))
    throw new Error("the server log holds the write token's secret");
  const requests = log
    .split("\n")
    .filter(isJsonObject)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === "request");
  if (requests.length === 0)
    throw new Error("the server logged no request at all");
  const withoutId = requests.find(
    (line) => !/^[0-9a-f]{32}$/.test(String(line.requestId)),
  );
  if (withoutId)
    throw new Error(
      `a request was logged without its id: ${JSON.stringify(withoutId)}`,
    );
}

function isJsonObject(line: string): boolean {
  if (!line.startsWith("{")) return false;
  try {
    return typeof JSON.parse(line) === "object";
  } catch {
    return false;
  }
}
