import { Skeleton } from "@/components/ui/skeleton";

/** The loading state of a graph page: a header, a toolbar and the canvas, announced once. */
export function GraphSkeleton({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-56 max-w-full" />
        <Skeleton className="h-5 w-20" />
        <Skeleton className="h-7 w-72 max-w-full" />
        <Skeleton className="h-4 w-[32rem] max-w-full" />
      </div>
      <div className="mb-3 flex flex-wrap gap-3">
        <Skeleton className="h-8 w-36" />
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-8 w-28" />
      </div>
      <div className="h-[68vh] min-h-[420px] rounded-lg border border-border bg-surface-sunken" />
    </div>
  );
}
