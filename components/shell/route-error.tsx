"use client";

import { TriangleAlert } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export type RouteErrorProps = {
  error: unknown;
  retry: () => void;
  /** What failed to load, for the message: "project", "model". */
  subject?: string;
};

/** The error boundary of a route: says what failed, offers a retry, shows the server's reference. */
export function RouteError({
  error,
  retry,
  subject = "page",
}: RouteErrorProps) {
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
            This {subject} could not be loaded. It may be a passing problem: try
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
