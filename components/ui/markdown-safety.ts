import type {
  Nodes as MdastNodes,
  Parent as MdastParent,
  Root as MdastRoot,
} from "mdast";
import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/**
 * What a description may render: the elements Markdown and GFM produce, and
 * nothing that runs code, loads frames or styles itself. Built on GitHub's
 * schema (no `style`, no event handlers) with stricter URL protocols.
 */
export const MARKDOWN_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "img",
    "input",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "strong",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
  ],
  attributes: {
    ...defaultSchema.attributes,
    img: ["alt", "title", "src"],
  },
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["https"],
    cite: ["http", "https"],
  },
  strip: [
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "template",
    "noscript",
  ],
  // Ids only come from remark-rehype (footnotes), which already prefixes them
  // with `user-content-`; raw HTML never reaches the tree. Prefixing again
  // would break the footnote links.
  clobber: [],
};

const HREF_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

function getProtocol(url: string): string | null {
  // Browsers ignore tabs and newlines inside URLs and leading control characters
  // and spaces, so `java\tscript:` must be judged as `javascript:`.
  const cleaned = url.replace(/[\u0000-\u0020]/g, "");
  const colon = cleaned.indexOf(":");
  if (colon === -1) return null;
  const firstDelimiter = cleaned.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return null;
  return cleaned.slice(0, colon + 1).toLowerCase();
}

/**
 * Keeps a link target only if it is relative, an anchor, or http(s)/mailto;
 * keeps an image source only if it is https. Anything else becomes undefined,
 * which drops the attribute.
 */
export function toSafeUrl(url: string, key: string): string | undefined {
  const protocol = getProtocol(url);
  if (key === "src") return protocol === "https:" ? url : undefined;
  if (protocol === null) return url;
  return HREF_PROTOCOLS.has(protocol) ? url : undefined;
}

/** Whether a link leaves the catalog (absolute http(s) or protocol-relative). */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

const LINE_BREAK = /^<br\s*\/?>$/i;

function isParent(node: MdastNodes): node is MdastNodes & MdastParent {
  return "children" in node;
}

/**
 * A remark plugin: raw HTML in a description is shown as its source text, never
 * parsed. The one exception is `<br>`, common in YAML descriptions, which
 * becomes a Markdown line break.
 */
export function remarkHtmlAsText() {
  return (tree: MdastRoot) => {
    replaceHtml(tree);
  };
}

function replaceHtml(parent: MdastParent): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== "html") {
      if (isParent(child)) replaceHtml(child);
      return child;
    }
    if (LINE_BREAK.test(child.value.trim())) return { type: "break" };
    const text = { type: "text" as const, value: child.value };
    // Block-level HTML sits directly in a flow container: give it a paragraph.
    return parent.type === "paragraph" || isPhrasingParent(parent)
      ? text
      : { type: "paragraph", children: [text] };
  });
}

function isPhrasingParent(parent: MdastParent): boolean {
  return [
    "emphasis",
    "strong",
    "delete",
    "link",
    "linkReference",
    "heading",
    "tableCell",
  ].includes(parent.type);
}
