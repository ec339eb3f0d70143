import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { getRunStatusAppearance } from "@/components/ui/status-badge";
import type { TestView } from "@/lib/db/queries/nodes";
import { nodeUrl } from "@/lib/urls";

/** A test on a column: its kind ("unique", "not_null") coloured by its latest result, linking to the test. */
export function TestChip({
  test,
  project,
}: {
  test: TestView;
  project: string;
}) {
  const label = test.testName ?? test.name;
  const appearance = test.status ? getRunStatusAppearance(test.status) : null;
  const resultText = appearance ? appearance.label : "not run";
  return (
    <Link
      href={nodeUrl({ ...test, project })}
      aria-label={`${label}: ${resultText}`}
      title={`${test.name}: ${resultText}`}
      className="rounded-md hover:opacity-80"
    >
      <Badge tone={appearance?.tone ?? "neutral"} icon={appearance?.icon}>
        {label}
      </Badge>
    </Link>
  );
}
