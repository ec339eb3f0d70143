import { handleSignIn } from "@/lib/api/sign-in";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** Starts signing in at the identity provider: see lib/api/sign-in.ts. */
export const GET = withApiErrors(handleSignIn);
