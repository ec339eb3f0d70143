import {
  Clock,
  ClockAlert,
  CircleCheck,
  OctagonAlert,
  type LucideIcon,
} from "lucide-react";
import { Badge, type BadgeTone } from "./badge";

/** Statuses of a source freshness check in sources.json. */
export type FreshnessStatus = "pass" | "warn" | "error" | "runtime error";

type Appearance = {
  tone: BadgeTone;
  label: string;
  icon: LucideIcon;
  hint: string;
};

const FRESHNESS: Record<FreshnessStatus, Appearance> = {
  pass: {
    tone: "fresh",
    label: "Fresh",
    icon: CircleCheck,
    hint: "Loaded within its freshness criteria",
  },
  warn: {
    tone: "aging",
    label: "Aging",
    icon: Clock,
    hint: "Older than its warn_after threshold",
  },
  error: {
    tone: "stale",
    label: "Stale",
    icon: ClockAlert,
    hint: "Older than its error_after threshold",
  },
  "runtime error": {
    tone: "error",
    label: "Check failed",
    icon: OctagonAlert,
    hint: "The freshness query itself failed",
  },
};

function isFreshnessStatus(value: string): value is FreshnessStatus {
  return Object.hasOwn(FRESHNESS, value);
}

export type FreshnessBadgeProps = {
  /** A `status` from sources.json; an unrecognised value is shown as-is. */
  status: string;
  className?: string;
};

/** How fresh a source is, by the result of its last freshness check. */
export function FreshnessBadge({ status, className }: FreshnessBadgeProps) {
  if (!isFreshnessStatus(status))
    return <Badge className={className}>{status}</Badge>;
  const { tone, label, icon, hint } = FRESHNESS[status];
  return (
    <Badge tone={tone} icon={icon} title={hint} className={className}>
      {label}
    </Badge>
  );
}
