import { isEmailAddress, toExternalHref } from "@/components/ui/external-url";

/** One owner of a product as a page shows it, and where it was declared. */
export type OwnerEntry = {
  name: string | null;
  email: string | null;
  /** A web page for the owner (a team page); only http(s). */
  url: string | null;
  /** "group core_commerce", "meta.owner". */
  source: string;
  /** What the owner's page is keyed by: the email, else the name; null for a bare URL. */
  key: string | null;
};

const MAX_OWNERS = 8;

function fromText(text: string, source: string): OwnerEntry | null {
  const value = text.trim();
  if (value === "") return null;
  if (isEmailAddress(value))
    return { name: null, email: value, url: null, source, key: value };
  const href = toExternalHref(value);
  if (href && /^https?:/i.test(href))
    return { name: null, email: null, url: href, source, key: null };
  return { name: value, email: null, url: null, source, key: value };
}

function collect(value: unknown, source: string, into: OwnerEntry[]): void {
  if (typeof value === "string") {
    for (const part of value.split(/[,;]/)) {
      const entry = fromText(part, source);
      if (entry) into.push(entry);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, source, into);
  } else if (typeof value === "object" && value !== null) {
    const { name, email } = value as { name?: unknown; email?: unknown };
    const cleanName =
      typeof name === "string" && name.trim() !== "" ? name.trim() : null;
    const cleanEmail =
      typeof email === "string" && isEmailAddress(email) ? email.trim() : null;
    if (cleanName || cleanEmail)
      into.push({
        name: cleanName,
        email: cleanEmail,
        url: null,
        source,
        key: cleanEmail ?? cleanName,
      });
  }
}

function isSameOwner(a: OwnerEntry, b: OwnerEntry): boolean {
  const same = (x: string | null, y: string | null) =>
    x !== null && y !== null && x.toLowerCase() === y.toLowerCase();
  return (
    same(a.email, b.email) ||
    same(a.name, b.name) ||
    same(a.url, b.url) ||
    same(a.name, b.email) ||
    same(a.email, b.name)
  );
}

/**
 * Who owns a model, as its page lists them: the group's owner first, then
 * whatever the policy's owner `meta` keys name (text, lists, `{name, email}`
 * objects). Text that is an email becomes an address, an http(s) URL a link,
 * anything else a name. The same owner named twice is listed once.
 */
export function listProductOwners(
  model: {
    group: {
      name: string;
      ownerName: string | null;
      ownerEmail: string | null;
    } | null;
    meta: Readonly<Record<string, unknown>>;
  },
  metaKeys: readonly string[],
): OwnerEntry[] {
  const found: OwnerEntry[] = [];
  const { group } = model;
  if (group && (group.ownerName || group.ownerEmail))
    collect(
      { name: group.ownerName, email: group.ownerEmail },
      `group ${group.name}`,
      found,
    );
  for (const key of metaKeys) collect(model.meta[key], `meta.${key}`, found);
  const owners: OwnerEntry[] = [];
  for (const entry of found) {
    if (!owners.some((o) => isSameOwner(o, entry))) owners.push(entry);
    if (owners.length === MAX_OWNERS) break;
  }
  return owners;
}
