import type {
  FreshnessRecord,
  GroupRecord,
  RunResultRecord,
} from "@/lib/artifacts/types";
import type { ProjectSnapshot, SnapshotNode } from "@/lib/mesh/snapshot";
import { describeFreshness } from "./freshness-criteria";
import { isPassingStatus } from "./statuses";
import type {
  ConsumerRef,
  ProductFacts,
  SourceFact,
  TestFact,
  UpstreamFacts,
  VersionFact,
} from "./types";

const TEST_TYPES = new Set(["test", "unit_test"]);
const LOCAL_CONSUMER_TYPES = new Set([
  "model",
  "snapshot",
  "semantic_model",
  "metric",
  "saved_query",
]);

/**
 * A project's snapshot indexed once for scoring: integer node ids, parents as
 * a compressed adjacency list, tests by the node they check, results by node.
 * Building it is linear in nodes and edges; each product's upstream walk then
 * touches only its own ancestors.
 */
export class ProjectIndex {
  readonly nodes: SnapshotNode[];
  private readonly indexOf = new Map<string, number>();
  private readonly parentStart: Int32Array;
  private readonly parentList: Int32Array;
  private readonly testsByNode = new Map<number, TestFact[]>();
  private readonly consumersByNode = new Map<number, ConsumerRef[]>();
  private readonly versionsByModel = new Map<string, VersionFact[]>();
  readonly runResults: Map<string, RunResultRecord>;
  readonly freshness: Map<string, FreshnessRecord>;
  private readonly groups: Map<string, GroupRecord>;
  readonly artifacts: ProductFacts["artifacts"];
  /** Upstream walks stamp the nodes they visit with the walk's number. */
  private readonly visited: Int32Array;
  private walk = 0;

  constructor(private readonly snapshot: ProjectSnapshot) {
    this.nodes = snapshot.nodes;
    this.nodes.forEach((node, i) => this.indexOf.set(node.uniqueId, i));
    this.runResults = new Map(snapshot.runResults.map((r) => [r.uniqueId, r]));
    this.freshness = new Map(snapshot.freshness.map((f) => [f.uniqueId, f]));
    this.groups = new Map(snapshot.groups.map((g) => [g.name, g]));
    // An empty file and a missing one say the same: no results to go by.
    this.artifacts = {
      hasRunResults: snapshot.runResults.length > 0,
      hasSources: snapshot.freshness.length > 0,
      hasCatalog: snapshot.catalog.length > 0,
    };
    [this.parentStart, this.parentList] = this.buildParents();
    this.indexTests();
    this.indexConsumers();
    this.indexVersions();
    this.visited = new Int32Array(this.nodes.length);
  }

  get projectName(): string {
    return this.snapshot.project.name;
  }

  find(uniqueId: string): number | undefined {
    return this.indexOf.get(uniqueId);
  }

  groupOf(name: string | null): GroupRecord | null {
    return name === null ? null : (this.groups.get(name) ?? null);
  }

  testsOf(index: number): TestFact[] {
    return this.testsByNode.get(index) ?? [];
  }

  localConsumersOf(index: number): ConsumerRef[] {
    return this.consumersByNode.get(index) ?? [];
  }

  versionsOf(node: SnapshotNode): VersionFact[] {
    if (node.version === null) return [];
    return this.versionsByModel.get(modelKey(node)) ?? [];
  }

  /** Sums what lies upstream of a node inside its project: nodes, their tests, sources. */
  upstreamOf(start: number): UpstreamFacts {
    const stamp = ++this.walk;
    this.visited[start] = stamp;
    const stack = [start];
    const facts: UpstreamFacts = {
      nodeCount: 0,
      testedNodeCount: 0,
      tests: { total: 0, passing: 0, notRun: 0, failing: [] },
      sources: [],
    };
    for (
      let current = stack.pop();
      current !== undefined;
      current = stack.pop()
    ) {
      const end = this.parentStart[current + 1] ?? 0;
      for (let p = this.parentStart[current] ?? 0; p < end; p++) {
        const parent = this.parentList[p] ?? 0;
        if (this.visited[parent] === stamp) continue;
        this.visited[parent] = stamp;
        stack.push(parent);
        this.addUpstreamNode(parent, facts);
      }
    }
    return facts;
  }

