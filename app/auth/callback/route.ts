import { handleCallback } from "@/lib/api/sign-in";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** Where the identity provider sends the browser back: see lib/api/sign-in.ts. */
export const GET = withApiErrors(handleCallback);
