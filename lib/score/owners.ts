/** What ownership is read from: a group's owner and a node's `meta`. */
export type OwnedNode = {
  group: { ownerName: string | null; ownerEmail: string | null } | null;
  node: { meta: Record<string, unknown> };
};

function collect(value: unknown, into: string[]): void {
  if (typeof value === "string") {
    for (const part of value.split(/[,;]/))
      if (part.trim()) into.push(part.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (typeof value === "object" && value !== null) {
    const { name, email } = value as { name?: unknown; email?: unknown };
    collect(name, into);
    collect(email, into);
  }
}

/**
 * Who owns a product: its group's owner (name and email), then whatever the
 * given `meta` keys name (strings, lists, or `{name, email}` objects). Each
 * name or address once, in that order.
 */
export function listOwners(
  facts: OwnedNode,
  metaKeys: readonly string[],
): string[] {
  const owners: string[] = [];
  if (facts.group) {
    collect(facts.group.ownerName, owners);
    collect(facts.group.ownerEmail, owners);
  }
  for (const key of metaKeys) collect(facts.node.meta[key], owners);
  const seen = new Set<string>();
  return owners.filter((owner) => {
    const key = owner.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
