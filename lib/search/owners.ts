import type { ExposureOwner } from "@/lib/artifacts/node-details";
import type { JsonObject } from "@/lib/artifacts/types";

/** Where a node's owners come from: its group's owner, its `meta`, an exposure's own owner. */
export type OwnerSources = {
  group: { ownerName: string | null; ownerEmail: string | null } | null;
  meta: JsonObject;
  /** An exposure's own `owner`; null for other nodes. */
  exposureOwner: ExposureOwner | null;
  /** Owners the project names in full (its groups): a bare email of one of them is shown by name. */
  directory?: readonly {
    ownerName: string | null;
    ownerEmail: string | null;
  }[];
};

/** Team conventions for naming owners in `meta`, in the order they are read. */
export const OWNER_META_KEYS = ["owner", "owners", "team"] as const;

type Owner = { name: string | null; email: string | null };

const MAX_OWNERS = 20;
const MAX_OWNER_LENGTH = 200;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * A node's owners as the owner facet shows them, one value per owner: the
 * group's owner, `meta.owner` / `meta.owners` / `meta.team` (a string, a
 * list, or `{name, email}` objects) and an exposure's owner. An owner known
 * by name and email is shown by name, and a bare email or name that belongs
 * to an owner already found, or to one of the project's groups, is the same
 * owner. Whitespace is collapsed,
 * emails lower-cased, case ignored when comparing.
 */
export function collectOwners(sources: OwnerSources): string[] {
  const found: Owner[] = [
    ...(sources.group
      ? readOwnerValue({
          name: sources.group.ownerName,
          email: sources.group.ownerEmail,
        })
      : []),
    ...OWNER_META_KEYS.flatMap((key) => readOwnerValue(sources.meta[key])),
    ...(sources.exposureOwner
      ? toOwner(sources.exposureOwner.name, sources.exposureOwner.email)
      : []),
  ];
  const owners: Owner[] = [];
  for (const owner of found) {
    const same = owners.find((known) => isSameOwner(known, owner));
    if (!same) owners.push({ ...owner });
    else {
      same.name ??= owner.name;
      same.email ??= owner.email;
    }
  }
  const directory = (sources.directory ?? []).flatMap((entry) =>
    toOwner(entry.ownerName, entry.ownerEmail),
  );
  return owners
    .map((owner) => {
      const known = owner.name
        ? undefined
        : directory.find((d) => isSameOwner(d, owner));
      return known?.name ?? owner.name ?? owner.email ?? "";
    })
    .filter((label) => label !== "")
    .slice(0, MAX_OWNERS);
}

function isSameOwner(a: Owner, b: Owner): boolean {
  const same = (x: string | null, y: string | null) =>
    x !== null && y !== null && x.toLowerCase() === y.toLowerCase();
  return same(a.email, b.email) || same(a.name, b.name);
}

function readOwnerValue(value: unknown): Owner[] {
  if (typeof value === "string") return toOwner(value, null);
  if (Array.isArray(value)) return value.flatMap(readOwnerValue);
  if (value && typeof value === "object") {
    const { name, email } = value as { name?: unknown; email?: unknown };
    return toOwner(name, email);
  }
  return [];
}

/** One owner from a name and an email, either of which may be missing, blank or misplaced. */
function toOwner(name: unknown, email: unknown): Owner[] {
  const texts = [name, email].map(normalizeText);
  const emails = texts.filter((t): t is string => t !== null && EMAIL.test(t));
  const names = texts.filter((t): t is string => t !== null && !EMAIL.test(t));
  const owner = {
    name: names[0] ?? null,
    email: emails[0]?.toLowerCase() ?? null,
  };
  return owner.name === null && owner.email === null ? [] : [owner];
}

function normalizeText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\s+/g, " ");
  return text === "" || text.length > MAX_OWNER_LENGTH ? null : text;
}
