import type {
  Webhook,
  WebhookEvent,
  WebhookPayload,
} from "@/lib/governance/changes-webhooks";
import { getLogger } from "@/lib/ops/logger";

export type DeliveryOptions = {
  /** Attempts per webhook, the first included. */
  attempts?: number;
  /** Wait before the second attempt; doubled before each further one. */
  backoffMs?: number;
  /** How long one attempt may take. */
  timeoutMs?: number;
  log?: (line: string) => void;
};

const DEFAULTS = { attempts: 4, backoffMs: 1_000, timeoutMs: 10_000 };

const pending = new Set<Promise<void>>();

// A webhook URL is a secret (Slack's carry their token in the path): logs name its host only.
function describeUrl(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "(a webhook)";
  }
}

async function post(
  url: string,
  payload: WebhookPayload,
  timeoutMs: number,
): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? null : `answered ${response.status}`;
  } catch (error) {
    const cause = (error as Error).cause;
    return cause instanceof Error ? cause.message : (error as Error).message;
  }
}

async function deliverOne(
  webhook: Webhook,
  payload: WebhookPayload,
  options: Required<DeliveryOptions>,
): Promise<void> {
  const host = describeUrl(webhook.url);
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const problem = await post(webhook.url, payload, options.timeoutMs);
    if (problem === null) {
      options.log(`webhook ${host}: delivered (attempt ${attempt})`);
      return;
    }
    const isLast = attempt === options.attempts;
    options.log(
      `webhook ${host}: attempt ${attempt} failed: ${problem}${isLast ? "; giving up" : ""}`,
    );
    if (!isLast)
      await new Promise((resolve) =>
        setTimeout(resolve, options.backoffMs * 2 ** (attempt - 1)),
      );
  }
}

/**
 * Tells every webhook subscribed to `event`, in the background: each is
 * retried with exponential backoff and each attempt logged; nothing here
 * throws, so a failing webhook never fails what triggered it. Called after
 * the ingest committed; settleWebhooks waits for deliveries under way.
 */
export function deliverWebhooks(
  webhooks: readonly Webhook[],
  event: WebhookEvent,
  payload: WebhookPayload,
  options: DeliveryOptions = {},
): void {
  const resolved = {
    ...DEFAULTS,
    log: (line: string) => getLogger().info(line),
    ...options,
  };
  for (const webhook of webhooks) {
    if (!webhook.events.includes(event)) continue;
    const delivery = deliverOne(webhook, payload, resolved).catch(
      (error: unknown) =>
        resolved.log(
          `webhook ${describeUrl(webhook.url)}: ${(error as Error).message}`,
        ),
    );
    pending.add(delivery);
    void delivery.finally(() => pending.delete(delivery));
  }
}

/** Waits for the deliveries under way (a CLI before it exits, a test before it looks). */
export async function settleWebhooks(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
