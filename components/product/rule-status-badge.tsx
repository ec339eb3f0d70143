import {
  CircleCheck,
  CircleMinus,
  CircleX,
  ShieldCheck,
  TriangleAlert,
} from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { RuleStatus, Severity } from "@/lib/score/types";

/** A rule's result: pass, fail (warn when the rule only warns), not applicable, or excepted. */
export function RuleStatusBadge({
  status,
  severity,
}: {
  status: RuleStatus;
  severity: Severity;
}) {
  switch (status) {
    case "pass":
      return (
        <Badge tone="pass" icon={CircleCheck}>
          Pass
        </Badge>
      );
    case "fail":
      return severity === "warn" ? (
        <Badge
          tone="warn"
          icon={TriangleAlert}
          title="Fails, but the policy only warns: it blocks no level"
        >
          Warn
        </Badge>
      ) : (
        <Badge tone="fail" icon={CircleX}>
          Fail
        </Badge>
      );
    case "not_applicable":
      return (
        <Badge
          tone="skipped"
          icon={CircleMinus}
          title="Nothing to judge for this product"
        >
          N/A
        </Badge>
      );
    case "excepted":
      return (
        <Badge
          tone="accent"
          icon={ShieldCheck}
          title="Fails, with a recorded exception: it blocks no level"
        >
          Excepted
        </Badge>
      );
  }
}
