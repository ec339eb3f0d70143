import { ExternalLink as ExternalIcon, Mail } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";
import { toExternalHref, toMailtoHref } from "./external-url";

const LINK =
  "inline-flex max-w-full items-center gap-1 font-medium text-accent hover:text-accent-hover hover:underline hover:underline-offset-4";

// Links from manifests are someone else's data: they never get the page's referrer or window.
const UNTRUSTED_REL = "noopener noreferrer nofollow";

export type ExternalLinkProps = {
  /** A URL from a manifest: only absolute http(s) and mailto become links. */
  href: string;
  children?: ReactNode;
  className?: string;
};

/** A link to outside the catalog from untrusted data; anything unsafe is shown as plain text. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const safe = toExternalHref(href);
  const label = children ?? href;
  if (!safe)
    return <span className={cn("break-all text-fg", className)}>{label}</span>;
  return (
    <a href={safe} rel={UNTRUSTED_REL} className={cn(LINK, className)}>
      <span className="min-w-0 truncate">{label}</span>
      <ExternalIcon aria-hidden className="size-3 shrink-0" />
    </a>
  );
}

export type MailLinkProps = {
  email: string;
  children?: ReactNode;
  className?: string;
};

/** An owner's email as a mailto link; a value that is not one plain address stays text. */
export function MailLink({ email, children, className }: MailLinkProps) {
  const href = toMailtoHref(email);
  const label = children ?? email;
  if (!href) return <span className={cn("break-all", className)}>{label}</span>;
  return (
    <a href={href} rel={UNTRUSTED_REL} className={cn(LINK, className)}>
      <Mail aria-hidden className="size-3 shrink-0" />
      <span className="min-w-0 break-all">{label}</span>
    </a>
  );
}
