import { describe, expect, test } from "vitest";
import type { GroupRecord } from "@/lib/artifacts/types";
import type { ProductFacts } from "../types";
import { makeFacts, runRule } from "@/tests/score-facts";
import { HAS_OWNER, METADATA_KEYS } from "./ownership";

const group = (owner: Partial<GroupRecord>): GroupRecord => ({
  uniqueId: "group.shop.sales",
  name: "sales",
  ownerName: null,
  ownerEmail: null,
  description: null,
  ...owner,
});

describe("has-owner", () => {
  const cases: [
    string,
    ProductFacts,
    Record<string, unknown>,
    string,
    string,
  ][] = [
    [
      "a group with an owner",
      makeFacts(
        {},
        {
          group: group({
            ownerName: "Sales Team",
            ownerEmail: "sales@acme.co",
          }),
        },
      ),
      {},
      "pass",
      "group sales is owned by Sales Team <sales@acme.co>",
    ],
    [
      "a group owner email only",
      makeFacts({}, { group: group({ ownerEmail: "sales@acme.co" }) }),
      {},
      "pass",
      "group sales is owned by <sales@acme.co>",
    ],
    [
      "meta.owner",
      makeFacts({ meta: { owner: "growth@acme.co" } }),
      {},
      "pass",
      "meta names growth@acme.co",
    ],
    [
      "meta.owners as a list",
      makeFacts({ meta: { owners: ["ann", "bo"] } }),
      {},
      "pass",
      "meta names ann, bo",
    ],
    [
      "meta.team as an object",
      makeFacts({ meta: { team: { name: "Growth", email: "g@acme.co" } } }),
      {},
      "pass",
      "meta names Growth, g@acme.co",
    ],
    [
      "a group without owner",
      makeFacts({}, { group: group({}) }),
      {},
      "fail",
      "group sales names no owner, and no meta key (owner, owners, team, maintainer) does",
    ],
    [
      "nothing",
      makeFacts(),
      {},
      "fail",
      "no group, and no meta key (owner, owners, team, maintainer) names an owner",
    ],
    [
      "a key the policy does not accept",
      makeFacts({ meta: { team: "growth" } }),
      { meta_keys: ["owner"] },
      "fail",
      "no group, and no meta key (owner) names an owner",
    ],
  ];
  test.each(cases)("%s", (_case, facts, params, status, evidence) => {
    expect(runRule(HAS_OWNER, facts, params)).toEqual({ status, evidence });
  });
});

describe("metadata-keys", () => {
  test.each([
    [{ owner: "a", domain: "sales" }, {}, "pass", "meta sets owner, domain"],
    [
      { owner: "a", maturity: "gold" },
      {},
      "fail",
      "meta lacks domain (it has owner, maturity)",
    ],
    [{ owner: "", domain: [] }, {}, "fail", "meta lacks owner, domain"],
    [
      { domain: "sales", owner: "a" },
      { keys: ["sla"] },
      "fail",
      "meta lacks sla (it has domain, owner)",
    ],
    [{}, { keys: [] }, "pass", "the policy requires no meta keys"],
  ])("meta %j with %j: %s", (meta, params, status, evidence) => {
    expect(runRule(METADATA_KEYS, makeFacts({ meta }), params)).toEqual({
      status,
      evidence,
    });
  });
});
