import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getLogger } from "@/lib/ops/logger";

/** Temp directories of uploads in progress are named so; tests look for leftovers by it. */
export const UPLOAD_DIR_PREFIX = "catalog-upload-";

/**
 * Runs `run` with a fresh directory for one request's upload files, and
 * removes it afterwards however `run` ends (success, refusal, a client that
 * went away). mkdtemp creates it 0700: artifacts can hold private SQL.
 */
export async function withUploadDir<T>(
  run: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), UPLOAD_DIR_PREFIX));
  try {
    return await run(dir);
  } finally {
    // Retried: a file closing late can leave the directory briefly non-empty.
    await fs
      .rm(dir, { recursive: true, force: true, maxRetries: 3 })
      .catch((error: unknown) =>
        getLogger().error(
          { err: error, dir },
          "removing an upload directory failed",
        ),
      );
  }
}
