/** One privilege of `config.grants` and the roles it is granted to. */
export type Grant = {
  privilege: string;
  grantees: string[];
  /** dbt's `+select`: added to the warehouse's existing grants instead of replacing them. */
  isAdditive: boolean;
};

function toGrantees(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    typeof item === "string" && item.trim() ? [item.trim()] : [],
  );
}

/**
 * A model's `config.grants` (privilege → grantee or list of grantees) as a
 * list, privileges in name order; anything that names no grantee is left out.
 */
export function readGrants(config: Readonly<Record<string, unknown>>): Grant[] {
  const grants = config.grants;
  if (typeof grants !== "object" || grants === null || Array.isArray(grants))
    return [];
  return Object.entries(grants as Record<string, unknown>)
    .map(([key, value]) => ({
      privilege: key.replace(/^\+/, ""),
      grantees: toGrantees(value),
      isAdditive: key.startsWith("+"),
    }))
    .filter((g) => g.grantees.length > 0)
    .sort((a, b) => a.privilege.localeCompare(b.privilege));
}
