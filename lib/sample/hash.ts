import { createHash } from "node:crypto";

/** The sha256 hex digest dbt stores in `checksum` for file contents. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The md5 hex digest dbt uses for project ids and test name suffixes. */
export function md5(text: string): string {
  return createHash("md5").update(text).digest("hex");
}
