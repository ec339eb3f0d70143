import "server-only";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { readSummaries, type ProductSummary } from "./product-lists";
import { readSnapshot, type Reader } from "./read";

export type OwnedGroup = {
  project: string;
  name: string;
  description: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
};

export type OwnerPage = {
  /** The owner as the mesh names them: the name and the address of a group they own, else the key. */
  name: string | null;
  email: string | null;
  /** Every name and address the owner goes by: the key and their groups' owner fields. */
  aliases: string[];
  groups: OwnedGroup[];
  products: ProductSummary[];
  /** Each project's policy levels, to name the products' levels. */
  levelsByProject: Record<string, PolicyLevel[]>;
};

const EMAIL = /^[^\s@]+@[^\s@]+$/;

async function readLevels(
  db: Reader,
  projects: readonly string[],
): Promise<Record<string, PolicyLevel[]>> {
  if (projects.length === 0) return {};
  const rows = await db.$queryRaw<
    { project: string; levels: PolicyLevel[] | null }[]
  >`
    SELECT p.name AS project, sp.policy -> 'levels' AS levels
    FROM score_policies sp JOIN projects p ON p.id = sp.project_id
    WHERE p.name = ANY(${[...projects]}::text[])`;
  return Object.fromEntries(rows.map((r) => [r.project, r.levels ?? []]));
}

/**
 * An owner's page: the groups they own in any project (matched by name or
 * email, without regard to case) and every data product that names them,
 * directly or through one of those groups' other name. Null when nobody in
 * the mesh goes by that name.
 */
export function getOwnerPage(owner: string): Promise<OwnerPage | null> {
  return readSnapshot(async (db) => {
    const key = owner.toLowerCase();
    const groupRows = await db.$queryRaw<
      {
        project: string;
        name: string;
        description: string | null;
        owner_name: string | null;
        owner_email: string | null;
      }[]
    >`
      SELECT p.name AS project, g.name, g.description, g.owner_name, g.owner_email
      FROM groups g JOIN projects p ON p.id = g.project_id
      WHERE lower(g.owner_name) = ${key} OR lower(g.owner_email) = ${key}
      ORDER BY p.name, g.name`;
    const groups = groupRows.map((g) => ({
      project: g.project,
      name: g.name,
      description: g.description,
      ownerName: g.owner_name,
      ownerEmail: g.owner_email,
    }));
    const aliases = [
      ...new Map(
        [owner, ...groups.flatMap((g) => [g.ownerName, g.ownerEmail])]
          .filter((a): a is string => Boolean(a))
          .map((a) => [a.toLowerCase(), a]),
      ).values(),
    ];
    const products = await readSummaries(db, { owners: aliases });
    if (groups.length === 0 && products.length === 0) return null;
    const levelsByProject = await readLevels(db, [
      ...new Set(products.map((p) => p.project)),
    ]);
    const named = groups.find((g) => g.ownerName);
    const addressed = groups.find((g) => g.ownerEmail);
    return {
      name: named?.ownerName ?? (EMAIL.test(owner) ? null : owner),
      email: addressed?.ownerEmail ?? (EMAIL.test(owner) ? owner : null),
      aliases,
      groups,
      products,
      levelsByProject,
    };
  });
}
