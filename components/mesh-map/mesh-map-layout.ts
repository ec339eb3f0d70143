import type { LayoutRequest } from "@/components/graph/layout-types";
import type { MeshMapData, MeshProject } from "./mesh-map-data";
import { toDependencyId } from "./mesh-map-data";
import { LARGE_GRAPH } from "@/components/graph/quick-layers";

const BASE = { width: 176, height: 70 };
const GROWTH = { width: 72, height: 22 };

/**
 * A project's box: larger with more models (by the square root of its share
 * of the largest project's models, so a ten-times larger project is about
 * three times as wide, not ten). Projects never ingested keep the base size.
 */
export function sizeProject(
  project: MeshProject,
  largest: number,
): { width: number; height: number } {
  const share =
    project.models === null || largest <= 0
      ? 0
      : Math.sqrt(project.models / largest);
  return {
    width: Math.round(BASE.width + GROWTH.width * share),
    height: Math.round(BASE.height + GROWTH.height * share),
  };
}

export function largestProject(data: MeshMapData): number {
  return Math.max(0, ...data.projects.map((p) => p.models ?? 0));
}

/**
 * Up to this many projects, edges get right-angled routes; past it, cheaper
 * polylines; past `LARGE_GRAPH`, no routes at all (curves between the
 * projects, laid out at once by `quick-layers.ts`).
 */
const ORTHOGONAL_UP_TO = 80;

/** The mesh map for the layout worker: producers to the left of their consumers. */
export function toMeshLayoutRequest(data: MeshMapData): LayoutRequest {
  const largest = largestProject(data);
  return {
    nodes: data.projects.map((p) => ({
      id: p.name,
      ...sizeProject(p, largest),
    })),
    edges: data.dependencies.map((d) => ({
      id: toDependencyId(d.producer, d.consumer),
      source: d.producer,
      target: d.consumer,
    })),
    hasLanes: false,
    layerSpacing: 110,
    nodeSpacing: 36,
    edgeRouting:
      data.projects.length <= ORTHOGONAL_UP_TO
        ? "orthogonal"
        : data.projects.length <= LARGE_GRAPH
          ? "polyline"
          : "none",
  };
}
