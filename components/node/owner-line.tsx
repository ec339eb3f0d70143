import { Users } from "lucide-react";
import { MailLink } from "@/components/ui/external-link";
import type { NodeDetail } from "@/lib/db/queries/nodes";

/** "Owned by Finance Analytics (finance_analytics) · email": who to ask about a node. */
export function OwnerLine({ group }: { group: NodeDetail["group"] }) {
  if (!group) return null;
  return (
    <p className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-[13px] text-fg-muted">
      <Users aria-hidden className="size-3.5 text-fg-subtle" />
      <span>Owned by</span>
      <span className="font-medium text-fg">
        {group.ownerName ?? group.name}
      </span>
      {group.ownerName ? (
        <span className="text-fg-subtle">(group {group.name})</span>
      ) : null}
      {group.ownerEmail ? <MailLink email={group.ownerEmail} /> : null}
    </p>
  );
}
