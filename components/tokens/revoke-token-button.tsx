"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/** Revokes one token (after a confirmation) and shows the list again. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isReady = useIsHydrated();

  async function revoke() {
    if (
      !window.confirm(`Revoke ${name}? Whatever uses it stops working at once.`)
    )
      return;
    setIsBusy(true);
    setError(null);
    const response = await fetch(`/api/v1/tokens/${id}`, { method: "DELETE" });
    setIsBusy(false);
    if (!response.ok) {
      setError(await readError(response));
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex items-center justify-end gap-2">
      {error ? (
        <span role="alert" className="text-xs text-error">
          {error}
        </span>
      ) : null}
      <Button
        variant="secondary"
        size="sm"
        disabled={isBusy || !isReady}
        aria-label={`Revoke ${name}`}
        onClick={() => void revoke()}
      >
        Revoke
      </Button>
    </div>
  );
}

/** The API's error message, or the status when the answer has none. */
export async function readError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `failed (${response.status})`;
  } catch {
    return `failed (${response.status})`;
  }
}
