import { describe, expect, test } from "vitest";
import {
  PAD_X,
  PAD_Y,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  scaleY,
  spreadX,
  toAreaPath,
  toDotPath,
  toLinePath,
} from "./chart-geometry";

describe("chart geometry", () => {
  test.each([
    { count: 0, expected: [] },
    { count: 1, expected: [VIEW_WIDTH / 2] },
    { count: 2, expected: [PAD_X, VIEW_WIDTH - PAD_X] },
    { count: 3, expected: [PAD_X, VIEW_WIDTH / 2, VIEW_WIDTH - PAD_X] },
  ])("spreadX($count)", ({ count, expected }) => {
    expect(spreadX(count)).toEqual(expected);
  });

  test.each([
    { value: 0, expected: VIEW_HEIGHT - PAD_Y },
    { value: 100, expected: PAD_Y },
    { value: 50, expected: VIEW_HEIGHT / 2 },
    { value: 140, expected: PAD_Y },
    { value: -5, expected: VIEW_HEIGHT - PAD_Y },
  ])("scaleY($value) of 100", ({ value, expected }) => {
    expect(scaleY(value, 100)).toBe(expected);
  });

  test("paths", () => {
    const points = [
      { x: 10, y: 100 },
      { x: 50, y: 40 },
    ];
    expect(toLinePath(points)).toBe("M10 100 L50 40");
    expect(toAreaPath(points)).toBe(
      `M10 100 L50 40 L50 ${VIEW_HEIGHT - PAD_Y} L10 ${VIEW_HEIGHT - PAD_Y} Z`,
    );
    expect(toAreaPath(points.slice(0, 1))).toBe("");
    expect(toDotPath({ x: 3, y: 4 })).toBe("M3 4 h0");
  });
});
