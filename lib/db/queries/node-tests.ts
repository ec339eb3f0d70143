import "server-only";
import {
  readTestSeverity,
  type TestSeverity,
} from "@/lib/artifacts/test-severity";
import { asRecord, toIso, type Reader } from "./read";

export type TestView = {
  uniqueId: string;
  name: string;
  resourceType: string;
  testName: string | null;
  columnName: string | null;
  /** Null for unit tests. */
  severity: TestSeverity | null;
  status: string | null;
  failures: number | null;
  message: string | null;
  completedAt: string | null;
};

/** What a data test or unit test checks: the node (and column) it is attached to, and how. */
export type TestTarget = {
  /** The tested node; `isResolved` is false when it is not stored (a removed or disabled node). */
  attached: {
    uniqueId: string;
    name: string;
    resourceType: string;
    project: string;
    version: string | null;
    isResolved: boolean;
  } | null;
  columnName: string | null;
  testName: string | null;
  testNamespace: string | null;
  kwargs: Record<string, unknown>;
  /** Null for unit tests. */
  severity: TestSeverity | null;
};

export const TEST_SELECT = {
  columnName: true,
  testName: true,
  severity: true,
  node: {
    select: {
      uniqueId: true,
      name: true,
      resourceType: true,
      runResult: {
        select: {
          status: true,
          failures: true,
          message: true,
          completedAt: true,
        },
      },
    },
  },
} as const;

type TestRow = {
  columnName: string | null;
  testName: string | null;
  severity: string | null;
  node: {
    uniqueId: string;
    name: string;
    resourceType: string;
    runResult: {
      status: string;
      failures: number | null;
      message: string | null;
      completedAt: Date | null;
    } | null;
  };
};

// Rows stored before severities were read at ingest may hold dbt's raw text.
function toSeverity(
  resourceType: string,
  stored: string | null,
): TestSeverity | null {
  return resourceType === "unit_test" ? null : readTestSeverity(stored);
}

export function toTestView(test: TestRow): TestView {
  return {
    uniqueId: test.node.uniqueId,
    name: test.node.name,
    resourceType: test.node.resourceType,
    testName: test.testName,
    columnName: test.columnName,
    severity: toSeverity(test.node.resourceType, test.severity),
    status: test.node.runResult?.status ?? null,
    failures: test.node.runResult?.failures ?? null,
    message: test.node.runResult?.message ?? null,
    completedAt: toIso(test.node.runResult?.completedAt),
  };
}

/**
 * Tests that read the node without being attached to any node: singular
 * tests over several models (a reconciliation of invoices against payments)
 * check each of them.
 */
export async function readUnattachedTests(
  db: Reader,
  nodeId: bigint,
): Promise<TestView[]> {
  const rows = await db.test.findMany({
    where: {
      attachedUniqueId: null,
      node: { parents: { some: { parentId: nodeId } } },
    },
    select: TEST_SELECT,
    orderBy: { node: { name: "asc" } },
  });
  return rows.map(toTestView);
}

/** The test definition of a test or unit test node; null for other nodes. */
export async function readTestTarget(
  db: Reader,
  nodeId: bigint,
): Promise<TestTarget | null> {
  const test = await db.test.findUnique({
    where: { nodeId },
    select: {
      attachedUniqueId: true,
      columnName: true,
      testName: true,
      testNamespace: true,
      kwargs: true,
      severity: true,
      attached: {
        select: {
          uniqueId: true,
          name: true,
          resourceType: true,
          version: true,
          project: { select: { name: true } },
        },
      },
      node: {
        select: { resourceType: true, project: { select: { name: true } } },
      },
    },
  });
  if (!test) return null;
  return {
    attached: test.attached
      ? {
          uniqueId: test.attached.uniqueId,
          name: test.attached.name,
          resourceType: test.attached.resourceType,
          project: test.attached.project.name,
          version: test.attached.version,
          isResolved: true,
        }
      : test.attachedUniqueId
        ? describeUnstored(test.attachedUniqueId, test.node.project.name)
        : null,
    columnName: test.columnName,
    testName: test.testName,
    testNamespace: test.testNamespace,
    kwargs: asRecord(test.kwargs),
    severity: toSeverity(test.node.resourceType, test.severity),
  };
}

// dbt unique ids read `<type>.<package>.<name>[.<version or source table>]`.
function describeUnstored(
  uniqueId: string,
  project: string,
): NonNullable<TestTarget["attached"]> {
  const [resourceType = "unknown", , ...rest] = uniqueId.split(".");
  return {
    uniqueId,
    name: rest.join(".") || uniqueId,
    resourceType,
    project,
    version: null,
    isResolved: false,
  };
}
