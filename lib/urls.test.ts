import { describe, expect, test } from "vitest";
import {
  groupUrl,
  modelUrl,
  nodeUrl,
  ownerUrl,
  decodeSegment,
  parseVersionSegment,
  projectUrl,
  scoreboardUrl,
} from "./urls";

describe("urls", () => {
  test.each([
    { url: projectUrl("finance"), expected: "/projects/finance" },
    { url: scoreboardUrl("finance"), expected: "/projects/finance/scoreboard" },
    {
      url: groupUrl("finance", "finance analytics"),
      expected: "/projects/finance/groups/finance%20analytics",
    },
    {
      url: ownerUrl("finance-analytics@larkspur.example"),
      expected: "/owners/finance-analytics%40larkspur.example",
    },
    { url: ownerUrl("a/b?c"), expected: "/owners/a%2Fb%3Fc" },
    {
      url: modelUrl("platform", "dim_customers"),
      expected: "/projects/platform/models/dim_customers",
    },
    {
      url: modelUrl("platform", "dim_customers", "2"),
      expected: "/projects/platform/models/dim_customers/v2",
    },
    {
      url: nodeUrl({
        project: "platform",
        uniqueId: "model.platform.dim_customers.v1",
        resourceType: "model",
        name: "dim_customers",
        version: "1",
      }),
      expected: "/projects/platform/models/dim_customers/v1",
    },
    {
      url: nodeUrl({
        project: "platform",
        uniqueId: "source.platform.app.users",
        resourceType: "source",
        name: "users",
      }),
      expected: "/projects/platform/nodes/source.platform.app.users",
    },
    {
      url: nodeUrl({
        project: "x",
        uniqueId: "exposure.x.weekly kpis",
        resourceType: "exposure",
        name: "weekly kpis",
      }),
      expected: "/projects/x/nodes/exposure.x.weekly%20kpis",
    },
  ])("$expected", ({ url, expected }) => {
    expect(url).toBe(expected);
  });

  test.each([
    { segment: "v2", expected: "2" },
    { segment: "v1.5", expected: "1.5" },
    { segment: "latest", expected: null },
    { segment: "2", expected: null },
  ])("parseVersionSegment($segment)", ({ segment, expected }) => {
    expect(parseVersionSegment(segment)).toBe(expected);
  });
});

test.each([
  ["finance-analytics%40larkspur.example", "finance-analytics@larkspur.example"],
  ["Finance%20Analytics", "Finance Analytics"],
  ["plain", "plain"],
  ["100%", "100%"],
])("decodeSegment(%s)", (segment, expected) => {
  expect(decodeSegment(segment)).toBe(expected);
});