  private addUpstreamNode(index: number, facts: UpstreamFacts): void {
    facts.nodeCount++;
    const tests = this.testsByNode.get(index);
    if (tests) {
      facts.testedNodeCount++;
      for (const test of tests) {
        facts.tests.total++;
        if (test.status === null) facts.tests.notRun++;
        else if (isPassingStatus(test.status)) facts.tests.passing++;
        else facts.tests.failing.push(`${test.name} (${test.status})`);
      }
    }
    const node = this.nodes[index];
    if (node?.resourceType === "source")
      facts.sources.push(this.describeSource(node));
  }

  private describeSource(node: SnapshotNode): SourceFact {
    const result = this.freshness.get(node.uniqueId);
    const sourceName = node.data.source_name;
    return {
      uniqueId: node.uniqueId,
      name:
        typeof sourceName === "string"
          ? `${sourceName}.${node.name}`
          : node.name,
      description: node.description,
      freshness: describeFreshness(node),
      result: result
        ? { status: result.status, ageSeconds: result.ageSeconds }
        : null,
    };
  }

  /** Parents through local edges (cross-project parents are the producer's to score). */
  private buildParents(): [Int32Array, Int32Array] {
    const counts = new Int32Array(this.nodes.length + 1);
    const pairs: number[] = [];
    for (const edge of this.snapshot.edges) {
      if (!edge.isLocal) continue;
      const child = this.indexOf.get(edge.childUniqueId);
      const parent = this.indexOf.get(edge.parentUniqueId);
      if (child === undefined || parent === undefined) continue;
      if (TEST_TYPES.has(this.nodes[child]?.resourceType ?? "")) continue;
      pairs.push(child, parent);
      counts[child + 1] = (counts[child + 1] ?? 0) + 1;
    }
    for (let i = 1; i < counts.length; i++)
      counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
    const list = new Int32Array(pairs.length / 2);
    const fill = counts.slice(0, this.nodes.length);
    for (let i = 0; i < pairs.length; i += 2) {
      const child = pairs[i] ?? 0;
      const slot = fill[child] ?? 0;
      list[slot] = pairs[i + 1] ?? 0;
      fill[child] = slot + 1;
    }
    return [counts, list];
  }

  private indexTests(): void {
    for (const node of this.nodes) {
      const attached = node.test?.attachedUniqueId;
      if (!node.test || !attached || !TEST_TYPES.has(node.resourceType))
        continue;
      const target = this.indexOf.get(attached);
      if (target === undefined) continue;
      const fact: TestFact = {
        uniqueId: node.uniqueId,
        name: node.name,
        testName: node.test.testName,
        columnName: node.test.columnName,
        isUnitTest: node.resourceType === "unit_test",
        status: this.runResults.get(node.uniqueId)?.status ?? null,
      };
      const list = this.testsByNode.get(target);
      if (list) list.push(fact);
      else this.testsByNode.set(target, [fact]);
    }
  }

  private indexConsumers(): void {
    for (const edge of this.snapshot.edges) {
      if (!edge.isLocal) continue;
      const parent = this.indexOf.get(edge.parentUniqueId);
      const child = this.nodes[this.indexOf.get(edge.childUniqueId) ?? -1];
      if (parent === undefined || !child) continue;
      if (
        !LOCAL_CONSUMER_TYPES.has(child.resourceType) &&
        child.resourceType !== "exposure"
      )
        continue;
      const ref: ConsumerRef = {
        project: this.projectName,
        uniqueId: child.uniqueId,
        name: child.name,
        resourceType: child.resourceType,
      };
      const list = this.consumersByNode.get(parent);
      if (list) list.push(ref);
      else this.consumersByNode.set(parent, [ref]);
    }
  }

  private indexVersions(): void {
    for (const node of this.nodes) {
      if (node.resourceType !== "model" || node.version === null) continue;
      const key = modelKey(node);
      const fact: VersionFact = {
        version: node.version,
        uniqueId: node.uniqueId,
        deprecationDate: node.deprecationDate,
      };
      const list = this.versionsByModel.get(key);
      if (list) list.push(fact);
      else this.versionsByModel.set(key, [fact]);
    }
  }
}

function modelKey(node: SnapshotNode): string {
  return `${node.packageName}.${node.name}`;
}
