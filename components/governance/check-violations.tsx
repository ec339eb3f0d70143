import { CircleAlert, TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Violation } from "@/lib/governance/types";
import { ViolationNode } from "./violation-node";

function describeException(v: Violation): string | null {
  if (!v.exception) return null;
  return v.exception.isExpired
    ? `Exception expired ${v.exception.expires}`
    : `Excepted until ${v.exception.expires}: ${v.exception.reason}`;
}

/** One check's violations: what it found, on which node, who owns it, and how to fix it. */
export function CheckViolations({ violations }: { violations: Violation[] }) {
  const first = violations[0];
  if (!first) return null;
  const isError = first.severity === "error";
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <Badge
              tone={isError ? "error" : "warn"}
              icon={isError ? CircleAlert : TriangleAlert}
            >
              {isError ? "Error" : "Warning"}
            </Badge>
            {first.title}
            <Badge shape="pill">{violations.length}</Badge>
          </span>
        }
        description={
          <>
            <code className="font-mono text-[12px]">{first.check}</code>
            {first.errorFrom ? ` · an error from ${first.errorFrom}` : ""}
          </>
        }
      />
      <CardBody className="flex flex-col gap-3">
        {first.advice ? (
          <p className="text-[13px] text-fg-muted">
            <span className="font-medium text-fg">Fix: </span>
            {first.advice}
          </p>
        ) : null}
        <ul className="divide-y divide-border">
          {violations.map((v, i) => (
            <li
              key={`${v.project}-${v.uniqueId ?? ""}-${i}`}
              className="flex flex-col gap-1 py-2 text-[13px]"
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="neutral">{v.project}</Badge>
                {v.uniqueId ? (
                  <ViolationNode project={v.project} uniqueId={v.uniqueId} />
                ) : null}
                {describeException(v) ? (
                  <Badge tone={v.exception?.isExpired ? "fail" : "skipped"}>
                    {describeException(v)}
                  </Badge>
                ) : null}
              </div>
              <p className="text-fg">{v.message}</p>
              {v.owners && v.owners.length > 0 ? (
                <p className="text-[12px] text-fg-muted">
                  Owners: {v.owners.join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
