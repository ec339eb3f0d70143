/**
 * A node's name as SQL writes it: a source as `source_name.table` (its
 * unique_id is `source.<package>.<source_name>.<table>`), every other node
 * by its name.
 */
export function toNodeLabel(node: {
  resourceType: string;
  uniqueId: string;
  name: string;
}): string {
  if (node.resourceType !== "source") return node.name;
  const parts = node.uniqueId.split(".");
  return parts.length >= 4 ? parts.slice(2).join(".") : node.name;
}

/** How pages title a node: its label (see toNodeLabel), a version with its `vN`. */
export function toNodeTitle(node: {
  resourceType: string;
  uniqueId: string;
  name: string;
  version: string | null;
}): string {
  const label = toNodeLabel(node);
  return node.version ? `${label} v${node.version}` : label;
}
