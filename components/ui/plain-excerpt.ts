import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const PARSER = unified().use(remarkParse).use(remarkGfm).freeze();

// Blocks whose text is not prose: code, tables and raw HTML stay out of an excerpt.
const SKIPPED = new Set([
  "code",
  "html",
  "table",
  "definition",
  "footnoteDefinition",
]);
const LINE_BREAK = /^<br\s*\/?>$/i;
const BLOCKS = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "list",
  "listItem",
]);

function collectText(node: MdastNodes, parts: string[]): void {
  if (
    node.type === "break" ||
    (node.type === "html" && LINE_BREAK.test(node.value))
  ) {
    parts.push(" ");
    return;
  }
  if (SKIPPED.has(node.type)) return;
  if (node.type === "text" || node.type === "inlineCode") {
    parts.push(node.value);
    return;
  }
  if (node.type === "image" || node.type === "imageReference") {
    if (node.alt) parts.push(node.alt);
    return;
  }
  if (!("children" in node)) return;
  for (const child of node.children) collectText(child, parts);
  if (BLOCKS.has(node.type)) parts.push(" ");
}

/** The prose of a Markdown text, on one line: no markup, code blocks, tables or raw HTML. */
export function toPlainText(markdown: string): string {
  const tree: MdastRoot = PARSER.parse(markdown);
  const parts: string[] = [];
  collectText(tree, parts);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * A short plain-text summary of a description for lists: its prose without
 * Markdown, cut at a word boundary near `maxLength` with an ellipsis.
 */
export function toPlainExcerpt(markdown: string, maxLength = 160): string {
  const text = toPlainText(markdown);
  if (text.length <= maxLength) return text;
  // One character more: a word that ends exactly at the limit still fits.
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const end = lastSpace > maxLength * 0.6 ? lastSpace : maxLength;
  return `${text.slice(0, end).replace(/[\s,.;:–—-]+$/, "")}…`;
}
