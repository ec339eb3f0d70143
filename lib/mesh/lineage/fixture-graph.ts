/**
 * Hand-drawn graphs for tests. A node is written `[type:]project.name`
 * (type defaults to model); a leading `?` marks an unresolved reference.
 * An edge is `"parent -> child"`; it is cross-project when the projects differ.
 */
import {
  buildAdjacency,
  toNodeKey,
  type Adjacency,
  type LineageEdge,
  type LineageNode,
} from "./graph";

/** The node a spec names. */
export function toFixtureNode(spec: string): LineageNode {
  const isExternal = spec.startsWith("?");
  const body = isExternal ? spec.slice(1) : spec;
  const [type, qualified] = body.includes(":")
    ? (body.split(":") as [string, string])
    : ["model", body];
  const [project = "", ...rest] = qualified.split(".");
  const name = rest.join(".");
  const uniqueId = `${type}.${project}.${name}`;
  return {
    key: toNodeKey(project, uniqueId),
    uniqueId,
    project,
    name,
    resourceType: type,
    access: null,
    version: null,
    group: null,
    isExternal,
  };
}

/** The key of the node a spec names. */
export function keyOf(spec: string): string {
  return toFixtureNode(spec).key;
}

/** Builds an adjacency from `"parent -> child"` lines and lone node specs. */
export function drawGraph(lines: string[]): Adjacency {
  const nodes = new Map<string, LineageNode>();
  const edges: LineageEdge[] = [];
  const add = (spec: string) => {
    const node = toFixtureNode(spec.trim());
    if (!nodes.has(node.key)) nodes.set(node.key, node);
    return node;
  };
  for (const line of lines) {
    const [from, to] = line.split("->");
    const parent = add(from ?? "");
    if (to === undefined) continue;
    const child = add(to);
    edges.push({
      parent: parent.key,
      child: child.key,
      isCrossProject: parent.project !== child.project,
      isHidden: false,
    });
  }
  return buildAdjacency({ nodes: [...nodes.values()], edges });
}
