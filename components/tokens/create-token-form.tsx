"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { readError } from "./revoke-token-button";

export type CreateTokenFormProps = {
  /** Projects this person may make CI tokens for. */
  projects: string[];
  /** Admins may make a token that writes every project. */
  isAdmin: boolean;
};

const EXPIRY_CHOICES = [
  { days: "30", label: "30 days" },
  { days: "90", label: "90 days" },
  { days: "365", label: "1 year" },
] as const;

/** The scope choice's value for a personal token, and for an admin token. */
const PERSONAL = "personal";
const EVERY_PROJECT = "*";

/**
 * Makes a token: personal (reads the API) or a project's CI token. The secret
 * is shown once, here, with a button to copy it; the list below refreshes.
 */
export function CreateTokenForm({ projects, isAdmin }: CreateTokenFormProps) {
  const router = useRouter();
  const [scope, setScope] = useState<string>(projects[0] ?? PERSONAL);
  const [created, setCreated] = useState<{
    secret: string;
    name: string;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // Until hydrated, a click would submit the form natively and lose it.
  const isReady = useIsHydrated();
  const isPersonal = scope === PERSONAL;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const label = readField(form, "label").trim();
    const expiry = readField(form, "expiry") || "90";
    const expiresInDays = expiry === "never" ? null : Number(expiry);
    const body = isPersonal
      ? { kind: "personal", label, expiresInDays: expiresInDays ?? undefined }
      : {
          kind: "ci",
          project: scope === EVERY_PROJECT ? null : scope,
          label,
          expiresInDays,
        };
    setIsBusy(true);
    setError(null);
    const response = await fetch("/api/v1/tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    setIsBusy(false);
    if (!response.ok) {
      setError(await readError(response));
      return;
    }
    const answer = (await response.json()) as {
      secret: string;
      token: { id: number };
    };
    setCreated({
      secret: answer.secret,
      name: label || `token #${answer.token.id}`,
    });
    element.reset();
    router.refresh();
  }

  const fieldClass =
    "h-8 rounded-md border border-border-strong bg-surface px-2 text-[13px] text-fg shadow-xs focus-visible:outline-2 focus-visible:outline-accent";

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event) => void submit(event)}
        className="flex flex-wrap items-end gap-3"
        aria-label="New token"
      >
        <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
          For
          <select
            name="scope"
            value={scope}
            onChange={(event) => setScope(event.target.value)}
            className={fieldClass}
          >
            {projects.map((project) => (
              <option key={project} value={project}>
                CI: writes {project}
              </option>
            ))}
            {isAdmin ? (
              <option value={EVERY_PROJECT}>
                CI: writes every project (admin)
              </option>
            ) : null}
            <option value={PERSONAL}>Personal: reads the API as me</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
          Label
          <input
            name="label"
            maxLength={100}
            placeholder={isPersonal ? "e.g. notebook" : "e.g. GitHub Actions"}
            className={`${fieldClass} w-48`}
          />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
          Expires in
          <select name="expiry" defaultValue="90" className={fieldClass}>
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice.days} value={choice.days}>
                {choice.label}
              </option>
            ))}
            {isPersonal ? null : <option value="never">never</option>}
          </select>
        </label>
        <Button type="submit" disabled={isBusy || !isReady}>
          Create token
        </Button>
        {error ? (
          <p role="alert" className="basis-full text-xs text-error">
            {error}
          </p>
        ) : null}
      </form>
      {created ? (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-lg border border-pass/30 bg-pass/5 p-3"
        >
          <p className="text-[13px] font-medium text-fg">
            {created.name} is ready. Copy its secret now: it is shown only once.
          </p>
          <div className="flex items-center gap-2">
            <code
              aria-label="Token secret"
              className="min-w-0 flex-1 truncate rounded-md border border-border bg-surface px-2 py-1 font-mono text-xs"
            >
              {created.secret}
            </code>
            <CopyButton
              value={created.secret}
              label="Copy secret"
              isLabelVisible
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}

function readField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
