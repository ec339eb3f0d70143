import "server-only";
import { z } from "zod";
import { jsonError, jsonOk } from "./responses";
import { projectNameSchema } from "@/lib/artifacts/project-name";
import {
  readPrincipal,
  readSignIn,
  describeActor,
  type Principal,
} from "@/lib/auth/principal";
import {
  canManageToken,
  DEFAULT_TOKEN_DAYS,
  MAX_PERSONAL_TOKEN_DAYS,
  tokenScope,
} from "@/lib/auth/token-rules";
import { readClientAddress } from "@/lib/auth/origin";
import {
  createToken,
  findTokenRecord,
  listTokenRecords,
  revokeToken,
  type TokenRecord,
} from "@/lib/db/tokens";
import { recordAudit } from "@/lib/db/audit";
import { now } from "@/lib/clock";

const DAY_MS = 86_400_000;

const createSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ci"),
    /** null: an admin token, for every project. */
    project: projectNameSchema.nullable(),
    label: z.string().trim().max(100).optional(),
    /** null: never expires. */
    expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
  }),
  z.object({
    kind: z.literal("personal"),
    label: z.string().trim().max(100).optional(),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_PERSONAL_TOKEN_DAYS)
      .optional(),
  }),
]);

type Person = Extract<Principal, { kind: "person" }>;

/** `GET /api/v1/tokens`: the tokens this person manages, never a secret. */
export async function handleListTokens(request: Request): Promise<Response> {
  const person = await readBrowserPerson(request);
  if (person instanceof Response) return person;
  const tokens = await listTokenRecords(tokenScope(person));
  return jsonOk({ tokens: tokens.map(presentToken) });
}

/**
 * `POST /api/v1/tokens`: makes a CI token for a project this person
 * maintains (any project, or an admin token, for admins), or a personal
 * access token that reads the API. The secret is in this answer only.
 */
export async function handleCreateToken(request: Request): Promise<Response> {
  const person = await readBrowserPerson(request);
  if (person instanceof Response) return person;
  const body = createSchema.safeParse(await request.json().catch(() => null));
  if (!body.success)
    return jsonError(
      400,
      `the token request is not valid: ${z.prettifyError(body.error)}`,
    );
  const wanted = body.data;
  const token = {
    kind: wanted.kind,
    project: wanted.kind === "ci" ? wanted.project : null,
    ownerSubject: wanted.kind === "personal" ? person.subject : null,
  };
  if (!canManageToken(person, token))
    return jsonError(403, forbiddenMessage(token.kind, token.project));
  const days =
    wanted.expiresInDays === undefined
      ? DEFAULT_TOKEN_DAYS
      : wanted.expiresInDays;
  const created = await createToken({
    ...token,
    label: wanted.label || null,
    expiresAt: days === null ? null : new Date(now().getTime() + days * DAY_MS),
    createdBy: describeActor(person),
  });
  const record = await findTokenRecord(created.token.id);
  await recordAudit({
    actor: describeActor(person),
    action: "token.create",
    target: `token #${created.token.id}`,
    address: readClientAddress(request),
    detail: { kind: token.kind, project: token.project, expiresInDays: days },
  });
  return jsonOk(
    { token: record && presentToken(record), secret: created.secret },
    { status: 201 },
  );
}

/** `DELETE /api/v1/tokens/{id}`: revokes a token this person manages. */
export async function handleRevokeToken(
  request: Request,
  idParam: string,
): Promise<Response> {
  const person = await readBrowserPerson(request);
  if (person instanceof Response) return person;
  const id = z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .safeParse(idParam);
  const token = id.success ? await findTokenRecord(id.data) : null;
  if (!token) return jsonError(404, `no token ${idParam}`);
  if (!canManageToken(person, token))
    return jsonError(403, forbiddenMessage(token.kind, token.project));
  const outcome = await revokeToken(token.id);
  if (outcome === "revoked")
    await recordAudit({
      actor: describeActor(person),
      action: "token.revoke",
      target: `token #${token.id}`,
      address: readClientAddress(request),
      detail: { kind: token.kind, project: token.project },
    });
  return jsonOk({ id: token.id, status: outcome });
}

/** A token as the API shows it: everything but the secret and its hash. */
export function presentToken(token: TokenRecord) {
  return {
    id: token.id,
    kind: token.kind,
    project: token.project,
    label: token.label,
    createdBy: token.createdBy,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Tokens are managed by people from their browser session: 404 while
 * sign-in is off (`npm run token` manages them then), 403 for a token.
 */
async function readBrowserPerson(request: Request): Promise<Person | Response> {
  const signIn = readSignIn();
  if (!signIn)
    return jsonError(404, "sign-in is off: manage tokens with npm run token");
  const principal = await readPrincipal(request, signIn);
  if (principal?.kind !== "person" || principal.via !== "session")
    return jsonError(
      403,
      "tokens are managed from a signed-in browser session",
    );
  return principal;
}

function forbiddenMessage(kind: string, project: string | null): string {
  if (kind === "personal") return "this personal token is not yours";
  return project === null
    ? "only admins manage admin tokens"
    : `you do not maintain project "${project}"`;
}
