import type { ExposureOwner } from "@/lib/artifacts/node-details";

/** Who answers for a node: a name, an email, or both. */
export type Owner = { name: string | null; email: string | null };

/** The places a node's owner can be declared, most specific first. */
export type OwnerFacts = {
  /** An exposure's own `owner`. */
  exposureOwner?: ExposureOwner | null;
  /** The owner of the node's dbt group. */
  groupOwner?: Owner | null;
  /** The `meta.owner` team convention (a name, an email, or a list of them). */
  metaOwner?: unknown;
};

/**
 * A node's owner: an exposure's declared owner, else its dbt group's owner,
 * else `meta.owner` (an email when it looks like one, a name otherwise).
 */
export function resolveOwner(facts: OwnerFacts): Owner | null {
  return (
    nonEmpty(facts.exposureOwner ?? null) ??
    nonEmpty(facts.groupOwner ?? null) ??
    fromMeta(facts.metaOwner)
  );
}

function fromObject(value: unknown): Owner | null {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return null;
  const record = value as Record<string, unknown>;
  return nonEmpty({ name: asText(record.name), email: asText(record.email) });
}

function fromMeta(value: unknown): Owner | null {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first !== "string") return fromObject(first);
  const text = first.trim();
  if (text === "") return null;
  return text.includes("@")
    ? { name: null, email: text }
    : { name: text, email: null };
}

function nonEmpty(owner: Owner | null): Owner | null {
  return owner && (owner.name || owner.email) ? owner : null;
}

function asText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** A stable text for grouping and sorting by owner. */
export function formatOwner(owner: Owner | null): string {
  if (!owner) return "";
  if (owner.name && owner.email) return `${owner.name} <${owner.email}>`;
  return owner.name ?? owner.email ?? "";
}
