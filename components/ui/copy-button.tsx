"use client";

import { Check, Copy, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { cn } from "./cn";
import { copyText } from "./copy-text";

type CopyState = "idle" | "copied" | "failed";

const RESET_AFTER_MS = 2000;

export type CopyButtonProps = {
  /** The text put on the clipboard. */
  value: string;
  /** Accessible name, e.g. "Copy SQL"; also shown when `isLabelVisible`. */
  label?: string;
  isLabelVisible?: boolean;
  className?: string;
};

/** Copies `value` and confirms it visually and to screen readers ("Copied"). */
export function CopyButton({
  value,
  label = "Copy",
  isLabelVisible = false,
  className,
}: CopyButtonProps) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function handleClick() {
    const isCopied = await copyText(value);
    setState(isCopied ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), RESET_AFTER_MS);
  }

  const Icon = state === "copied" ? Check : state === "failed" ? X : Copy;
  return (
    <>
      <button
        type="button"
        onClick={() => void handleClick()}
        aria-label={isLabelVisible ? undefined : label}
        title={isLabelVisible ? undefined : label}
        className={cn(
          "inline-flex h-7 items-center gap-1.5 rounded-md px-1.5 text-xs font-medium text-fg-muted transition-colors hover:bg-surface-muted hover:text-fg",
          state === "copied" && "text-pass hover:text-pass",
          state === "failed" && "text-fail hover:text-fail",
          className,
        )}
      >
        <Icon aria-hidden className="size-3.5" />
        {isLabelVisible ? <span>{label}</span> : null}
      </button>
      <span role="status" className="sr-only">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed"
            : ""}
      </span>
    </>
  );
}
