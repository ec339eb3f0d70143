import { handleRevokeToken } from "@/lib/api/tokens";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** Revokes a token the signed-in person manages. */
export const DELETE = withApiErrors(async function DELETE(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await context.params;
  return handleRevokeToken(request, id);
});
