import { MarkerType, type Edge, type Node } from "@xyflow/react";
import { withKnownSize } from "@/components/graph/known-size";
import type { LayoutResult, Point } from "@/components/graph/layout-types";
import type { MeshDependency, MeshMapData, MeshProject } from "./mesh-map-data";
import { toDependencyId } from "./mesh-map-data";
import { largestProject, sizeProject } from "./mesh-map-layout";

export type ProjectFlowNode = Node<{ project: MeshProject }, "project">;

export type DependencyEdgeData = {
  dependency: MeshDependency;
  isSelected: boolean;
  /** ELK's route around the projects; null while a new layout runs. */
  route: Point[] | null;
};

export type DependencyFlowEdge = Edge<DependencyEdgeData, "dependency">;

export function buildProjectNodes(
  data: MeshMapData,
  layout: LayoutResult,
): ProjectFlowNode[] {
  const largest = largestProject(data);
  return data.projects.flatMap((project) => {
    const position = layout.positions[project.name];
    if (!position) return [];
    const size = sizeProject(project, largest);
    return [
      {
        id: project.name,
        type: "project",
        position,
        ...withKnownSize(size),
        data: { project },
      },
    ];
  });
}

/**
 * One edge per producer → consumer dependency, along the route ELK found
 * around the projects. A dependency each way is two edges with two routes:
 * both directions stay visible.
 */
export function buildDependencyEdges(
  data: MeshMapData,
  layout: LayoutResult,
  selectedId: string | null,
): DependencyFlowEdge[] {
  return data.dependencies.map((dependency) => {
    const id = toDependencyId(dependency.producer, dependency.consumer);
    const isSelected = id === selectedId;
    return {
      id,
      type: "dependency",
      source: dependency.producer,
      target: dependency.consumer,
      data: { dependency, isSelected, route: layout.routes[id] ?? null },
      className: [
        "edge-dependency",
        dependency.unresolved === dependency.refs ? "edge-unresolved" : "",
        isSelected ? "edge-selected" : "",
      ]
        .filter(Boolean)
        .join(" "),
      markerEnd: {
        type: MarkerType.ArrowClosed,
        // Fixed size: a selected (thicker) edge keeps the same arrowhead.
        markerUnits: "userSpaceOnUse",
        width: 14,
        height: 14,
        color: isSelected
          ? "var(--accent)"
          : dependency.unresolved === dependency.refs
            ? "var(--warn)"
            : "var(--cross-project)",
      },
      focusable: false,
      zIndex: isSelected ? 1 : 0,
    };
  });
}
