"use client";

// A client component only so that the SVG renders in one piece (see
// LinePlot): the server still renders it to HTML.
import { cn } from "@/components/ui/cn";

/** The product mark: two nodes of one project, linked to a node across a boundary. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden
      className={cn("size-6 shrink-0", className)}
    >
      <rect width="24" height="24" rx="6" className="fill-fg" />
      <g fill="none" strokeWidth="1.75" strokeLinecap="round">
        <path d="M7 8 H17" className="stroke-canvas" />
        <path d="M7 8 L12 17 L17 8" className="stroke-cross-project" />
      </g>
      <circle cx="7" cy="8" r="2.5" className="fill-canvas" />
      <circle cx="17" cy="8" r="2.5" className="fill-canvas" />
      <circle cx="12" cy="17" r="2.5" className="fill-cross-project" />
    </svg>
  );
}
