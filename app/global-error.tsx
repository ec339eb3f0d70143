"use client";

import { GeistSans } from "geist/font/sans";
import { Button } from "@/components/ui/button";
import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own document.
export default function GlobalError({
  retry,
}: {
  error: unknown;
  retry: () => void;
}) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="grid place-items-center p-6">
        <title>Something went wrong · Mesh Catalog</title>
        <div className="max-w-sm text-center">
          <h1 className="text-base font-semibold text-fg">
            Something went wrong
          </h1>
          <p className="mt-1 text-[13px] text-fg-muted">
            The catalog could not be displayed. Try again in a moment.
          </p>
          <Button className="mt-4" onClick={() => retry()}>
            Try again
          </Button>
        </div>
      </body>
    </html>
  );
}
