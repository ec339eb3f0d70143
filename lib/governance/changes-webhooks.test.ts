import { describe, expect, test } from "vitest";
import { parsePolicy, PolicyError } from "@/lib/score/policy-parse";
import { buildBreakingPayload } from "./changes-webhooks";

describe("webhooks in the policy file", () => {
  test("are read with their events, breaking_change by default", () => {
    const policy = parsePolicy(
      "webhooks:\n  - url: https://hooks.example.com/T1/B2/x\n  - url: http://ci.internal/hook\n    events: [breaking_change, error_violation]\n",
      "catalog-policy.yml",
    );
    expect(policy.webhooks).toEqual([
      { url: "https://hooks.example.com/T1/B2/x", events: ["breaking_change"] },
      {
        url: "http://ci.internal/hook",
        events: ["breaking_change", "error_violation"],
      },
    ]);
  });

  test.each([
    [
      "webhooks:\n  - url: ftp://example.com/x\n",
      "catalog-policy.yml:2:10: expected an http(s) URL",
    ],
    [
      "webhooks:\n  - url: https://example.com\n    events: [deploys]\n",
      "catalog-policy.yml:3:14",
    ],
    [
      "webhooks:\n  - url: https://example.com\n    secret: x\n",
      'catalog-policy.yml:3:5: unknown key "secret"',
    ],
  ])("a bad entry is refused with its line: %j", (text, expected) => {
    expect(() => parsePolicy(text, "catalog-policy.yml")).toThrow(PolicyError);
    try {
      parsePolicy(text, "catalog-policy.yml");
    } catch (error) {
      expect((error as Error).message).toContain(expected);
    }
  });
});

test("the Slack-compatible message: text, a header, a section per change, names escaped", () => {
  const payload = buildBreakingPayload("finance", [
    {
      summary: "column <b> removed from orders",
      consumers: [
        {
          uniqueId: "exposure.marketing.board",
          name: "Board & KPIs",
          resourceType: "exposure",
          project: "marketing",
          pinnedVersion: "2",
          owners: ["Growth <growth@example.com>"],
        },
      ],
    },
  ]);
  expect(payload).toEqual({
    text: "finance: 1 breaking change: column <b> removed from orders",
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: "finance: 1 breaking change" },
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*column &lt;b&gt; removed from orders*\n• exposure marketing.Board &amp; KPIs (pins v2; Growth &lt;growth@example.com&gt;)",
        },
      },
    ],
  });
});
