import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { getRunStatusAppearance } from "@/components/ui/status-badge";
import type { TestView } from "@/lib/db/queries/nodes";
import { nodeUrl } from "@/lib/urls";
import { describeWarnOnly } from "./test-severity-note";

/**
 * A test on a column: its kind ("unique", "not_null") coloured by its latest
 * result, marked when it only warns, linking to the test.
 */
export function TestChip({
  test,
  project,
}: {
  test: TestView;
  project: string;
}) {
  const label = test.testName ?? test.name;
  const appearance = test.status ? getRunStatusAppearance(test.status) : null;
  const warnOnly = describeWarnOnly(test.severity);
  const resultText = `${appearance ? appearance.label : "not run"}${warnOnly ? `, ${warnOnly}` : ""}`;
  return (
    <Link
      href={nodeUrl({ ...test, project })}
      aria-label={`${label}: ${resultText}`}
      title={`${test.name}: ${resultText}`}
      className="rounded-md hover:opacity-80"
    >
      <Badge tone={appearance?.tone ?? "neutral"} icon={appearance?.icon}>
        {label}
        {warnOnly ? (
          <span className="border-l border-current/30 pl-1 text-[10px] font-normal tracking-wide uppercase opacity-80">
            {warnOnly}
          </span>
        ) : null}
      </Badge>
    </Link>
  );
}
