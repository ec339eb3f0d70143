import { describe, expect, test } from "vitest";
import { toSqlList } from "./sql-list";

describe("toSqlList", () => {
  test("quotes vocabulary words", () => {
    expect(toSqlList(["test", "unit_test"])).toBe("('test', 'unit_test')");
    expect(toSqlList(["runtime error", "no-op"])).toBe(
      "('runtime error', 'no-op')",
    );
  });

  test.each([[["x'); DROP TABLE nodes; --"]], [[]]])("refuses %j", (values) => {
    expect(() => toSqlList(values)).toThrow();
  });
});
