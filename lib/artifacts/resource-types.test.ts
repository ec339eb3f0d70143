import { describe, expect, test } from "vitest";
import {
  CONSUMER_TYPES,
  hasTrait,
  REFERABLE_TYPES,
  RELATION_TYPES,
  RESOURCE_TYPES,
  TEST_TYPES,
  toResourceType,
} from "./resource-types";

describe("resource-type sets", () => {
  test("are derived from the one switch", () => {
    expect(RELATION_TYPES).toEqual(["model", "seed", "snapshot", "source"]);
    expect(REFERABLE_TYPES).toEqual(["model", "seed", "snapshot"]);
    expect(TEST_TYPES).toEqual(["test", "unit_test"]);
    expect(CONSUMER_TYPES).toEqual([
      "model",
      "snapshot",
      "exposure",
      "metric",
      "semantic_model",
      "saved_query",
      "analysis",
    ]);
  });

  test("no test is a consumer: tests check a node, they do not use it", () => {
    expect(TEST_TYPES.filter((t) => hasTrait(t, "isConsumer"))).toEqual([]);
  });

  test.each([
    ["analysis", "isConsumer", true],
    ["seed", "isConsumer", false],
    ["source", "isReferable", false],
    ["source", "isRelation", true],
    ["unit_test", "isTest", true],
    ["function", "isConsumer", false],
    ["macro", "isTest", false],
    ["toString", "isRelation", false],
  ] as const)("%s %s → %s", (type, trait, expected) => {
    expect(hasTrait(type, trait)).toBe(expected);
  });
});

describe("toResourceType", () => {
  test("knows every listed type and nothing else", () => {
    for (const type of RESOURCE_TYPES) expect(toResourceType(type)).toBe(type);
    expect(toResourceType("macro")).toBeNull();
    expect(toResourceType("constructor")).toBeNull();
    expect(toResourceType("Model")).toBeNull();
  });
});
