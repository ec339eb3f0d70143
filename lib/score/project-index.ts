import type {
  FreshnessRecord,
  GroupRecord,
  RunResultRecord,
} from "@/lib/artifacts/types";
import {
  detailsOfKind,
  formatSourceTableName,
} from "@/lib/artifacts/node-details";
import { hasTrait, isTestType } from "@/lib/artifacts/resource-types";
import { isPassingStatus } from "@/lib/artifacts/run-statuses";
import type { ProjectSnapshot, SnapshotNode } from "@/lib/mesh/snapshot";
import { buildAdjacency, type Adjacency } from "./adjacency";
import { describeFreshness } from "./freshness-criteria";
import type {
  ConsumerRef,
  ProductFacts,
  SourceFact,
  TestFact,
  UpstreamFacts,
  VersionFact,
} from "./types";

type TestSummary = UpstreamFacts["tests"];

function summarizeTests(tests: TestFact[]): TestSummary {
  const summary: TestSummary = { total: 0, passing: 0, notRun: 0, failing: [] };
  for (const test of tests) {
    summary.total++;
    if (test.status === null) summary.notRun++;
    else if (isPassingStatus(test.status)) summary.passing++;
    else summary.failing.push(`${test.name} (${test.status})`);
  }
  return summary;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A project's snapshot indexed once for scoring: integer node ids, parents as
 * a compressed adjacency list, tests (and their summed results) by the node
 * they check, consumers by the node they use. Building it is linear in nodes
 * and edges; each product's upstream walk then touches only its ancestors.
 */
export class ProjectIndex {
  readonly nodes: SnapshotNode[];
  readonly runResults: Map<string, RunResultRecord>;
  readonly artifacts: ProductFacts["artifacts"];
  private readonly indexOf = new Map<string, number>();
  private readonly freshness: Map<string, FreshnessRecord>;
  private readonly groups: Map<string, GroupRecord>;
  private readonly testsByNode = new Map<number, TestFact[]>();
  private readonly testSummaries = new Map<number, TestSummary>();
  private readonly consumersByNode = new Map<number, ConsumerRef[]>();
  private readonly versionsByModel = new Map<string, VersionFact[]>();
  private readonly sourceFacts = new Map<number, SourceFact>();
  private readonly parents: Adjacency;
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
    this.indexTestsAndVersions();
    this.parents = this.indexEdges();
    this.visited = new Int32Array(this.nodes.length);
  }

  get projectName(): string {
    return this.snapshot.project.name;
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
    return this.versionsByModel.get(`${node.packageName}.${node.name}`) ?? [];
  }

  /** Sums what lies upstream of a node inside its project: nodes, their tests, sources. */
  upstreamOf(start: number): UpstreamFacts {
    const stamp = ++this.walk;
    this.visited[start] = stamp;
    const facts: UpstreamFacts = {
      nodeCount: 0,
      testedNodeCount: 0,
      tests: { total: 0, passing: 0, notRun: 0, failing: [] },
      sources: [],
    };
    const { start: first, list } = this.parents;
    const stack = [start];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      const end = first[node + 1] ?? 0;
      for (let p = first[node] ?? 0; p < end; p++) {
        const parent = list[p] ?? 0;
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
    const tests = this.testSummaries.get(index);
    if (tests) {
      facts.testedNodeCount++;
      facts.tests.total += tests.total;
      facts.tests.passing += tests.passing;
      facts.tests.notRun += tests.notRun;
      for (const failing of tests.failing) facts.tests.failing.push(failing);
    }
    const node = this.nodes[index];
    if (node?.resourceType === "source")
      facts.sources.push(this.describeSource(index, node));
  }

  private describeSource(index: number, node: SnapshotNode): SourceFact {
    const cached = this.sourceFacts.get(index);
    if (cached) return cached;
    const result = this.freshness.get(node.uniqueId);
    const source = detailsOfKind(node.details, "source");
    const fact: SourceFact = {
      uniqueId: node.uniqueId,
      name: formatSourceTableName(source?.sourceName ?? null, node.name),
      description: node.description,
      freshness: describeFreshness(source?.freshness ?? null),
      result: result
        ? { status: result.status, ageSeconds: result.ageSeconds }
        : null,
    };
    this.sourceFacts.set(index, fact);
    return fact;
  }

  /**
   * One pass over the local edges: the parents of every node but tests (for
   * the upstream walks; cross-project parents are the producer's to score),
   * and the models, semantic-layer nodes and exposures using each node.
   */
  private indexEdges(): Adjacency {
    const children: number[] = [];
    const parents: number[] = [];
    for (const edge of this.snapshot.edges) {
      if (!edge.isLocal) continue;
      const child = this.indexOf.get(edge.childUniqueId);
      const parent = this.indexOf.get(edge.parentUniqueId);
      if (child === undefined || parent === undefined) continue;
      const node = this.nodes[child];
      if (!node || isTestType(node.resourceType)) continue;
      children.push(child);
      parents.push(parent);
      if (hasTrait(node.resourceType, "isConsumer"))
        pushTo(this.consumersByNode, parent, {
          project: this.projectName,
          uniqueId: node.uniqueId,
          name: node.name,
          resourceType: node.resourceType,
        });
    }
    return buildAdjacency(this.nodes.length, children, parents);
  }

  private indexTestsAndVersions(): void {
    for (const node of this.nodes) {
      if (node.resourceType === "model" && node.version !== null)
        pushTo(this.versionsByModel, `${node.packageName}.${node.name}`, {
          version: node.version,
          uniqueId: node.uniqueId,
          deprecationDate: node.deprecationDate,
        });
      const attached = node.test?.attachedUniqueId;
      if (!node.test || !attached || !isTestType(node.resourceType)) continue;
      const target = this.indexOf.get(attached);
      if (target === undefined) continue;
      pushTo(this.testsByNode, target, {
        uniqueId: node.uniqueId,
        name: node.name,
        testName: node.test.testName,
        columnName: node.test.columnName,
        isUnitTest: node.resourceType === "unit_test",
        status: this.runResults.get(node.uniqueId)?.status ?? null,
      });
    }
    for (const [index, tests] of this.testsByNode)
      this.testSummaries.set(index, summarizeTests(tests));
  }
}
