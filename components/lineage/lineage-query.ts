import { z } from "@/components/ui/browser-zod";
import { RESOURCE_TYPES } from "@/components/ui/resource-type";
import { DEFAULT_HOPS, MAX_HOPS } from "@/lib/mesh/lineage/traverse";
import { HIDDEN_BY_DEFAULT } from "@/lib/mesh/lineage/type-filter";

/** What a lineage view shows besides its focus, as its URL says. */
export type LineageQueryState = {
  up: number;
  down: number;
  /** The types shown; null for the default (all but tests and macros). */
  types: string[] | null;
};

/** Hop counts the view offers; `Infinity` is the full lineage. */
export const HOP_CHOICES: readonly number[] = [0, 1, 2, 3, 4, 5, 10, Infinity];

/** Resource types the type filter offers, in the order dbt users know them. */
export const FILTER_TYPES: readonly string[] = RESOURCE_TYPES.filter(
  (t) => t !== "unknown",
);

const firstValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value));

const hops = firstValue.transform((value) => {
  if (value === "full") return Infinity;
  const number = Number(value);
  return value !== undefined &&
    value.trim() !== "" &&
    Number.isInteger(number) &&
    number >= 0 &&
    number <= MAX_HOPS
    ? number
    : DEFAULT_HOPS;
});

const querySchema = z.object({
  up: hops,
  down: hops,
  types: firstValue.transform((value) => {
    const types = [
      ...new Set(
        (value ?? "")
          .split(",")
          .map((t) => t.trim())
          .filter((t) => /^[a-z_]+$/.test(t)),
      ),
    ];
    return types.length === 0 ? null : types;
  }),
});

/**
 * Reads a lineage view's hops and types from its search params. What it
 * cannot use falls back to the default (2 hops each way, all types but tests
 * and macros) rather than failing: the URL is shareable state, not an API.
 */
export function parseLineageQuery(
  searchParams: Record<string, string | string[] | undefined>,
): LineageQueryState {
  return querySchema.parse(searchParams);
}

/** Whether a resource type is shown under the view's type list. */
export function isTypeChecked(
  types: readonly string[] | null,
  type: string,
): boolean {
  return types === null
    ? !HIDDEN_BY_DEFAULT.includes(type)
    : types.includes(type);
}

/**
 * The type list after toggling one type: null again when the result is the
 * default set, so that default views keep short URLs.
 */
export function toggleType(
  types: readonly string[] | null,
  type: string,
): string[] | null {
  const checked = FILTER_TYPES.filter((t) =>
    t === type ? !isTypeChecked(types, t) : isTypeChecked(types, t),
  );
  const isDefault =
    checked.length ===
      FILTER_TYPES.filter((t) => !HIDDEN_BY_DEFAULT.includes(t)).length &&
    checked.every((t) => !HIDDEN_BY_DEFAULT.includes(t));
  return isDefault ? null : checked;
}
