import { Skeleton } from "@/components/ui/skeleton";

/** "How to join it" while its star loads, so the rest of the page does not wait. */
export function StarSectionSkeleton() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <span className="sr-only">Loading how to join it…</span>
      <Skeleton className="h-5 w-32" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <div className="h-[380px] rounded-lg border border-border bg-surface-sunken" />
    </div>
  );
}
