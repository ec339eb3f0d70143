import { Section } from "@/components/ui/section";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import {
  collectNodeTests,
  describeTestSummary,
  summarizeTests,
} from "@/lib/db/queries/test-summary";
import { TestsTable } from "./tests-table";

/**
 * How well tested a node is: a summary over all its tests (column tests
 * included), then the tests on the node itself, singular and unit tests
 * among them. Column tests stay in the columns table.
 */
export function TestsSection({ node }: { node: NodeDetail }) {
  const summary = summarizeTests(collectNodeTests(node));
  const columnTests = node.columns.reduce((n, c) => n + c.tests.length, 0);
  const kind = node.resourceType.replaceAll("_", " ");
  if (summary.total === 0)
    return (
      <Section id="tests" title="Tests">
        <p className="rounded-lg border border-dashed border-border-strong px-5 py-4 text-[13px] text-fg-muted">
          No tests on this {kind} or its columns yet.
        </p>
      </Section>
    );
  return (
    <Section
      id="tests"
      title="Tests"
      description={
        columnTests > 0
          ? `${describeTestSummary(summary)}. Column tests are listed with their columns.`
          : describeTestSummary(summary)
      }
    >
      {node.tests.length === 0 ? (
        <p className="text-[13px] text-fg-muted">
          No tests on the {kind} as a whole.
        </p>
      ) : (
        <TestsTable
          tests={node.tests}
          project={node.project}
          label="Tests on the node"
        />
      )}
    </Section>
  );
}
