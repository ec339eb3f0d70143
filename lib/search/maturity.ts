/**
 * Maturity levels from least to most mature, as the maturity badge shows
 * them. Until scores are stored, no node has a level and ranking skips this.
 */
export const MATURITY_LEVELS = ["bronze", "silver", "gold"] as const;

/** A level's place in MATURITY_LEVELS (higher is more mature); null for none or an unknown level. */
export function rankMaturityLevel(level: string | null): number | null {
  if (level === null) return null;
  const index = (MATURITY_LEVELS as readonly string[]).indexOf(level);
  return index === -1 ? null : index;
}
