import { Section } from "@/components/ui/section";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { formatMetaValue } from "../meta";
import type { DetailsOf, UnitTestFixture } from "@/lib/artifacts/node-details";
import { TestedNode } from "./test-sections";
import { DefinitionPanel } from "./definition-list";

function getColumns(rows: Record<string, unknown>[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

function FixtureTable({
  fixture,
  label,
}: {
  fixture: UnitTestFixture;
  label: string;
}) {
  if (fixture.rows === null)
    return (
      <pre className="overflow-x-auto rounded-lg border border-border bg-surface-sunken px-3 py-2 font-mono text-xs text-fg">
        {fixture.text ?? `(${fixture.format ?? "fixture"} not in the manifest)`}
      </pre>
    );
  if (fixture.rows.length === 0)
    return <p className="text-[13px] text-fg-muted">No rows.</p>;
  const columns = getColumns(fixture.rows);
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column} className="font-mono">
              {column}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {fixture.rows.map((row, index) => (
          <TableRow key={index}>
            {columns.map((column) => (
              <TableCell key={column} isMono>
                {column in row ? (
                  formatMetaValue(row[column] ?? null)
                ) : (
                  <span className="text-fg-subtle">—</span>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A unit test: the model it tests, the rows it gives each input and the rows it expects. */
export function UnitTestSections({
  node,
  unit,
}: {
  node: NodeDetail;
  unit: DetailsOf<"unit_test">;
}) {
  return (
    <>
      <Section id="checks" title="What it checks">
        <DefinitionPanel>
          <p className="text-[13px]">
            <span className="mr-2 text-fg-muted">Tests</span>
            <TestedNode target={node.testTarget} project={node.project} />
          </p>
        </DefinitionPanel>
      </Section>
      <Section
        id="given"
        title="Given"
        description="Rows the test puts in place of each input."
      >
        <div className="flex flex-col gap-4">
          {unit.given.map((fixture, index) => (
            <div key={`${index}-${fixture.input ?? ""}`} className="min-w-0">
              <p className="mb-1.5 font-mono text-xs text-fg-muted">
                {fixture.input ?? "input"}
              </p>
              <FixtureTable
                fixture={fixture}
                label={`Given ${fixture.input ?? "input"}`}
              />
            </div>
          ))}
        </div>
      </Section>
      <Section
        id="expect"
        title="Expect"
        description="The rows the model must return."
      >
        {unit.expect ? (
          <FixtureTable fixture={unit.expect} label="Expected rows" />
        ) : (
          <p className="text-[13px] text-fg-muted">
            No expected rows recorded.
          </p>
        )}
      </Section>
    </>
  );
}
