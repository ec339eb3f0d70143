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
    [{ sort: "grouped" }, { type: "model", page: 1 }],
    [{ sort: "score" }, { type: "model", page: 1, sort: "score" }],
    [{ sort: "size" }, { type: "model", page: 1 }],
    [{ q: "   " }, { type: "model", page: 1 }],
    [
      { q: " orders ", tag: ["finance", "core"], folder: "models/marts" },
      {
        type: "model",
        page: 1,
        filter: {
          text: "orders",
          folder: "models/marts",
          tag: "finance",
          access: null,
          materialized: null,
          level: null,
          group: null,
        },
      },
    ],
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
    [
      {
        type: "source",
        page: 2,
        sort: "name",
        filter: {
          text: "a b",
          folder: null,
          tag: "pii",
          access: null,
          materialized: null,
          level: "gold",
          group: null,
        },
      },
      "?type=source&q=a+b&tag=pii&level=gold&sort=name&page=2",
    ],
  ] as const)("%j → %j", (view, expected) => {
    expect(toViewQuery(view)).toBe(expected);
  });
});
