import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

const SCRIPT = path.resolve("tests/catalog-process.ts");
const DEADLINE_MS = 90_000;

export type CatalogProcess = {
  child: ChildProcess;
  /** The HTTP port, for a server. */
  port: number;
  exited: Promise<number | null>;
  output: () => string;
};

/**
 * Starts tests/catalog-process.ts in `mode` with its own environment (no
 * DATABASE_URL unless given) and resolves once it says it is ready.
 */
export async function spawnCatalogProcess(
  mode: "cli" | "server",
  env: Record<string, string>,
): Promise<CatalogProcess> {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.CATALOG_EMBEDDED_DATABASE_URL;
  // Node itself, not the tsx binary: its relaying parent would take the
  // signals a test means for the catalog process (and SIGKILL it when slow).
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", SCRIPT, mode],
    {
      env: { ...inherited, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const port = await waitForReadyLine(child, exited, () => output);
  return { child, port, exited, output: () => output };
}

function waitForReadyLine(
  child: ChildProcess,
  exited: Promise<number | null>,
  output: () => string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error("no stdout"));
    const lines = readline.createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const match = /^(ready|listening (\d+))$/.exec(line);
      if (match) resolve(Number(match[2] ?? 0));
    });
    void exited.then((code) =>
      reject(new Error(`exited (${code}) before ready:\n${output()}`)),
    );
  });
}

/** The status of GET `route` on a catalog server, or 0 when nothing answered. */
export async function getStatus(port: number, route: string): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${route}`);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * Polls `read` until `isDone` holds for its value, with a generous deadline;
 * returns every value seen, so a test can say what was never answered.
 */
export async function pollUntil<T>(
  read: () => T | Promise<T>,
  isDone: (value: T) => boolean,
): Promise<T[]> {
  const deadline = performance.now() + DEADLINE_MS;
  const seen: T[] = [];
  for (;;) {
    const value = await read();
    seen.push(value);
    if (isDone(value)) return seen;
    if (performance.now() > deadline)
      throw new Error(`gave up waiting; saw ${JSON.stringify(seen.slice(-5))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
