import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { AccessBadge } from "./access-badge";
import { FreshnessBadge } from "./freshness-badge";
import { toResourceType } from "./resource-type";
import { ResourceTypeBadge } from "./resource-type-badge";
import { toRunStatus } from "@/lib/artifacts/run-statuses";
import { StatusBadge } from "./status-badge";

describe("toRunStatus", () => {
  test.each([
    ["pass", "pass"],
    ["PASS", "pass"],
    [" warn ", "warn"],
    ["partial success", "partial success"],
    ["no-op", "no-op"],
    ["runtime error", "runtime error"],
    ["exploded", null],
    ["", null],
  ])("%j → %j", (raw, expected) => {
    expect(toRunStatus(raw)).toBe(expected);
  });
});

describe("toResourceType", () => {
  test.each([
    ["model", "model"],
    ["semantic_model", "semantic_model"],
    ["unit_test", "unit_test"],
    ["function", "unknown"],
    ["constructor", "unknown"],
  ])("%j → %j", (raw, expected) => {
    expect(toResourceType(raw)).toBe(expected);
  });
});

describe("badges show a label, never only a colour", () => {
  test.each([
    [<AccessBadge key="a" access="public" />, "Public"],
    [<AccessBadge key="b" access="toString" />, "toString"],
    [<StatusBadge key="c" status="fail" />, "Fail"],
    [<StatusBadge key="d" status="mystery" />, "mystery"],
    [<FreshnessBadge key="e" status="error" />, "Stale"],
    [<ResourceTypeBadge key="f" type="semantic_model" />, "Semantic model"],
    [<ResourceTypeBadge key="g" type="function" />, "function"],
    [<ResourceTypeBadge key="h" type="unknown" />, "Other"],
  ])("badge %# reads its label", (element, label) => {
    const html = renderToStaticMarkup(element);
    expect(html.replace(/<[^>]*>/g, "")).toBe(label);
  });
});
