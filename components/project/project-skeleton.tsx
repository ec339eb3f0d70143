import { CardSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The loading state of a project page: header, tabs and a list, announced once. */
export function ProjectSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading project…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-32" />
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-7 w-56 max-w-full" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <Skeleton className="h-10 w-full" />
          <div className="rounded-lg border border-border bg-surface">
            {["a", "b", "c", "d", "e", "f"].map((key) => (
              <div
                key={key}
                className="flex gap-3 border-b border-border px-4 py-3 last:border-b-0"
              >
                <Skeleton className="size-4" />
                <div className="flex flex-1 flex-col gap-2">
                  <Skeleton className="h-3.5 w-48 max-w-full" />
                  <Skeleton className="h-3 w-3/4" />
                </div>
              </div>
            ))}
          </div>
        </div>
        <div className="flex flex-col gap-4">
          {["g", "h"].map((key) => (
            <CardSkeleton key={key} />
          ))}
        </div>
      </div>
    </div>
  );
}
