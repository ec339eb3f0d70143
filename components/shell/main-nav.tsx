"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

type NavItem = {
  href: string;
  label: string;
  /** An operator's page: left out of the bar on narrow screens, where it would not fit. */
  isWideOnly?: boolean;
};

// Sections are added here as their pages exist; never a link to nowhere.
const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Mesh" },
  { href: "/mesh", label: "Mesh map" },
  { href: "/changes", label: "Changes" },
  { href: "/governance", label: "Governance" },
  { href: "/sources", label: "Sources", isWideOnly: true },
];

function isActive(pathname: string, href: string): boolean {
  return href === "/"
    ? pathname === "/"
    : pathname === href || pathname.startsWith(`${href}/`);
}

/** The primary sections of the catalog; the current one is marked for assistive technology. */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Primary">
      <ul className="flex items-center gap-0.5 sm:gap-1">
        {NAV_ITEMS.map((item) => {
          const isCurrent = isActive(pathname, item.href);
          return (
            <li
              key={item.href}
              className={item.isWideOnly ? "hidden md:block" : undefined}
            >
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "inline-flex h-8 items-center rounded-md px-1.5 text-[13px] font-medium transition-colors sm:px-2.5",
                  isCurrent
                    ? "bg-surface-muted text-fg"
                    : "text-fg-muted hover:bg-surface-muted/60 hover:text-fg",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
