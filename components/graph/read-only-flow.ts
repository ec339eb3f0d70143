/**
 * React Flow props of a graph that is read, not edited: nothing drags,
 * connects, takes focus or stays selected (clicks still reach handlers).
 */
export const READ_ONLY_FLOW = {
  onlyRenderVisibleElements: true,
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
} as const;
