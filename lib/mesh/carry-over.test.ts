import { describe, expect, test } from "vitest";
import type {
  ArtifactOrigin,
  RunResultRecord,
  ParsedRunResults,
} from "@/lib/artifacts/types";
import { makeArtifacts, makeNode } from "@/tests/nodes";
import {
  carryOverResults,
  type StoredResult,
  type StoredResults,
} from "./carry-over";
import { buildSnapshot } from "./snapshot";

/*
 *   stg_orders ──► fct_orders          checksums: stg_orders "s1", fct_orders "f2"
 *   (gone: the stored snapshot also had old_model)
 */
const NODES = [
  makeNode("model.p.stg_orders", { checksum: "s1" }),
  makeNode("model.p.fct_orders", { checksum: "f2" }),
];

const EARLIER: ArtifactOrigin = {
  generatedAt: "2026-12-01T06:00:00.000Z",
  invocationId: "earlier",
};
const LATER = {
  generatedAt: "2026-12-02T06:00:00.000Z",
  invocationId: "later",
};

function result(uniqueId: string, status: string): RunResultRecord {
  return {
    uniqueId,
    status,
    executionTime: 1,
    failures: null,
    message: null,
    completedAt: null,
    rowsAffected: null,
  };
}

function stored(
  uniqueId: string,
  status: string,
  nodeChecksum: string | null,
  origin = EARLIER,
): StoredResult<RunResultRecord> {
  return { result: { ...result(uniqueId, status), origin }, nodeChecksum };
}

function snapshotWith(runResults: ParsedRunResults | null) {
  return buildSnapshot("p", makeArtifacts("p", NODES, { runResults }));
}

const NEW_RUN: ParsedRunResults = {
  ...LATER,
  command: "build",
  results: [result("model.p.fct_orders", "error")],
};

const storedRuns = (runResults: StoredResult<RunResultRecord>[]) =>
  ({ runResults, freshness: [], catalog: [] }) satisfies StoredResults;

describe("carryOverResults", () => {
  test.each([
    {
      name: "a manifest alone keeps the stored results of unchanged nodes",
      incoming: null,
      stored: [stored("model.p.stg_orders", "success", "s1")],
      expected: { "model.p.stg_orders": "success earlier" },
      carried: 1,
    },
    {
      name: "a node whose code changed drops its stored result",
      incoming: null,
      stored: [stored("model.p.fct_orders", "success", "f1")],
      expected: {},
      carried: 0,
    },
    {
      name: "a node no longer in the manifest drops its stored result",
      incoming: null,
      stored: [stored("model.p.old_model", "success", "o1")],
      expected: {},
      carried: 0,
    },
    {
      name: "a new result wins over an older stored one",
      incoming: NEW_RUN,
      stored: [stored("model.p.fct_orders", "success", "f2")],
      expected: { "model.p.fct_orders": "error later" },
      carried: 0,
    },
    {
      name: "a stored result newer than the uploaded run stays",
      incoming: { ...NEW_RUN, ...EARLIER },
      stored: [stored("model.p.fct_orders", "success", "f2", LATER)],
      expected: { "model.p.fct_orders": "success later" },
      carried: 1,
    },
    {
      name: "a new result of the same invocation wins the tie",
      incoming: NEW_RUN,
      stored: [stored("model.p.fct_orders", "success", "f2", LATER)],
      expected: { "model.p.fct_orders": "error later" },
      carried: 0,
    },
    {
      name: "new results for some nodes, stored ones for the others",
      incoming: NEW_RUN,
      stored: [
        stored("model.p.stg_orders", "success", "s1"),
        stored("model.p.fct_orders", "success", "f2"),
      ],
      expected: {
        "model.p.stg_orders": "success earlier",
        "model.p.fct_orders": "error later",
      },
      carried: 1,
    },
  ])("$name", ({ incoming, stored: rows, expected, carried }) => {
    const merged = carryOverResults(snapshotWith(incoming), storedRuns(rows));
    expect(
      Object.fromEntries(
        merged.snapshot.runResults.map((r) => [
          r.uniqueId,
          `${r.status} ${r.origin.invocationId}`,
        ]),
      ),
    ).toEqual(expected);
    expect(merged.carriedOver).toEqual({
      runResults: carried,
      freshness: 0,
      catalog: 0,
    });
  });

  test("carries freshness and catalog stats by the same rule", () => {
    const merged = carryOverResults(snapshotWith(null), {
      runResults: [],
      freshness: [
        {
          result: {
            uniqueId: "model.p.stg_orders",
            status: "pass",
            maxLoadedAt: null,
            snapshottedAt: null,
            ageSeconds: 10,
            criteria: {},
            error: null,
            origin: EARLIER,
          },
          nodeChecksum: "s1",
        },
      ],
      catalog: [
        {
          result: {
            uniqueId: "model.p.fct_orders",
            tableType: "table",
            tableOwner: null,
            comment: null,
            rowCount: 40,
            bytes: null,
            stats: {},
            origin: EARLIER,
          },
          nodeChecksum: "f1",
        },
      ],
    });
    expect(merged.carriedOver).toEqual({
      runResults: 0,
      freshness: 1,
      catalog: 0,
    });
    expect(merged.snapshot.freshness.map((f) => f.uniqueId)).toEqual([
      "model.p.stg_orders",
    ]);
    expect(merged.snapshot.catalog).toEqual([]);
  });
});
