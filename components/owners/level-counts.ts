import type { ProductSummary } from "@/lib/db/queries/product-lists";
import type { PolicyLevel } from "@/lib/score/policy-types";

/**
 * Products counted per level: every given level (lowest first) then those
 * below the first level, the shape LevelDistribution draws.
 */
export function countByLevel(
  products: readonly Pick<ProductSummary, "level">[],
  levels: readonly PolicyLevel[],
): { level: string | null; count: number }[] {
  const ids = [
    ...levels.map((l) => l.id),
    ...new Set(
      products
        .map((p) => p.level)
        .filter(
          (l): l is string => l !== null && !levels.some((x) => x.id === l),
        ),
    ),
  ];
  return [...ids, null].map((level) => ({
    level,
    count: products.filter((p) => p.level === level).length,
  }));
}

/** The levels of several projects' policies merged, each id once, in first-seen order. */
export function mergeLevels(
  byProject: Readonly<Record<string, readonly PolicyLevel[]>>,
): PolicyLevel[] {
  const merged = new Map<string, PolicyLevel>();
  for (const levels of Object.values(byProject))
    for (const level of levels)
      if (!merged.has(level.id)) merged.set(level.id, level);
  return [...merged.values()];
}
