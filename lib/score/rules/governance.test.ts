import { describe, expect, test } from "vitest";
import { makeColumn, makeFacts, runRule } from "@/tests/score-facts";
import {
  CONTRACT_ENFORCED,
  GRANTS_DEFINED,
  MATERIALIZED_AS_TABLE,
  OPEN_TABLE_FORMAT,
  PUBLIC_ACCESS,
} from "./governance";

describe("public-access", () => {
  test.each([
    ["public", "pass", "access: public"],
    ["protected", "fail", "access: protected; other projects cannot ref it"],
    [null, "fail", "access: not set; other projects cannot ref it"],
  ])("access %s: %s", (access, status, evidence) => {
    expect(runRule(PUBLIC_ACCESS, makeFacts({ access }))).toEqual({
      status,
      evidence,
    });
  });
});

describe("contract-enforced", () => {
  test.each([
    [true, "pass", "contract enforced on 2 typed columns"],
    [
      false,
      "fail",
      "no enforced contract: its shape can change under consumers",
    ],
  ])("enforced %s: %s", (contractEnforced, status, evidence) => {
    const facts = makeFacts({
      contractEnforced,
      columns: [
        makeColumn("id"),
        makeColumn("total"),
        makeColumn("note", { dataType: null }),
      ],
    });
    expect(runRule(CONTRACT_ENFORCED, facts)).toEqual({ status, evidence });
  });
});

describe("grants-defined", () => {
  test.each([
    [{}, {}, "fail", "no `grants` in the model's config"],
    [
      { grants: { select: [] } },
      {},
      "fail",
      "no `grants` in the model's config",
    ],
    [
      { grants: { select: ["reporter", "bi"] } },
      {},
      "pass",
      "select: reporter, bi",
    ],
    [{ grants: { select: "reporter" } }, {}, "pass", "select: reporter"],
    [
      { grants: { select: ["reporter"] } },
      { privileges: ["select", "insert"] },
      "fail",
      "select: reporter; nothing granted for insert",
    ],
  ])("config %j with %j: %s", (config, params, status, evidence) => {
    expect(runRule(GRANTS_DEFINED, makeFacts({ config }), params)).toEqual({
      status,
      evidence,
    });
  });
});

describe("materialized-as-table", () => {
  test.each([
    ["table", {}, "pass"],
    ["incremental", {}, "pass"],
    ["view", {}, "fail"],
    ["ephemeral", {}, "fail"],
    [null, {}, "fail"],
    ["incremental", { materializations: ["table"] }, "fail"],
  ])("%s with %j: %s", (materialized, params, status) => {
    expect(
      runRule(MATERIALIZED_AS_TABLE, makeFacts({ materialized }), params)
        .status,
    ).toBe(status);
  });
});

describe("open-table-format", () => {
  test.each([
    [{ table_format: "iceberg" }, "pass", "stored as iceberg"],
    [{ file_format: "delta" }, "pass", "stored as delta"],
    [
      { file_format: "parquet" },
      "fail",
      "stored as parquet, not one of iceberg, delta, hudi",
    ],
    [{}, "fail", "no `table_format` or `file_format` set"],
  ])("config %j: %s", (config, status, evidence) => {
    expect(runRule(OPEN_TABLE_FORMAT, makeFacts({ config }))).toEqual({
      status,
      evidence,
    });
  });

  test("is off unless a policy turns it on", () => {
    expect(OPEN_TABLE_FORMAT.isEnabledByDefault).toBe(false);
  });
});
