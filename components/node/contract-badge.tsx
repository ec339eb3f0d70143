import { FileCheck2, FileX2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Whether a model's contract is enforced: its columns and types are checked at build time. */
export function ContractBadge({
  isEnforced,
  isAbsentShown = false,
  className,
}: {
  isEnforced: boolean;
  /** Show "No contract" too (a model's own page), not only the enforced case (lists). */
  isAbsentShown?: boolean;
  className?: string;
}) {
  if (isEnforced)
    return (
      <Badge
        tone="pass"
        icon={FileCheck2}
        title="Contract enforced: column names and types are checked at build time"
        className={className}
      >
        Contract
      </Badge>
    );
  if (!isAbsentShown) return null;
  return (
    <Badge
      icon={FileX2}
      title="No enforced contract: columns may change without a new version"
      className={className}
    >
      No contract
    </Badge>
  );
}
