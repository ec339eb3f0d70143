import type { Point } from "./layout-types";

/**
 * An SVG path through a route's points with rounded corners (an orthogonal
 * route reads better without sharp bends). The radius shrinks where two
 * bends are too close for it.
 */
export function toRoundedPath(points: readonly Point[], radius = 8): string {
  const [first, ...rest] = points;
  if (!first) return "";
  const parts = [`M ${first.x} ${first.y}`];
  for (let i = 0; i < rest.length; i++) {
    const corner = rest[i] as Point;
    const previous = (i === 0 ? first : rest[i - 1]) as Point;
    const next = rest[i + 1];
    if (!next) {
      parts.push(`L ${corner.x} ${corner.y}`);
      break;
    }
    const r = Math.min(
      radius,
      distance(previous, corner) / 2,
      distance(corner, next) / 2,
    );
    const before = moveToward(corner, previous, r);
    const after = moveToward(corner, next, r);
    parts.push(
      `L ${before.x} ${before.y}`,
      `Q ${corner.x} ${corner.y} ${after.x} ${after.y}`,
    );
  }
  return parts.join(" ");
}

/** The point at `fraction` (0–1) of a route's length, for a label. */
export function pointAlong(points: readonly Point[], fraction = 0.5): Point {
  const lengths = points
    .slice(1)
    .map((p, i) => distance(points[i] as Point, p));
  let remaining = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i] as number;
    if (remaining <= length && length > 0)
      return moveToward(points[i] as Point, points[i + 1] as Point, remaining);
    remaining -= length;
  }
  return points.at(-1) ?? { x: 0, y: 0 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function moveToward(from: Point, to: Point, by: number): Point {
  const length = distance(from, to);
  if (length === 0) return from;
  return {
    x: from.x + ((to.x - from.x) * by) / length,
    y: from.y + ((to.y - from.y) * by) / length,
  };
}
