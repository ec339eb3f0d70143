import { handleListAudit } from "@/lib/api/audit";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** The audit log, for admins: see lib/api/audit.ts. */
export const GET = withApiErrors(handleListAudit);
