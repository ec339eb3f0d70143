import type { EntityInput } from "./types";

/**
 * A semantic model's entities from its stored `data.entities` (the manifest's
 * or semantic_manifest.json's list): name, type and expression, anything
 * malformed left out.
 */
export function readEntities(data: unknown): EntityInput[] {
  const entities =
    typeof data === "object" && data !== null
      ? (data as Record<string, unknown>).entities
      : undefined;
  if (!Array.isArray(entities)) return [];
  return (entities as unknown[]).flatMap((raw): EntityInput[] => {
    if (typeof raw !== "object" || raw === null) return [];
    const { name, type, expr } = raw as Record<string, unknown>;
    if (typeof name !== "string" || typeof type !== "string") return [];
    return [
      {
        name,
        type: type.toLowerCase(),
        expr: typeof expr === "string" ? expr : null,
      },
    ];
  });
}
