import type { Element, ElementContent } from "hast";
import type { ComponentProps } from "react";
import ReactMarkdown, {
  type Components,
  type ExtraProps,
} from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "./cn";
import { highlightCode } from "./highlight";
import {
  isExternalUrl,
  MARKDOWN_SCHEMA,
  remarkHtmlAsText,
  toSafeUrl,
} from "./markdown-safety";

// The page owns h1 and h2; headings inside a description start at h3.
const COMPONENTS: Components = {
  h1: "h3",
  h2: "h4",
  h3: "h5",
  h4: "h6",
  h5: "h6",
  a: MarkdownLink,
  img: MarkdownImage,
  table: MarkdownTable,
  pre: MarkdownPre,
};

function MarkdownLink({
  node: _node,
  href,
  children,
  ...props
}: ComponentProps<"a"> & ExtraProps) {
  if (!href) return <span>{children}</span>;
  const rel = isExternalUrl(href) ? "noopener noreferrer nofollow" : undefined;
  return (
    <a href={href} rel={rel} {...props}>
      {children}
    </a>
  );
}

function MarkdownImage({
  node: _node,
  src,
  alt,
  title,
}: ComponentProps<"img"> & ExtraProps) {
  // The sanitizer already removed non-https sources; an image without one keeps its words.
  if (typeof src !== "string" || src === "")
    return alt ? <span>{alt}</span> : null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- remote images of unknown size
    <img
      src={src}
      alt={alt ?? ""}
      title={title}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
}

function MarkdownTable({
  node: _node,
  ...props
}: ComponentProps<"table"> & ExtraProps) {
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  );
}

function getText(nodes: readonly ElementContent[]): string {
  return nodes
    .map((child) =>
      child.type === "text"
        ? child.value
        : child.type === "element"
          ? getText(child.children)
          : "",
    )
    .join("");
}

function getFenceLanguage(code: Element): string | undefined {
  const classNames = code.properties.className;
  if (!Array.isArray(classNames)) return undefined;
  const languageClass = classNames.find(
    (name): name is string =>
      typeof name === "string" && name.startsWith("language-"),
  );
  return languageClass?.slice("language-".length);
}

// Fenced code gets the same highlighting as CodeBlock; only its text is used.
function MarkdownPre({ node, children }: ComponentProps<"pre"> & ExtraProps) {
  const code = node?.children.find(
    (child): child is Element =>
      child.type === "element" && child.tagName === "code",
  );
  if (!code) return <pre>{children}</pre>;
  const language = getFenceLanguage(code);
  return (
    <pre>
      <code className="code-lines">
        {highlightCode(getText(code.children).replace(/\n$/, ""), language)}
      </code>
    </pre>
  );
}

export type MarkdownProps = {
  /** A dbt description or doc block: Markdown (GFM), possibly with raw HTML. */
  children: string;
  className?: string;
};

/**
 * Renders a description from a manifest safely: GFM Markdown only. Raw HTML is
 * shown as text, never parsed; the output is sanitized against a strict
 * allowlist; links keep http(s), mailto and relative targets; images load only
 * over https; external links get rel="noopener noreferrer nofollow".
 */
export function Markdown({ children, className }: MarkdownProps) {
  return (
    <div className={cn("markdown prose prose-sm max-w-none", className)}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        rehypePlugins={[[rehypeSanitize, MARKDOWN_SCHEMA]]}
        urlTransform={toSafeUrl}
        components={COMPONENTS}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
