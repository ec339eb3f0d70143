import { KeyRound, LogOut, ScrollText } from "lucide-react";
import Link from "next/link";
import { describeAccess } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";

/** The signed-in person, their role, their tokens and audit links, and signing out. */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const label = viewer.name ?? viewer.email ?? viewer.subject;
  return (
    <div className="flex shrink-0 items-center gap-1">
      <Link
        href="/tokens"
        className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-[13px] font-medium text-fg-muted hover:bg-surface-muted hover:text-fg"
      >
        <KeyRound aria-hidden className="size-3.5" />
        <span className="max-md:sr-only">Tokens</span>
      </Link>
      {viewer.access.isAdmin ? (
        <Link
          href="/audit"
          className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-[13px] font-medium text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <ScrollText aria-hidden className="size-3.5" />
          <span className="max-md:sr-only">Audit</span>
        </Link>
      ) : null}
      <div className="ml-1 hidden min-w-0 flex-col text-right leading-tight lg:flex">
        <span
          className="max-w-40 truncate text-[13px] font-medium text-fg"
          title={viewer.email ?? undefined}
        >
          {label}
        </span>
        <span className="max-w-40 truncate text-[11px] text-fg-muted">
          {describeAccess(viewer.access)}
        </span>
      </div>
      <form method="post" action="/auth/sign-out">
        <button
          type="submit"
          className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-[13px] font-medium text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <LogOut aria-hidden className="size-3.5" />
          <span className="max-md:sr-only">Sign out</span>
        </button>
      </form>
    </div>
  );
}
