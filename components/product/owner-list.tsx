import { Users } from "lucide-react";
import Link from "next/link";
import { ExternalLink, MailLink } from "@/components/ui/external-link";
import { ownerUrl } from "@/lib/urls";
import type { OwnerEntry } from "./owners";

const OWNER_LINK =
  "font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4";

/** One owner: their catalog page (every product they own), their email, or their web page. */
function OwnerName({ owner }: { owner: OwnerEntry }) {
  const label = owner.name ?? owner.email ?? owner.url ?? "";
  if (owner.key === null && owner.url)
    return <ExternalLink href={owner.url}>{label}</ExternalLink>;
  if (owner.key === null) return <span className="text-fg">{label}</span>;
  return (
    <Link href={ownerUrl(owner.key)} className={OWNER_LINK}>
      {label}
    </Link>
  );
}

/** The owner's address: written out after a name, an icon alone after an address. */
function OwnerMail({ owner }: { owner: OwnerEntry }) {
  if (!owner.email) return null;
  return owner.name ? (
    <MailLink email={owner.email} className="text-xs" />
  ) : (
    <MailLink email={owner.email} className="text-xs">
      <span className="sr-only">Email {owner.email}</span>
    </MailLink>
  );
}

/** Owners on one line, for a page header: name, then a mail link. */
export function OwnerInline({ owners }: { owners: readonly OwnerEntry[] }) {
  if (owners.length === 0)
    return <span className="text-fg-subtle">No owner declared</span>;
  return (
    <ul
      aria-label="Owners"
      className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1"
    >
      {owners.map((owner, i) => (
        <li key={i} className="flex min-w-0 flex-wrap items-center gap-x-1.5">
          <OwnerName owner={owner} />
          <OwnerMail owner={owner} />
        </li>
      ))}
    </ul>
  );
}

/** Owners as a list, for a sidebar: each with where it is declared. */
export function OwnerBlockList({
  owners,
  missing,
}: {
  owners: readonly OwnerEntry[];
  missing: string;
}) {
  return (
    <div className="flex gap-3 rounded-md bg-surface-muted/60 px-3 py-2.5 ring-1 ring-border ring-inset">
      <div className="grid size-8 shrink-0 place-items-center rounded-full bg-surface ring-1 ring-border">
        <Users aria-hidden className="size-4 text-fg-subtle" />
      </div>
      <div className="min-w-0 flex-1 text-[13px]">
        <p className="text-xs text-fg-muted">
          {owners.length > 1 ? "Owners" : "Owner"}
        </p>
        {owners.length === 0 ? (
          <p className="text-fg-muted">{missing}</p>
        ) : (
          <ul aria-label="Owners" className="flex flex-col gap-2">
            {owners.map((owner, i) => (
              <li key={i} className="flex min-w-0 flex-col items-start">
                <span className="flex min-w-0 flex-wrap items-center gap-x-1.5">
                  <OwnerName owner={owner} />
                  {owner.name ? null : <OwnerMail owner={owner} />}
                </span>
                {owner.name ? <OwnerMail owner={owner} /> : null}
                <span className="text-[11px] text-fg-subtle">
                  {owner.source}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
