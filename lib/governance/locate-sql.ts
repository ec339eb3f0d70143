import { isScalar, type Document, type LineCounter } from "yaml";
import type { Path } from "@/lib/score/policy-problems";
import { locatePath } from "@/lib/score/yaml-locate";

/**
 * Where a custom check's query sits in the parsed policy file: the line its
 * value starts on (for a block scalar, `sql: |`, the line of the indicator),
 * so that a position Postgres reports in the query becomes a file line.
 */
export function locateSqlIn(
  doc: Document,
  lineCounter: LineCounter,
): (path: Path) => { line: number; isBlock: boolean } {
  return (path) => {
    const node = doc.getIn(path, true);
    const isBlock =
      isScalar(node) &&
      (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
    return { line: locatePath(doc, lineCounter, path).line, isBlock };
  };
}
