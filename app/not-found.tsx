import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <EmptyState
      icon={SearchX}
      title="Nothing here"
      description="This page does not exist, or the project or model it showed is no longer in the catalog."
      action={
        <Link
          href="/"
          className="text-sm font-medium text-accent hover:text-accent-hover hover:underline hover:underline-offset-4"
        >
          Back to the mesh
        </Link>
      }
      className="mt-8"
    />
  );
}
