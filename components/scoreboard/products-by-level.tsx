import type { ProductSummary } from "@/lib/db/queries/product-lists";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { LevelBadge } from "../product/level-badge";
import { ProductTable } from "../product/product-table";

/** A project's products grouped by level, best level first, in one table; empty levels say so. */
export function ProductsByLevel({
  products,
  levels,
}: {
  products: readonly ProductSummary[];
  levels: readonly PolicyLevel[];
}) {
  const order: (string | null)[] = [...levels.map((l) => l.id).reverse(), null];
  const sections = order
    .map((level) => ({
      level,
      products: products.filter((p) => p.level === level),
    }))
    .filter((s) => s.level !== null || s.products.length > 0)
    .map(({ level, products: atLevel }) => ({
      key: level ?? "none",
      heading: (
        <span className="flex items-center gap-2">
          <LevelBadge level={level} levels={levels} />
          <span className="font-normal text-fg-muted">
            {atLevel.length} {atLevel.length === 1 ? "product" : "products"}
          </span>
        </span>
      ),
      products: atLevel,
      empty: "None at this level yet.",
    }));
  return (
    <ProductTable
      label="Data products by level"
      sections={sections}
      levelsOf={() => levels}
    />
  );
}
