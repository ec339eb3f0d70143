import { describe, expect, test } from "vitest";
import {
  decodeSegment,
  formatHops,
  hasNulByte,
  groupUrl,
  impactDownloadUrl,
  impactUrl,
  isDecodablePath,
  lineageUrl,
  meshMapUrl,
  modelUrl,
  nodeUrl,
  ownerUrl,
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
    { url: meshMapUrl(), expected: "/mesh" },
    {
      url: lineageUrl("finance", "model.finance.fct_revenue"),
      expected: "/projects/finance/lineage/model.finance.fct_revenue",
    },
    {
      // Default hops and types stay out of the URL.
      url: lineageUrl("finance", "model.finance.fct_revenue", {
        up: 2,
        down: 2,
        types: null,
      }),
      expected: "/projects/finance/lineage/model.finance.fct_revenue",
    },
    {
      url: lineageUrl("platform", "model.platform.dim_customers.v2", {
        up: 1,
        down: Infinity,
        types: ["model", "exposure"],
      }),
      expected:
        "/projects/platform/lineage/model.platform.dim_customers.v2?up=1&down=full&types=model%2Cexposure",
    },
    {
      url: lineageUrl("x", "exposure.x.weekly kpis", { up: 0 }),
      expected: "/projects/x/lineage/exposure.x.weekly%20kpis?up=0",
    },
    {
      url: impactUrl("platform", "model.platform.dim_customers"),
      expected: "/projects/platform/impact/model.platform.dim_customers",
    },
    {
      url: impactDownloadUrl("platform", "model.platform.dim_customers", "csv"),
      expected:
        "/api/v1/impact/model.platform.dim_customers?project=platform&format=csv",
    },
    {
      url: impactDownloadUrl("x", "source.x.raw.a/b", "json"),
      expected: "/api/v1/impact/source.x.raw.a%2Fb?project=x&format=json",
    },
  ])("$expected", ({ url, expected }) => {
    expect(url).toBe(expected);
  });

  test.each([
    { hops: 0, expected: "0" },
    { hops: 3, expected: "3" },
    { hops: Infinity, expected: "full" },
  ])("formatHops($hops)", ({ hops, expected }) => {
    expect(formatHops(hops)).toBe(expected);
  });

  test.each([
    { segment: "v2", expected: "2" },
    { segment: "v1.5", expected: "1.5" },
    { segment: "latest", expected: null },
    { segment: "2", expected: null },
    // Decoded once, by decodeParams: a literal % is part of the version.
    { segment: "v1%", expected: "1%" },
  ])("parseVersionSegment($segment)", ({ segment, expected }) => {
    expect(parseVersionSegment(segment)).toBe(expected);
  });
});

test.each([
  [
    "finance-analytics%40larkspur.example",
    "finance-analytics@larkspur.example",
  ],
  ["Finance%20Analytics", "Finance Analytics"],
  ["plain", "plain"],
  ["100%", "100%"],
])("decodeSegment(%s)", (segment, expected) => {
  expect(decodeSegment(segment)).toBe(expected);
});

test.each([
  ["/projects/finance", true],
  ["/owners/finance-analytics%40larkspur.example", true],
  ["/projects/p/nodes/model.p.caf%C3%A9", true],
  ["/projects/%ZZ", false],
  ["/owners/100%", false],
  ["/projects/%C0%AF", false],
  ["/projects/%E2%82", false],
  ["/projects/%E2/%82%AC", false],
])("isDecodablePath(%s) is %s", (pathname, expected) => {
  expect(isDecodablePath(pathname)).toBe(expected);
});

test.each([
  ["/owners/a%00b", true],
  ["/search?q=a&project=b%00", true],
  ["/owners/a\u0000b", true],
  ["/owners/a%2500b", false],
  ["/owners/a%20b", false],
])("hasNulByte(%j) is %s", (url, expected) => {
  expect(hasNulByte(url)).toBe(expected);
});
