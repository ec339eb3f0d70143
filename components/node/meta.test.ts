import { expect, test } from "vitest";
import { formatMetaValue, listMetaEntries } from "./meta";

test.each([
  ["daily by 07:00 UTC", "daily by 07:00 UTC"],
  [42, "42"],
  [false, "false"],
  [null, "—"],
  [["finance", "sox"], "finance, sox"],
  [{ tier: 1, team: "core" }, '{"tier":1,"team":"core"}'],
  [[{ a: 1 }], '[{"a":1}]'],
  ["x".repeat(300), `${"x".repeat(200)}…`],
])("%j reads %j", (value, text) => {
  expect(formatMetaValue(value)).toBe(text);
});

test("entries come sorted by key", () => {
  expect(listMetaEntries({ sla: "daily", owner: "a@b.example" })).toEqual([
    ["owner", "a@b.example"],
    ["sla", "daily"],
  ]);
});
