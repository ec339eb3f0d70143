import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The loading state of a model or node page: header, main column and sidebar, announced once. */
export function NodeSkeleton({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-56 max-w-full" />
        <Skeleton className="h-5 w-20" />
        <Skeleton className="h-7 w-64 max-w-full" />
        <div className="flex gap-2">
          <Skeleton className="h-5 w-16" />
          <Skeleton className="h-5 w-20" />
          <Skeleton className="h-5 w-14" />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <div className="rounded-lg border border-border bg-surface p-5">
            <Skeleton className="mb-2 h-3.5 w-full" />
            <Skeleton className="mb-2 h-3.5 w-11/12" />
            <Skeleton className="h-3.5 w-2/3" />
          </div>
          <div className="rounded-lg border border-border bg-surface">
            {["a", "b", "c", "d", "e"].map((key) => (
              <div
                key={key}
                className="flex gap-6 border-b border-border px-3 py-3 last:border-b-0"
              >
                <Skeleton className="h-3.5 w-32" />
                <Skeleton className="h-3.5 w-20" />
                <Skeleton className="h-3.5 w-24" />
              </div>
            ))}
          </div>
        </div>
        <div className="flex flex-col gap-4">
          {["f", "g", "h"].map((key) => (
            <CardSkeleton key={key} />
          ))}
        </div>
      </div>
    </div>
  );
}
