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
