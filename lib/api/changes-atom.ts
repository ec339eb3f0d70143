import type { ChangeItem } from "@/lib/db/queries/changes";
import { CHANGE_KINDS } from "@/lib/governance/diff-kinds";
import { describeHit } from "@/lib/governance/diff-format";
import { changesUrl } from "@/lib/urls";

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 forbids (manifests may hold them) would make the feed unreadable.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

/**
 * The change feed as Atom (RFC 4287): one entry per change, newest first,
 * breaking ones titled as such with the consumers they hit.
 */
export function renderChangesAtom(options: {
  origin: string;
  title: string;
  selfPath: string;
  project?: string;
  changes: ChangeItem[];
  /** The feed's own update time when it has no entry. */
  emptyUpdated: string;
}): string {
  const { origin, changes } = options;
  const pageUrl = `${origin}${changesUrl(options.project)}`;
  const updated = changes[0]?.recordedAt ?? options.emptyUpdated;
  const entries = changes.map((change) => {
    const title = `${change.category === "breaking" ? "Breaking: " : ""}${change.project}: ${change.summary}`;
    const hits = change.consumers.map((hit) => `hits ${describeHit(hit)}`);
    const text = [
      `${CHANGE_KINDS[change.kind].title} (${change.category}) in ${change.project}: ${change.summary}.`,
      ...hits,
    ].join("\n");
    return [
      "  <entry>",
      `    <id>urn:mesh-catalog:change:${change.id}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${change.recordedAt}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${origin}${changesUrl(change.project)}#change-${change.id}`)}"/>`,
      `    <category term="${change.category}"/>`,
      `    <content type="text">${escapeXml(text)}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${origin}${options.selfPath}`)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}${options.selfPath}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    `  <author><name>Mesh Catalog</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
