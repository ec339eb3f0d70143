"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { useState, type ReactNode } from "react";

export type ProvidersProps = {
  /** This response's CSP nonce, for the script that applies the theme before paint. */
  nonce: string | undefined;
  children: ReactNode;
};

/** Client-side context every page shares: the theme, and React Query for interactive fetches. */
export function Providers({ nonce, children }: ProvidersProps) {
  // One client per browser tab, created lazily so that it survives re-renders.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 60_000, retry: 1 } },
      }),
  );
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ThemeProvider>
  );
}
