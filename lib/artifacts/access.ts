/** dbt's model access levels, narrowest first. */
export const ACCESS_LEVELS = ["private", "protected", "public"] as const;

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * A model's effective access: dbt's default is `protected`, so a manifest that
 * does not say (dbt before 1.5, other resource types) means protected.
 */
export function toAccessLevel(access: string | null): AccessLevel {
  return (ACCESS_LEVELS as readonly string[]).includes(access ?? "")
    ? (access as AccessLevel)
    : "protected";
}

/** Negative when `a` lets fewer projects ref the model than `b`. */
export function compareAccess(a: string | null, b: string | null): number {
  return (
    ACCESS_LEVELS.indexOf(toAccessLevel(a)) -
    ACCESS_LEVELS.indexOf(toAccessLevel(b))
  );
}
