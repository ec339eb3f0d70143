import { afterEach, describe, expect, test, vi } from "vitest";
import {
  isConnectionLost,
  isDatabaseAway,
  isDatabaseUnavailable,
  reportConnectionLost,
  reportDatabase,
} from "./availability";

const holder = globalThis as { __meshCatalogAvailability?: unknown };

describe("what an error says about the database", () => {
  test.each([
    ["nothing listening", { code: "ECONNREFUSED" }, true, true],
    ["the server shut down", { code: "57P01" }, true, true],
    [
      "a connection cut, wrapped",
      new Error("query failed", {
        cause: new Error("Connection terminated unexpectedly"),
      }),
      true,
      true,
    ],
    ["no URL yet", { kind: "DatabaseNotReachable" }, true, true],
    [
      "recovering after a crash, as Prisma wraps it",
      Object.assign(new Error("Database error. Code: `57P03`."), {
        code: "P2039",
        meta: {
          driverAdapterError: new Error("the database system is starting up", {
            cause: { kind: "postgres", code: "57P03" },
          }),
        },
      }),
      true,
      true,
    ],
    ["a statement timeout", { code: "57014" }, false, true],
    ["too many connections", { code: "53300" }, false, true],
    ["too many heavy reads", { code: "CATALOG_BUSY" }, false, true],
    ["a unique violation", { code: "23505" }, false, false],
    ["a bug", new TypeError("x is undefined"), false, false],
  ])("%s", (_, error, isLost, isUnavailable) => {
    expect(isConnectionLost(error)).toBe(isLost);
    expect(isDatabaseUnavailable(error)).toBe(isUnavailable);
  });
});

describe("availability", () => {
  afterEach(() => {
    delete holder.__meshCatalogAvailability;
  });

  test("a lost connection without a supervisor changes nothing", () => {
    reportConnectionLost();
    expect(isDatabaseAway()).toBe(false);
  });

  test("a lost connection makes the database away and wakes the supervisor, until it finds it again", () => {
    const checkNow = vi.fn();
    reportDatabase(true, checkNow);
    expect(isDatabaseAway()).toBe(false);
    reportConnectionLost();
    expect(isDatabaseAway()).toBe(true);
    expect(checkNow).toHaveBeenCalledOnce();
    reportDatabase(true, checkNow);
    expect(isDatabaseAway()).toBe(false);
  });
});
