import { JSONParser } from "@streamparser/json";
import { ArtifactError } from "./errors";
import { findExcessiveNesting, MAX_JSON_DEPTH } from "./json-depth";

/**
 * Parses artifact text with the engine's JSON.parse (the fastest parser here).
 * Only when that fails is the text looked at again, to report where as a byte
 * offset into the file. Nesting past MAX_JSON_DEPTH is refused too.
 */
export function parseJson(file: string, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const byteOffset = locateJsonError(text, message);
    const isTruncated = byteOffset >= Buffer.byteLength(text, "utf8");
    const reason = isTruncated
      ? "it ends in the middle of a value (truncated?)"
      : cleanMessage(message);
    throw new ArtifactError(file, `is not valid JSON: ${reason}`, {
      byteOffset,
    });
  }
  const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (tooDeep !== -1)
    throw new ArtifactError(
      file,
      `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep`,
      { byteOffset: Buffer.byteLength(text.slice(0, tooDeep), "utf8") },
    );
  return value;
}

function cleanMessage(message: string): string {
  // The engine's position counts UTF-16 units; the byte offset replaces it.
  return message
    .replace(/\s*in JSON at position \d+.*$/s, "")
    .replace(/,\s*".*" is not valid JSON$/s, "");
}

function locateJsonError(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined)
    return Buffer.byteLength(text.slice(0, Number(position)), "utf8");
  if (message.includes("Unexpected end of JSON input"))
    return Buffer.byteLength(text, "utf8");
  return locateWithStreamingParser(text);
}

/** The streaming parser reports absolute byte positions for the errors it can place. */
function locateWithStreamingParser(text: string): number {
  const parser = new JSONParser({ paths: [] });
  try {
    parser.write(text);
    parser.end();
  } catch (error) {
    const position = /absolute position "(\d+)"/.exec(
      error instanceof Error ? error.message : "",
    )?.[1];
    if (position !== undefined) return Number(position);
  }
  return Buffer.byteLength(text, "utf8");
}
