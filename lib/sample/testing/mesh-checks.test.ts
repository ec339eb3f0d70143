import { describe, expect, test } from "vitest";
import { findCycle } from "./mesh-checks";

describe("findCycle", () => {
  //   a → b → c        (edges point from child to parent)
  //        ↘ d
  const dag = new Map([
    ["a", ["b"]],
    ["b", ["c", "d"]],
  ]);

  //   a → b → c → a
  const cyclic = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
  ]);

  test.each([
    ["a DAG", dag, null],
    ["a three-node cycle", cyclic, ["a", "b", "c", "a"]],
    ["a self-reference", new Map([["a", ["a"]]]), ["a", "a"]],
  ])("finds the cycle in %s", (_label, edges, expected) => {
    expect(findCycle(edges)).toEqual(expected);
  });
});
