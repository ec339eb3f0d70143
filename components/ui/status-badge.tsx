import {
  CircleCheck,
  CircleDashed,
  CircleMinus,
  CircleX,
  OctagonAlert,
  Recycle,
  TriangleAlert,
  type LucideIcon,
} from "lucide-react";
import { toRunStatus, type RunStatus } from "@/lib/artifacts/run-statuses";
import { Badge, type BadgeTone } from "./badge";

export type Appearance = { tone: BadgeTone; label: string; icon: LucideIcon };

const STATUS: Record<RunStatus, Appearance> = {
  pass: { tone: "pass", label: "Pass", icon: CircleCheck },
  success: { tone: "pass", label: "Success", icon: CircleCheck },
  warn: { tone: "warn", label: "Warn", icon: TriangleAlert },
  "partial success": { tone: "warn", label: "Partial", icon: TriangleAlert },
  fail: { tone: "fail", label: "Fail", icon: CircleX },
  error: { tone: "error", label: "Error", icon: OctagonAlert },
  skipped: { tone: "skipped", label: "Skipped", icon: CircleMinus },
  "no-op": { tone: "skipped", label: "No-op", icon: CircleDashed },
  reused: { tone: "skipped", label: "Reused", icon: Recycle },
  "runtime error": {
    tone: "error",
    label: "Runtime error",
    icon: OctagonAlert,
  },
};

/** Colour, icon and label of a run status; an unrecognised one is neutral and keeps its text. */
export function getRunStatusAppearance(status: string): Appearance {
  const known = toRunStatus(status);
  return known
    ? STATUS[known]
    : { tone: "neutral", label: status, icon: CircleDashed };
}

export type StatusBadgeProps = {
  /** A `status` from run_results.json; an unrecognised value is shown as-is. */
  status: string;
  className?: string;
};

/** The result of a test or build, with its colour and icon. */
export function StatusBadge({ status, className }: StatusBadgeProps) {
  const known = toRunStatus(status);
  if (!known) return <Badge className={className}>{status}</Badge>;
  const { tone, label, icon } = STATUS[known];
  return (
    <Badge tone={tone} icon={icon} className={className}>
      {label}
    </Badge>
  );
}
