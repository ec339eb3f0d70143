import { MailLink } from "@/components/ui/external-link";
import type { Owner } from "@/lib/mesh/lineage/owner";

/** A consumer's owner in a list: the name, with the address as a mail link. */
export function ConsumerOwner({ owner }: { owner: Owner | null }) {
  if (!owner)
    return <span className="text-xs text-fg-subtle">No owner declared</span>;
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-1.5 text-xs text-fg-muted">
      {owner.name ? <span className="text-fg">{owner.name}</span> : null}
      {owner.email ? <MailLink email={owner.email} /> : null}
    </span>
  );
}
