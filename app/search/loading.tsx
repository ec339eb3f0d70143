import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Searching…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-7 w-72 max-w-full" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <div className="hidden flex-col gap-3 lg:flex">
          {["a", "b", "c", "d", "e"].map((key) => (
            <Skeleton key={key} className="h-4 w-40" />
          ))}
        </div>
        <div className="rounded-lg border border-border bg-surface">
          {["a", "b", "c", "d"].map((key) => (
            <div
              key={key}
              className="flex flex-col gap-2 border-b border-border px-4 py-4 last:border-0"
            >
              <Skeleton className="h-4 w-56" />
              <Skeleton className="h-3 w-40" />
              <Skeleton className="h-3 w-full" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
