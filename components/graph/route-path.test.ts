import { describe, expect, test } from "vitest";
import { pointAlong, toRoundedPath } from "./route-path";

describe("toRoundedPath", () => {
  test("a straight route is one line", () => {
    expect(
      toRoundedPath([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ]),
    ).toBe("M 0 0 L 100 0");
  });

  test("a bend is rounded by the radius", () => {
    expect(
      toRoundedPath(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
          { x: 100, y: 50 },
        ],
        10,
      ),
    ).toBe("M 0 0 L 90 0 Q 100 0 100 10 L 100 50");
  });

  test("bends closer than twice the radius get a smaller one", () => {
    expect(
      toRoundedPath(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
          { x: 10, y: 6 },
          { x: 50, y: 6 },
        ],
        10,
      ),
    ).toBe("M 0 0 L 7 0 Q 10 0 10 3 L 10 3 Q 10 6 13 6 L 50 6");
  });

  test("no points, no path", () => {
    expect(toRoundedPath([])).toBe("");
  });
});

describe("pointAlong", () => {
  test.each([
    { fraction: 0, expected: { x: 0, y: 0 } },
    { fraction: 0.5, expected: { x: 100, y: 0 } },
    { fraction: 0.75, expected: { x: 100, y: 50 } },
    { fraction: 1, expected: { x: 100, y: 100 } },
  ])("$fraction of the way", ({ fraction, expected }) => {
    expect(
      pointAlong(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
          { x: 100, y: 100 },
        ],
        fraction,
      ),
    ).toEqual(expected);
  });
});
