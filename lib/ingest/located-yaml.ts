import { LineCounter, parseDocument, type Document } from "yaml";

/** A YAML document with the positions of its nodes, for messages that name a line. */
export type Located = { doc: Document; lineCounter: LineCounter; file: string };

/**
 * Parses YAML keeping line positions; a syntax error becomes
 * `file:line: not valid YAML: …` through `toError`.
 */
export function parseLocatedYaml(
  text: string,
  file: string,
  toError: (message: string) => Error,
): Located {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? 1;
    const problem = (yamlError.message.split("\n")[0] ?? "")
      .replace(/ at line \d+, column \d+:?$/, "")
      .trim();
    throw toError(`${file}:${line}: not valid YAML: ${problem}`);
  }
  return { doc, lineCounter, file };
}

/** The line of the deepest node along `keys` that exists (a missing key points at its parent). */
export function lineOf(located: Located, keys: (string | number)[]): number {
  for (let depth = keys.length; depth > 0; depth--) {
    const node: unknown = located.doc.getIn(keys.slice(0, depth), true);
    const range =
      typeof node === "object" && node !== null && "range" in node
        ? (node as { range?: [number, number, number] }).range
        : undefined;
    if (range) return located.lineCounter.linePos(range[0]).line;
  }
  return 1;
}

/** A zod issue path as plain keys (symbols, which YAML never has, as text). */
export function toKeys(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}
