import { LoaderCircle } from "lucide-react";
import type { ReactNode } from "react";

/** Over a graph's canvas while the worker lays it out: what is being laid out. */
export function LayoutPending({ children }: { children: ReactNode }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 top-3 flex justify-center">
      <span className="inline-flex items-center gap-2 rounded-full border border-border bg-surface px-3 py-1 text-xs text-fg-muted shadow-xs">
        <LoaderCircle aria-hidden className="size-3.5 animate-spin" />
        {children}
      </span>
    </div>
  );
}

/** Over a graph's canvas when the layout failed: why, and where else to read the graph. */
export function LayoutFailed({ children }: { children: ReactNode }) {
  return (
    <p
      role="alert"
      className="absolute inset-x-4 top-4 rounded-md border border-fail/30 bg-surface px-3 py-2 text-[13px] text-fail"
    >
      {children}
    </p>
  );
}
