/** Chart coordinates live in a fixed viewBox; the SVG stretches it to its box. */
export const VIEW_WIDTH = 600;
export const VIEW_HEIGHT = 160;
/** Room at both ends so that the first and last dots are not cut in half. */
export const PAD_X = 12;
export const PAD_Y = 10;

export type PlotPoint = { x: number; y: number };

/** Evenly spaced positions across the plot, one per ingest; a single point sits in the middle. */
export function spreadX(count: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [VIEW_WIDTH / 2];
  const step = (VIEW_WIDTH - 2 * PAD_X) / (count - 1);
  return Array.from({ length: count }, (_, i) => round(PAD_X + i * step));
}

/** A value between 0 and `max` as a height: 0 at the bottom, `max` at the top. */
export function scaleY(value: number, max: number): number {
  const clamped = Math.min(Math.max(value, 0), max);
  const usable = VIEW_HEIGHT - 2 * PAD_Y;
  return round(VIEW_HEIGHT - PAD_Y - (max === 0 ? 0 : clamped / max) * usable);
}

/** The `d` of a polyline through the points ("M x y L x y ..."). */
export function toLinePath(points: readonly PlotPoint[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
}

/** The `d` of the area between the line and the bottom of the plot. */
export function toAreaPath(points: readonly PlotPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return "";
  const bottom = VIEW_HEIGHT - PAD_Y;
  return `${toLinePath(points)} L${last.x} ${bottom} L${first.x} ${bottom} Z`;
}

/**
 * A dot as a zero-length segment: with round caps and a non-scaling stroke
 * it stays round however the SVG is stretched, where a circle would not.
 */
export function toDotPath(point: PlotPoint): string {
  return `M${point.x} ${point.y} h0`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
