import { CircleCheck, CircleDashed, CircleX } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** How an ingest attempt ended: it wrote a new snapshot, found nothing new, or was refused. */
export function IngestStatusBadge({ status }: { status: string }) {
  switch (status) {
    case "ingested":
      return (
        <Badge tone="pass" icon={CircleCheck}>
          Ingested
        </Badge>
      );
    case "unchanged":
      return (
        <Badge
          icon={CircleDashed}
          title="The artifacts were the same as the stored ones"
        >
          Unchanged
        </Badge>
      );
    case "rejected":
      return (
        <Badge tone="fail" icon={CircleX}>
          Rejected
        </Badge>
      );
    default:
      return <Badge>{status}</Badge>;
  }
}
