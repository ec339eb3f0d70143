import { isMap, isScalar, isSeq, type Document, type LineCounter } from "yaml";

export type Position = { line: number; col: number };

type Located = { range?: [number, number, number] | null };

/**
 * Where a path of keys and indexes sits in a parsed YAML document: the value
 * (or, with `isKey`, the key) it names, or the closest existing ancestor when
 * the path goes further than the file does (a missing key is reported where
 * it should have been).
 */
export function locatePath(
  doc: Document,
  lineCounter: LineCounter,
  path: (string | number)[],
  isKey = false,
): Position {
  let node: unknown = doc.contents;
  let keyNode: unknown = null;
  let offset = (node as Located | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    let next: unknown;
    let nextKey: unknown = null;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) =>
          isScalar(item.key) && String(item.key.value) === String(segment),
      );
      next = pair?.value;
      nextKey = pair?.key ?? null;
    } else if (isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
    }
    if (next === undefined && nextKey === null) break;
    node = next ?? null;
    keyNode = nextKey;
    const target = isKey || node === null ? (keyNode ?? node) : node;
    offset = (target as Located | null)?.range?.[0] ?? offset;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}
