import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { REAL_FIXTURES } from "./fixtures";

/** A file's content: literal text or bytes, or a real fixture file copied (optionally gzipped). */
export type TreeFile =
  string | Uint8Array | { fixture: string; isGzipped?: boolean };

const created: string[] = [];

/**
 * Builds a directory tree in the OS temp folder at test time, from literal
 * text and copies of the shared real fixtures (never committed copies).
 */
export async function buildTree(
  files: Record<string, TreeFile>,
): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "mesh-ingest-"));
  created.push(root);
  for (const [relative, content] of Object.entries(files)) {
    const destination = path.join(root, relative);
    await fs.mkdir(path.dirname(destination), { recursive: true });
    await fs.writeFile(destination, await readContent(content));
  }
  return root;
}

export async function readContent(content: TreeFile): Promise<Buffer> {
  if (typeof content === "string" || content instanceof Uint8Array)
    return Buffer.from(content);
  const bytes = await fs.readFile(path.join(REAL_FIXTURES, content.fixture));
  return content.isGzipped ? gzipSync(bytes) : bytes;
}

/** Removes every tree built so far; for afterAll/afterEach. */
export async function removeTrees(): Promise<void> {
  const roots = created.splice(0);
  await Promise.all(
    roots.map((root) => fs.rm(root, { recursive: true, force: true })),
  );
}

export const UPSTREAM_DIR = "astronomer-cosmos/cross_project_upstream";
export const DOWNSTREAM_DIR = "astronomer-cosmos/cross_project_downstream";
