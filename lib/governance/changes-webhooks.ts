import { z } from "zod";
import { describeHit } from "./diff-format";
import type { Change } from "./diff-project";
import type { Violation } from "./types";

/** What a webhook of the policy file can be told about. */
export const WEBHOOK_EVENTS = ["breaking_change", "error_violation"] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** One `webhooks:` entry of catalog-policy.yml. */
export const webhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).trim(),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).default(["breaking_change"]),
});

export type Webhook = z.infer<typeof webhookSchema>;

/** What Slack (and tools that take its format) accept: a plain `text` and Block Kit `blocks`. */
export type WebhookPayload = {
  text: string;
  blocks: Record<string, unknown>[];
};

type BreakingChange = Pick<Change, "summary" | "consumers">;

/** Blocks past this are summed up: Slack takes at most 50 per message. */
const MAX_CHANGE_BLOCKS = 40;

// Slack's mrkdwn reads &, < and > as markup: names from manifests must not.
function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The message for an ingest's breaking changes: one block per change, with whom it hits. */
export function buildBreakingPayload(
  project: string,
  changes: BreakingChange[],
): WebhookPayload {
  const count = `${changes.length} breaking change${changes.length === 1 ? "" : "s"}`;
  const text = `${project}: ${count}: ${changes.map((c) => c.summary).join("; ")}`;
  const blocks: Record<string, unknown>[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `${project}: ${count}` },
    },
  ];
  for (const change of changes.slice(0, MAX_CHANGE_BLOCKS)) {
    const hits = change.consumers.map(
      (hit) => `• ${escapeMrkdwn(describeHit(hit))}`,
    );
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: [
          `*${escapeMrkdwn(change.summary)}*`,
          ...(hits.length > 0 ? hits : ["no known consumer"]),
        ].join("\n"),
      },
    });
  }
  if (changes.length > MAX_CHANGE_BLOCKS)
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `and ${changes.length - MAX_CHANGE_BLOCKS} more`,
        },
      ],
    });
  return { text, blocks };
}

/** The message for the error-level violations a run found that the run before it did not. */
export function buildErrorViolationsPayload(
  violations: Pick<Violation, "title" | "project" | "uniqueId" | "message">[],
): WebhookPayload {
  const count = `${violations.length} new error-level violation${violations.length === 1 ? "" : "s"}`;
  const projects = [...new Set(violations.map((v) => v.project))].sort();
  const text = `${count} in ${projects.join(", ")}: ${violations.map((v) => `${v.project}: ${v.message}`).join("; ")}`;
  const blocks: Record<string, unknown>[] = [
    { type: "header", text: { type: "plain_text", text: count } },
  ];
  for (const violation of violations.slice(0, MAX_CHANGE_BLOCKS))
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*${escapeMrkdwn(violation.title)}*\n${escapeMrkdwn(violation.project)}: ${escapeMrkdwn(violation.message)}`,
      },
    });
  if (violations.length > MAX_CHANGE_BLOCKS)
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `and ${violations.length - MAX_CHANGE_BLOCKS} more`,
        },
      ],
    });
  return { text, blocks };
}
