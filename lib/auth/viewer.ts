import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { findSession } from "@/lib/db/sessions";
import { readSignIn } from "./principal";
import { SESSION_COOKIE } from "./cookies";
import { resolveAccess, type Access } from "./roles";

/** The person a page is rendered for, as its header and the token pages show them. */
export type Viewer = {
  subject: string;
  name: string | null;
  email: string | null;
  access: Access;
};

/**
 * The signed-in person viewing a page, or null when sign-in is off or nobody
 * is signed in (the proxy has already sent them to the provider). Read once
 * per render.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const signIn = readSignIn();
  if (!signIn) return null;
  const secret = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = secret ? await findSession(secret) : null;
  if (!session) return null;
  return {
    subject: session.subject,
    name: session.name,
    email: session.email,
    access: resolveAccess(session.groups, signIn.roles),
  };
});

/** Whether sign-in is on (an identity provider is configured). */
export function isSignInOn(): boolean {
  return readSignIn() !== null;
}
