import { cn } from "./cn";

export type SkeletonProps = {
  /** Size it with Tailwind classes (`h-4 w-32`); it fills its box. */
  className?: string;
};

/** A placeholder block shown while content loads; hidden from assistive technology. */
export function Skeleton({ className }: SkeletonProps) {
  return (
    <div
      aria-hidden
      className={cn("animate-pulse rounded-md bg-fg/8", className)}
    />
  );
}

/** A card while it loads: a title line and two lines of text. */
export function CardSkeleton() {
  return (
    <div className="rounded-lg border border-border bg-surface p-4">
      <Skeleton className="mb-3 h-4 w-1/2" />
      <Skeleton className="mb-2 h-3 w-full" />
      <Skeleton className="h-3 w-4/5" />
    </div>
  );
}
