import { ArrowLeftRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Marks a dependency whose producer also refs its consumer. */
export function TwoWayBadge({
  producer,
  consumer,
}: {
  producer: string;
  consumer: string;
}) {
  return (
    <Badge
      tone="cross-project"
      icon={ArrowLeftRight}
      title={`${producer} also refs ${consumer}`}
    >
      Two-way
    </Badge>
  );
}
