import { handleCreateToken, handleListTokens } from "@/lib/api/tokens";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** The tokens the signed-in person manages: see lib/api/tokens.ts. */
export const GET = withApiErrors(handleListTokens);

/** Makes a CI or personal access token; the secret is shown once. */
export const POST = withApiErrors(handleCreateToken);
