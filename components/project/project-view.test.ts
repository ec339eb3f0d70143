import { describe, expect, test } from "vitest";
import { parseProjectView, toViewQuery } from "./project-view";

describe("parseProjectView", () => {
  test.each([
    [{}, { type: "model", page: 1 }],
    [
      { type: "source", page: "2" },
      { type: "source", page: 2 },
    ],
    [{ type: "semantic_model" }, { type: "semantic_model", page: 1 }],
    [{ type: "other" }, { type: "unknown", page: 1 }],
    [{ type: "unknown" }, { type: "model", page: 1 }],
    [{ type: "toString" }, { type: "model", page: 1 }],
    [
      { type: ["test", "seed"], page: ["3", "1"] },
      { type: "test", page: 3 },
    ],
    [{ page: "0" }, { type: "model", page: 1 }],
    [{ page: "-2" }, { type: "model", page: 1 }],
    [{ page: "1.5" }, { type: "model", page: 1 }],
    [{ page: "abc" }, { type: "model", page: 1 }],
    [{ page: "99999999999999999999" }, { type: "model", page: 1 }],
  ])("%j → %j", (params, expected) => {
    expect(parseProjectView(params)).toEqual(expected);
  });
});

describe("toViewQuery", () => {
  test.each([
    [{ type: "model", page: 1 }, ""],
    [{ type: "model", page: 2 }, "?page=2"],
    [{ type: "source", page: 1 }, "?type=source"],
    [{ type: "unknown", page: 3 }, "?type=other&page=3"],
  ] as const)("%j → %j", (view, expected) => {
    expect(toViewQuery(view)).toBe(expected);
  });
});
