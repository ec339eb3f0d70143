import { z } from "zod";
import { listOwners } from "../owners";
import { defineRuleKind, fail, pass } from "../rule-kind";

export const OWNER_META_KEYS = ["owner", "owners", "team", "maintainer"];

export const HAS_OWNER = defineRuleKind({
  id: "has-owner",
  title: "Has an owner",
  defaultLevel: "bronze",
  advice:
    "Put the model in a group with an owner (`groups:` with `owner: {name, email}`), or set `meta: {owner: ...}`, so that users know whom to ask.",
  params: z.object({
    /** `meta` keys that name an owner. */
    meta_keys: z.array(z.string()).default(OWNER_META_KEYS),
  }),
  tighten: { meta_keys: "narrow" },
  check: (facts, { meta_keys }) => {
    const { group } = facts;
    const hasGroupOwner =
      group !== null && (group.ownerName ?? group.ownerEmail) !== null;
    const metaOwners = listOwners({ ...facts, group: null }, meta_keys);
    if (hasGroupOwner) {
      const who = group.ownerEmail
        ? `${group.ownerName ?? ""} <${group.ownerEmail}>`.trim()
        : (group.ownerName ?? "");
      return pass(`group ${group.name} is owned by ${who}`);
    }
    if (metaOwners.length > 0)
      return pass(`meta names ${metaOwners.join(", ")}`);
    if (group !== null)
      return fail(
        `group ${group.name} names no owner, and no meta key (${meta_keys.join(", ")}) does`,
      );
    return fail(
      `no group, and no meta key (${meta_keys.join(", ")}) names an owner`,
    );
  },
});

function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export const METADATA_KEYS = defineRuleKind({
  id: "metadata-keys",
  title: "Standard metadata present",
  defaultLevel: "gold",
  advice:
    "Add the keys the policy requires under the model's `meta` (in its YAML config), with values users can rely on.",
  params: z.object({
    /** `meta` keys every product must set. */
    keys: z.array(z.string()).default(["owner", "domain"]),
  }),
  tighten: { keys: "add" },
  check: ({ node }, { keys }) => {
    if (keys.length === 0) return pass("the policy requires no meta keys");
    const missing = keys.filter((key) => !isSet(node.meta[key]));
    if (missing.length === 0) return pass(`meta sets ${keys.join(", ")}`);
    const present = Object.keys(node.meta).filter((k) => isSet(node.meta[k]));
    const has = present.length > 0 ? ` (it has ${present.join(", ")})` : "";
    return fail(`meta lacks ${missing.join(", ")}${has}`);
  },
});
