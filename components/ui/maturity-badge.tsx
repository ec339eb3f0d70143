import { Medal } from "lucide-react";
import { Badge } from "./badge";

export type MaturityLevel = "bronze" | "silver" | "gold";

const LABELS: Record<MaturityLevel, string> = {
  bronze: "Bronze",
  silver: "Silver",
  gold: "Gold",
};

export type MaturityBadgeProps = {
  level: MaturityLevel;
  className?: string;
};

/** A data product's maturity level. */
export function MaturityBadge({ level, className }: MaturityBadgeProps) {
  return (
    <Badge tone={level} icon={Medal} className={className}>
      {LABELS[level]}
    </Badge>
  );
}
