import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";

/** A file that an upload body is written into, chunk by chunk, with back-pressure. */
export type Spool = {
  write: (chunk: Uint8Array) => Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
};

/** Opens `path` (owner-only) for an upload body. */
export function openSpool(path: string): Spool {
  const out = createWriteStream(path, { mode: 0o600 });
  // Surfaced by write/close; without a listener an early error would crash the process.
  out.on("error", () => {});
  return {
    write: async (chunk) => {
      if (out.errored) throw out.errored;
      // once() rejects if the file errors (disk full) while waiting.
      if (!out.write(chunk)) await once(out, "drain");
    },
    close: async () => {
      out.end();
      await finished(out);
    },
    abort: async () => {
      out.destroy();
      await finished(out).catch(() => {});
    },
  };
}
