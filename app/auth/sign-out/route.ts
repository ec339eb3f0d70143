import { handleSignOut } from "@/lib/api/sign-in";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** Ends the session server-side: see lib/api/sign-in.ts. */
export const POST = withApiErrors(handleSignOut);
