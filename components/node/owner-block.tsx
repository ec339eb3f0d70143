import { Users } from "lucide-react";
import { MailLink } from "@/components/ui/external-link";

/** Who to ask about a node: the owner's name and a mail link when there is an address. */
export function OwnerBlock({
  name,
  email,
  missing,
}: {
  name: string | null;
  email: string | null;
  /** What to say when there is no owner, and how to get one. */
  missing: string;
}) {
  return (
    <div className="flex gap-3 rounded-md bg-surface-muted/60 px-3 py-2.5 ring-1 ring-border ring-inset">
      <div className="grid size-8 shrink-0 place-items-center rounded-full bg-surface ring-1 ring-border">
        <Users aria-hidden className="size-4 text-fg-subtle" />
      </div>
      <div className="min-w-0 text-[13px]">
        <p className="text-xs text-fg-muted">Owner</p>
        {name || email ? (
          <>
            {name ? <p className="font-medium text-fg">{name}</p> : null}
            {email ? <MailLink email={email} className="text-xs" /> : null}
          </>
        ) : (
          <p className="text-fg-muted">{missing}</p>
        )}
      </div>
    </div>
  );
}
