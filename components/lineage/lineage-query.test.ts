import { describe, expect, test } from "vitest";
import { isTypeChecked, parseLineageQuery, toggleType } from "./lineage-query";

describe("parseLineageQuery", () => {
  test.each([
    { params: {}, expected: { up: 2, down: 2, types: null } },
    {
      params: { up: "0", down: "full" },
      expected: { up: 0, down: Infinity, types: null },
    },
    {
      params: { up: "51", down: "-1" },
      expected: { up: 2, down: 2, types: null },
    },
    {
      params: { up: "1.5", down: "" },
      expected: { up: 2, down: 2, types: null },
    },
    { params: { up: ["3", "4"] }, expected: { up: 3, down: 2, types: null } },
    {
      params: { types: "model,exposure,model, source" },
      expected: { up: 2, down: 2, types: ["model", "exposure", "source"] },
    },
    {
      params: { types: "<script>,Model" },
      expected: { up: 2, down: 2, types: null },
    },
  ])("$params", ({ params, expected }) => {
    expect(parseLineageQuery(params)).toEqual(expected);
  });
});

describe("type filter", () => {
  test("by default, every type but tests is checked", () => {
    expect(isTypeChecked(null, "model")).toBe(true);
    expect(isTypeChecked(null, "test")).toBe(false);
    expect(isTypeChecked(null, "unit_test")).toBe(false);
  });

  test("toggling a type lists what stays checked", () => {
    const types = toggleType(null, "exposure");
    expect(types).not.toContain("exposure");
    expect(types).toContain("model");
    expect(types).not.toContain("test");
    expect(toggleType(null, "test")).toContain("test");
  });

  test("toggling back to the default set gives the default (null)", () => {
    expect(toggleType(toggleType(null, "metric"), "metric")).toBeNull();
  });
});
