"use client";

import { TriangleAlert } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({
  error,
  retry,
}: {
  error: unknown;
  retry: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Server errors reach the browser as a digest only; it matches the server log line.
  const digest =
    error instanceof Error &&
    "digest" in error &&
    typeof error.digest === "string"
      ? error.digest
      : null;
  return (
    <EmptyState
      icon={TriangleAlert}
      title="Something went wrong"
      description={
        <>
          <p>
            This page could not be loaded. It may be a passing problem: try
            again.
          </p>
          {digest ? (
            <p className="mt-2 font-mono text-xs text-fg-subtle">
              Reference: {digest}
            </p>
          ) : null}
        </>
      }
      action={<Button onClick={() => retry()}>Try again</Button>}
      className="mt-8"
    />
  );
}
