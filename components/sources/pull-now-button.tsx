"use client";

import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { usePullToken } from "./pull-token";

type State =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "done"; message: string }
  | { kind: "refused"; message: string };

/** Queues a pull of one source at once (POST /api/v1/sources/{name}/pull). */
export function PullNowButton({ source }: { source: string }) {
  const token = usePullToken();
  const [state, setState] = useState<State>({ kind: "idle" });
  const pull = async () => {
    setState({ kind: "sending" });
    const response = await fetch(
      `/api/v1/sources/${encodeURIComponent(source)}/pull`,
      { method: "POST", headers: { authorization: `Bearer ${token}` } },
    ).catch(() => null);
    if (!response)
      return setState({
        kind: "refused",
        message: "The catalog did not answer",
      });
    const body = (await response.json().catch(() => ({}))) as {
      status?: string;
      error?: { message?: string };
    };
    setState(
      response.ok
        ? {
            kind: "done",
            message: body.status === "queued" ? "Queued" : "Already queued",
          }
        : {
            kind: "refused",
            message: body.error?.message ?? `HTTP ${response.status}`,
          },
    );
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={token === "" || state.kind === "sending"}
        onClick={() => void pull()}
        aria-label={`Pull ${source} now`}
      >
        <RefreshCw aria-hidden className="size-3.5" />
        Pull now
      </Button>
      <p
        aria-live="polite"
        className={
          state.kind === "refused"
            ? "max-w-48 text-right text-xs text-error"
            : "text-xs text-fg-muted"
        }
      >
        {state.kind === "done" || state.kind === "refused" ? state.message : ""}
      </p>
    </div>
  );
}
