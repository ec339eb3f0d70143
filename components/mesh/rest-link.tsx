import type { ReactNode } from "react";
import Link from "next/link";
import { getButtonClasses } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format-number";

/**
 * Under a list cut short: how many of how many are shown, and a link to the
 * rest. Nothing when the list is whole.
 */
export function RestLink({
  shown,
  total,
  what,
  href,
  children,
}: {
  shown: number;
  total: number;
  /** The listed things, plural: "projects". */
  what: string;
  href: string;
  children: ReactNode;
}) {
  if (shown >= total) return null;
  return (
    <p className="mt-4 flex items-center justify-between gap-3 text-[13px] text-fg-muted">
      <span>
        {formatCount(shown)} of {formatCount(total)} {what} shown
      </span>
      <Link
        href={href}
        className={getButtonClasses({ variant: "secondary", size: "sm" })}
      >
        {children}
      </Link>
    </p>
  );
}
