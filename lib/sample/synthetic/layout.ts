/**
 * The skeleton of a synthetic project, computable without generating it:
 * names, DAG levels and access of its models. Cross-project refs always
 * go from a higher level to a strictly lower one, so the mesh-wide model
 * graph stays a DAG even when projects depend on each other both ways.
 */
import type { Access } from "../spec";
import { DOMAINS, ENTITIES } from "./words";

export const LEVELS = 6;
/** Levels at or above this one are marts, public to other projects. */
export const PUBLIC_FROM_LEVEL = LEVELS - 2;

export type ModelSlot = {
  index: number;
  name: string;
  level: number;
  access: Access;
  folder: string;
};

export function nameProject(index: number): string {
  const domain = DOMAINS[index % DOMAINS.length] ?? "domain";
  const round = Math.floor(index / DOMAINS.length);
  return round === 0 ? domain : `${domain}_${round + 1}`;
}

export function levelOf(modelIndex: number, modelCount: number): number {
  return Math.min(LEVELS - 1, Math.floor((modelIndex * LEVELS) / modelCount));
}

function layerOf(level: number): {
  prefix: string;
  folder: string;
  access: Access;
} {
  if (level === 0)
    return { prefix: "stg", folder: "staging", access: "private" };
  if (level < PUBLIC_FROM_LEVEL)
    return { prefix: "int", folder: "intermediate", access: "protected" };
  return {
    prefix: level === LEVELS - 1 ? "fct" : "dim",
    folder: "marts",
    access: "public",
  };
}

export function slotOf(modelIndex: number, modelCount: number): ModelSlot {
  const level = levelOf(modelIndex, modelCount);
  const layer = layerOf(level);
  const entity = ENTITIES[modelIndex % ENTITIES.length] ?? "items";
  const width = String(Math.max(modelCount - 1, 1)).length;
  return {
    index: modelIndex,
    name: `${layer.prefix}_${entity}_${String(modelIndex).padStart(width, "0")}`,
    level,
    access: layer.access,
    folder: layer.folder,
  };
}

export function listSlots(modelCount: number): ModelSlot[] {
  return Array.from({ length: modelCount }, (_, index) =>
    slotOf(index, modelCount),
  );
}

/** Public models of a level below `level`, the ones another project may ref from there. */
export function listRefTargets(
  modelCount: number,
  belowLevel: number,
): ModelSlot[] {
  return listSlots(modelCount).filter(
    (slot) => slot.access === "public" && slot.level < belowLevel,
  );
}
