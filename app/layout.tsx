import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { Suspense, type ReactNode } from "react";
import { SearchBox } from "@/components/search/search-box";
import { Providers } from "@/components/shell/providers";
import { SiteHeader } from "@/components/shell/site-header";
import { AccountMenu } from "@/components/shell/account-menu";
import { getViewer } from "@/lib/auth/viewer";
import { SkipLink } from "@/components/shell/skip-link";
import { NONCE_HEADER } from "@/lib/security/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mesh Catalog", template: "%s · Mesh Catalog" },
  description:
    "Data products of every dbt project in the mesh: owners, tests, freshness and lineage.",
  applicationName: "Mesh Catalog",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafb" },
    { media: "(prefers-color-scheme: dark)", color: "#0e0f12" },
  ],
};

export default async function RootLayout({
  children,
}: {
  children: ReactNode;
}) {
  // Reading the nonce makes every page dynamic, which a per-request CSP requires.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const viewer = await getViewer();
  return (
    // next-themes sets the theme class on <html> before hydration.
    <html
      lang="en"
      suppressHydrationWarning
      className={`${GeistSans.variable} ${GeistMono.variable}`}
    >
      <body>
        <Providers nonce={nonce}>
          <SkipLink />
          <SiteHeader>
            {/* Reads the URL's query: rendered where the page's params are known. */}
            <Suspense fallback={null}>
              <SearchBox />
            </Suspense>
            {viewer ? <AccountMenu viewer={viewer} /> : null}
          </SiteHeader>
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-7xl px-4 py-6 focus-visible:outline-none sm:px-6 sm:py-8 lg:px-8"
          >
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
