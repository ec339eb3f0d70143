import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import type { NodeDetail, TestTarget } from "@/lib/db/queries/nodes";
import { nodeUrl } from "@/lib/urls";
import { formatMetaValue } from "../meta";
import { getTestKind } from "../tests-table";
import { DefinitionPanel } from "./definition-list";
import { TestHistory } from "../test-history";

// Arguments every generic test has; the page shows them as "Tests" already.
const IMPLIED_KWARGS = new Set(["model", "column_name"]);

/** A data test's or unit test's latest result and kind, for its header. */
export function TestBadges({ node }: { node: NodeDetail }) {
  return (
    <>
      {node.runResult ? <StatusBadge status={node.runResult.status} /> : null}
      {node.resourceType === "test" ? (
        <Badge>
          {getTestKind({
            resourceType: node.resourceType,
            testName: node.testTarget?.testName ?? null,
          })}
        </Badge>
      ) : null}
    </>
  );
}

/** The node a test checks, linked when stored. */
export function TestedNode({
  target,
  project,
}: {
  target: TestTarget | null;
  project: string;
}) {
  const attached = target?.attached;
  if (!attached)
    return (
      <span className="text-fg-muted">
        The nodes it reads, listed below (a singular test)
      </span>
    );
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <ResourceTypeIcon type={attached.resourceType} className="size-3.5" />
      {attached.isResolved ? (
        <Link
          href={nodeUrl(attached)}
          className="font-medium text-accent hover:underline hover:underline-offset-4"
        >
          {attached.name}
          {attached.version ? ` v${attached.version}` : ""}
        </Link>
      ) : (
        <span className="font-medium">{attached.name}</span>
      )}
      {attached.project !== project ? (
        <CrossProjectBadge project={attached.project} />
      ) : null}
      {target.columnName ? (
        <span className="text-fg-muted">
          column{" "}
          <code className="font-mono text-xs text-fg">{target.columnName}</code>
        </span>
      ) : null}
    </span>
  );
}

/** What a data test checks and how: its node and column, kind, severity and arguments; then its result. */
export function TestSections({ node }: { node: NodeDetail }) {
  const target = node.testTarget;
  const kwargs = Object.entries(target?.kwargs ?? {}).filter(
    ([key]) => !IMPLIED_KWARGS.has(key),
  );
  return (
    <>
      <Section id="checks" title="What it checks">
        <DefinitionPanel>
          <KeyValueList>
            <KeyValue label="Tests">
              <TestedNode target={target} project={node.project} />
            </KeyValue>
            <KeyValue label="Kind">
              {target?.testName
                ? `${target.testNamespace ? `${target.testNamespace}.` : ""}${target.testName}`
                : "singular test (its own SQL)"}
            </KeyValue>
            <KeyValue label="Severity">
              {target?.severity === "warn"
                ? "warn: a failure warns, the run goes on"
                : target?.severity === "error"
                  ? "error: a failure fails the run"
                  : null}
            </KeyValue>
            {kwargs.map(([key, value]) => (
              <KeyValue
                key={key}
                label={<code className="font-mono text-xs">{key}</code>}
              >
                <code className="font-mono text-xs break-words">
                  {formatMetaValue(value)}
                </code>
              </KeyValue>
            ))}
          </KeyValueList>
        </DefinitionPanel>
      </Section>
      <TestHistory runs={node.runHistory} />
    </>
  );
}
