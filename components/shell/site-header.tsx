import Link from "next/link";
import type { ReactNode } from "react";
import { LogoMark } from "./logo";
import { MainNav } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";

export type SiteHeaderProps = {
  /** The header's middle slot, for the search box. */
  children?: ReactNode;
};

/** The sticky bar on every page: product mark, primary navigation, a slot, theme. */
export function SiteHeader({ children }: SiteHeaderProps) {
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-canvas/85 backdrop-blur-md supports-[backdrop-filter]:bg-canvas/70">
      <div className="mx-auto flex h-14 w-full max-w-7xl items-center gap-3 px-4 sm:gap-6 sm:px-6 lg:px-8">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-md text-sm font-semibold tracking-tight text-fg"
        >
          <LogoMark />
          <span className="max-sm:sr-only">Mesh Catalog</span>
        </Link>
        <MainNav />
        <div className="flex min-w-0 flex-1 items-center justify-end gap-3">
          {children}
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
