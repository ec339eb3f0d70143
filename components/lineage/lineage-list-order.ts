import { formatPlural } from "@/components/ui/format-number";
import { toNodeTitle } from "@/lib/artifacts/node-label";
import type { LineageElement } from "./lineage-data";

/** Where an element sits relative to the focus: "focus", "2 up", "1–3 down". */
export function describeHops(element: LineageElement): string {
  if (element.kind === "group") {
    const side = element.side === "upstream" ? "up" : "down";
    return element.minHops === element.maxHops
      ? `${element.minHops} ${side}`
      : `${element.minHops}–${element.maxHops} ${side}`;
  }
  if (element.depth === 0) return "focus";
  return `${Math.abs(element.depth)} ${element.depth < 0 ? "up" : "down"}`;
}

/** A short name for an element: a node's name (and version), or what a group folds. */
export function describeElement(element: LineageElement): string {
  if (element.kind === "node") return toNodeTitle(element);
  const where =
    element.project === null
      ? formatPlural(element.projectCount, "other project")
      : element.group
        ? `${element.project}, group ${element.group}`
        : element.project;
  return `${formatPlural(element.count, "node")} folded (${where})`;
}

function signedHops(element: LineageElement): number {
  if (element.kind === "node") return element.depth;
  return element.side === "upstream" ? -element.minHops : element.minHops;
}

/** Upstream first (farthest first), then the focus, then downstream; by project and name within a hop. */
export function sortForList(
  elements: readonly LineageElement[],
): LineageElement[] {
  return [...elements].sort(
    (a, b) =>
      signedHops(a) - signedHops(b) ||
      (a.project ?? "\uffff").localeCompare(b.project ?? "\uffff") ||
      describeElement(a).localeCompare(describeElement(b)),
  );
}

/** The focus first, then outwards hop by hop: what a list cut short should keep. */
export function sortNearestFirst(
  elements: readonly LineageElement[],
): LineageElement[] {
  return [...elements].sort(
    (a, b) =>
      Math.abs(signedHops(a)) - Math.abs(signedHops(b)) ||
      signedHops(a) - signedHops(b),
  );
}
