import { canMaintain, type Access } from "./roles";
import type { TokenKind } from "@/lib/db/tokens";

/** A signed-in person, as the token rules see them. */
export type TokenManager = { subject: string; access: Access };

/** A token, as the token rules see it. */
export type ManagedToken = {
  kind: TokenKind;
  project: string | null;
  ownerSubject: string | null;
};

/** Days a browser-made token lives unless told otherwise. */
export const DEFAULT_TOKEN_DAYS = 90;
/** Personal tokens always expire, within a year; CI tokens may be made to last. */
export const MAX_PERSONAL_TOKEN_DAYS = 365;

/**
 * Who manages (makes, sees, revokes) a token: a personal token its owner and
 * admins; a project's CI token that project's maintainers and admins; an
 * admin CI token (every project) admins only.
 */
export function canManageToken(
  person: TokenManager,
  token: ManagedToken,
): boolean {
  if (person.access.isAdmin) return true;
  if (token.kind === "personal")
    return person.access.isReader && token.ownerSubject === person.subject;
  return token.project !== null && canMaintain(person.access, token.project);
}

/** Which tokens a person's token page lists: see canManageToken. */
export function tokenScope(
  person: TokenManager,
): "all" | { projects: string[]; ownerSubject: string } {
  if (person.access.isAdmin) return "all";
  return { projects: person.access.maintains, ownerSubject: person.subject };
}
