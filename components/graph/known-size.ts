import { Position, type NodeHandle } from "@xyflow/react";

export type Size = { width: number; height: number };

/**
 * The size and handles of a node whose size the layout fixed, given to React
 * Flow up front. Nodes outside the viewport are never rendered
 * (`onlyRenderVisibleElements`) and so never measured: without this,
 * fitting the view would wait for them forever and edges to them would not
 * be drawn.
 */
export function withKnownSize(
  size: Size,
  handles: NodeHandle[] = sideHandles(size),
): Size & { measured: Size; handles: NodeHandle[] } {
  return { ...size, measured: size, handles };
}

/** A target handle in the middle of the left side, a source in the middle of the right. */
export function sideHandles(size: Size, y = size.height / 2): NodeHandle[] {
  return [
    {
      type: "target",
      position: Position.Left,
      x: 0,
      y: y - 0.5,
      width: 1,
      height: 1,
    },
    {
      type: "source",
      position: Position.Right,
      x: size.width - 1,
      y: y - 0.5,
      width: 1,
      height: 1,
    },
  ];
}
