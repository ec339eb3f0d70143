import { isEmailAddress } from "@/components/ui/external-url";

export type OwnerPair = { name: string | null; email: string | null };

/**
 * A product's stored owners (names and addresses, flattened: a group owner's
 * name, then its email, then meta owners) as people: a name directly
 * followed by an address is one owner.
 */
export function pairOwners(owners: readonly string[]): OwnerPair[] {
  const pairs: OwnerPair[] = [];
  for (let i = 0; i < owners.length; i++) {
    const current = owners[i] ?? "";
    const next = owners[i + 1];
    if (isEmailAddress(current)) pairs.push({ name: null, email: current });
    else if (next !== undefined && isEmailAddress(next)) {
      pairs.push({ name: current, email: next });
      i++;
    } else pairs.push({ name: current, email: null });
  }
  return pairs;
}
