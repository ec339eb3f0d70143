import { describe, expect, test } from "vitest";
import { groupVersions, type Versioned } from "./group-versions";
import type { Ranked } from "./rank";

function result(
  name: string,
  version: string | null = null,
  latestVersion: string | null = null,
): Ranked<Versioned> {
  return {
    item: {
      uniqueId: `model.platform.${name}${version ? `.v${version}` : ""}`,
      project: "platform",
      resourceType: "model",
      name,
      version,
      latestVersion,
    },
    tier: "word",
    score: 0,
    nameRanges: [],
  };
}

const shown = (results: ReturnType<typeof groupVersions>) =>
  results.map((r) => [
    r.item.uniqueId,
    r.otherVersions.map((chip) => chip.version),
  ]);

describe("groupVersions", () => {
  test.each([
    {
      name: "versions of a model become its latest, where the best of them ranked",
      ranked: [
        result("stg_orders"),
        result("dim_customers", "1", "2"),
        result("fct_orders"),
        result("dim_customers", "2", "2"),
      ],
      expected: [
        ["model.platform.stg_orders", []],
        ["model.platform.dim_customers.v2", ["1"]],
        ["model.platform.fct_orders", []],
      ],
    },
    {
      name: "a prerelease above latest_version is a chip, not the result",
      ranked: [
        result("dim_customers", "3", "2"),
        result("dim_customers", "2", "2"),
        result("dim_customers", "10", "2"),
      ],
      expected: [["model.platform.dim_customers.v2", ["10", "3"]]],
    },
    {
      name: "without latest_version among them, the highest version (10 above 9)",
      ranked: [result("dim_x", "9", "11"), result("dim_x", "10", "11")],
      expected: [["model.platform.dim_x.v10", ["9"]]],
    },
    {
      name: "unversioned results pass through",
      ranked: [result("a"), result("b")],
      expected: [
        ["model.platform.a", []],
        ["model.platform.b", []],
      ],
    },
  ])("$name", ({ ranked, expected }) => {
    expect(shown(groupVersions(ranked))).toEqual(expected);
  });

  test("the same name in two projects is two results", () => {
    const other = result("dim_customers", "1", "1");
    other.item = {
      ...other.item,
      project: "finance",
      uniqueId: "model.finance.dim_customers.v1",
    };
    expect(
      groupVersions([result("dim_customers", "1", "1"), other]).length,
    ).toBe(2);
  });
});
