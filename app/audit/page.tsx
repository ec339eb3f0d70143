import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AuditTable } from "@/components/audit/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAudit } from "@/lib/db/audit";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const beforeSchema = z.coerce
  .number()
  .int()
  .positive()
  .optional()
  .catch(undefined);

/** The audit log, for admins (the access gate lets nobody else in). */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const before = beforeSchema.parse((await searchParams).before);
  const events = await listAudit({ limit: PAGE_SIZE, before });
  const last = events.at(-1);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Sign-ins, token changes and ingests: who, when, and from where. Also at GET /api/v1/audit."
      />
      {events.length > 0 ? (
        <div className="flex flex-col gap-3">
          <AuditTable events={events} />
          {events.length === PAGE_SIZE && last ? (
            <Link
              href={`/audit?before=${last.id}`}
              className="self-end text-sm font-medium text-accent hover:underline"
            >
              Older events
            </Link>
          ) : null}
        </div>
      ) : (
        <EmptyState
          icon={ScrollText}
          title="Nothing recorded yet"
          description="Sign-ins, token changes and ingests appear here as they happen."
        />
      )}
    </>
  );
}
