import {
  CHANGE_CATEGORIES,
  CHANGE_KINDS,
  type ChangeCategory,
} from "./diff-kinds";
import type { Change, ProjectDiff } from "./diff-project";
import type { ConsumerHit } from "./diff-types";

const MARKS: Record<ChangeCategory, string> = {
  breaking: "✗",
  added: "+",
  removed: "-",
  changed: "~",
};

const HEADINGS: Record<ChangeCategory, string> = {
  breaking: "Breaking",
  added: "Added",
  removed: "Removed",
  changed: "Changed",
};

/** `3 breaking, 2 added, 0 removed, 4 changed` */
export function describeCounts(counts: Record<ChangeCategory, number>): string {
  return CHANGE_CATEGORIES.map((c) => `${counts[c]} ${c}`).join(", ");
}

/** `marketing.attribution (pins v2; Marketing <m@x.io>)` */
export function describeHit(hit: ConsumerHit): string {
  const pin =
    hit.pinnedVersion === null
      ? "follows the latest"
      : `pins v${hit.pinnedVersion}`;
  const kind = hit.resourceType === "model" ? "" : `${hit.resourceType} `;
  const owners = hit.owners.length > 0 ? `; ${hit.owners.join(", ")}` : "";
  return `${kind}${hit.project}.${hit.name} (${pin}${owners})`;
}

/** The diff for a terminal: breaking changes first, each with the consumers it hits. */
export function formatDiffText(diff: ProjectDiff, heading: string): string {
  const lines = [
    `${diff.project}: ${describeCounts(diff.counts)} (${heading})`,
  ];
  for (const category of CHANGE_CATEGORIES) {
    const changes = diff.changes.filter((c) => c.category === category);
    if (changes.length === 0) continue;
    lines.push("", HEADINGS[category]);
    for (const change of changes) {
      lines.push(`  ${MARKS[category]} ${change.summary}`);
      for (const hit of change.consumers)
        lines.push(`      hits ${describeHit(hit)}`);
    }
  }
  if (diff.changes.length === 0) lines.push("", "No changes.");
  const breaking = diff.counts.breaking;
  lines.push(
    "",
    breaking > 0
      ? `Gate failed: ${breaking} breaking change${breaking === 1 ? "" : "s"}.`
      : "No breaking change.",
  );
  return `${lines.join("\n")}\n`;
}

/** Markdown that fits a pull-request comment: a table of breaking changes, the rest folded. */
export function formatDiffMarkdown(diff: ProjectDiff, heading: string): string {
  const breaking = diff.changes.filter((c) => c.category === "breaking");
  const others = diff.changes.filter((c) => c.category !== "breaking");
  const lines = [
    breaking.length > 0
      ? `### ✗ ${breaking.length} breaking change${breaking.length === 1 ? "" : "s"} in \`${code(diff.project)}\``
      : `### ✓ No breaking change in \`${code(diff.project)}\``,
    "",
    `${describeCounts(diff.counts)} (${cell(heading)})`,
  ];
  if (breaking.length > 0) {
    lines.push("", "| Change | Consumers hit |", "| --- | --- |");
    for (const change of breaking)
      lines.push(
        `| **${CHANGE_KINDS[change.kind].title}**: ${cell(change.summary)} | ${describeHits(change)} |`,
      );
  }
  if (others.length > 0) {
    lines.push(
      "",
      `<details><summary>${others.length} other change${others.length === 1 ? "" : "s"}</summary>`,
      "",
    );
    for (const change of others)
      lines.push(`- ${MARKS[change.category]} ${cell(change.summary)}`);
    lines.push("", "</details>");
  }
  return `${lines.join("\n")}\n`;
}

function describeHits(change: Change): string {
  if (change.consumers.length === 0) return "none known";
  return change.consumers.map((hit) => cell(describeHit(hit))).join("<br>");
}

// Names come from manifests: nothing in them may open a tag or break the table.
function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

function code(text: string): string {
  return cell(text).replace(/`/g, "'");
}
