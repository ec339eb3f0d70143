"use client";

import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button";

const subscribe = () => () => {};

/**
 * The badge as Markdown and as HTML, each to copy. Pasted elsewhere, the
 * links must be absolute: the origin is the browser's, known once hydrated.
 */
export function BadgeSnippets({
  badgePath,
  pagePath,
  alt,
}: {
  badgePath: string;
  pagePath: string;
  alt: string;
}) {
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "",
  );
  const image = `${origin}${badgePath}`;
  const page = `${origin}${pagePath}`;
  const markdownAlt = alt.replaceAll(/[[\]\\]/g, "\\$&");
  const htmlAlt = alt
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;");
  const snippets = [
    { title: "Markdown", code: `[![${markdownAlt}](${image})](${page})` },
    {
      title: "HTML",
      code: `<a href="${page}"><img src="${image}" alt="${htmlAlt}"></a>`,
    },
  ];
  return (
    <div className="flex flex-col gap-2">
      {snippets.map((snippet) => (
        <div key={snippet.title} className="flex flex-col gap-1">
          <p className="text-xs font-medium text-fg-muted">{snippet.title}</p>
          <div className="flex items-start gap-1 rounded-md border border-border bg-surface-sunken py-1 pr-1 pl-2.5">
            <code className="min-w-0 flex-1 py-1 font-mono text-[11px] break-all text-fg">
              {snippet.code}
            </code>
            <CopyButton
              value={snippet.code}
              label={`Copy the badge ${snippet.title}`}
            />
          </div>
        </div>
      ))}
    </div>
  );
}
