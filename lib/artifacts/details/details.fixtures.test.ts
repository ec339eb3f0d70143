import { describe, expect, test } from "vitest";
import { listFixtures, loadFixtureJson } from "@/tests/fixture-files";
import { parseManifest } from "../manifest";
import { toDetailsKind, type NodeDetails } from "../node-details";
import { readStoredNodeDetails } from "./stored";
import { parseSemanticManifest } from "../semantic-manifest";

/*
 * Every real manifest in the fixtures, v4 to v12: each node's details are
 * checked against the raw entry it came from, read here the plain way.
 */

type Raw = Record<string, unknown>;
type RawManifest = Record<string, Record<string, Raw> | undefined> & {
  metadata: { dbt_schema_version?: string };
};

const MANIFESTS = listFixtures(/^manifest[^/]*\.json$/).filter((file) => {
  const doc = loadFixtureJson(file) as RawManifest;
  const version = /manifest\/v(\d+)/.exec(
    doc.metadata.dbt_schema_version ?? "",
  );
  return Number(version?.[1] ?? 0) >= 4;
});

function loadPairs(
  section: string,
): { file: string; raw: Raw; details: NodeDetails }[] {
  return MANIFESTS.flatMap((file) => {
    const doc = loadFixtureJson(file) as RawManifest;
    const byId = new Map(
      parseManifest(file, doc).nodes.map((n) => [n.uniqueId, n.details]),
    );
    return Object.values(doc[section] ?? {}).map((raw) => {
      const details = byId.get(raw.unique_id as string);
      if (!details) throw new Error(`${file}: ${String(raw.unique_id)} lost`);
      return { file, raw, details };
    });
  });
}

const record = (value: unknown): Raw =>
  typeof value === "object" && value !== null ? (value as Raw) : {};
const names = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === "string" ? v : String(record(v).name)))
    : [];
const hasCount = (block: unknown, key: string): boolean =>
  typeof record(record(block)[key]).count === "number";

/** Per resource type: its manifest section, and what its details must say of a raw entry. */
const CASES: [string, string, (raw: Raw, details: NodeDetails) => void][] = [
  [
    "source",
    "sources",
    (raw, details) => {
      const config = record(raw.config);
      const thresholds = [raw.freshness, config.freshness].find(
        (b) => hasCount(b, "warn_after") || hasCount(b, "error_after"),
      );
      expect(details).toMatchObject({
        kind: "source",
        sourceName: raw.source_name,
        loader: raw.loader || null,
        loadedAtField: raw.loaded_at_field ?? config.loaded_at_field ?? null,
      });
      if (details.kind !== "source") return;
      if (!thresholds) return expect(details.freshness).toBeNull();
      expect(details.freshness?.warnAfter?.count ?? null).toBe(
        record(record(thresholds).warn_after).count ?? null,
      );
      expect(details.freshness?.errorAfter?.count ?? null).toBe(
        record(record(thresholds).error_after).count ?? null,
      );
    },
  ],
  [
    "exposure",
    "exposures",
    (raw, details) => {
      const owner = record(raw.owner);
      expect(details).toMatchObject({
        kind: "exposure",
        exposureType: raw.type,
        maturity: raw.maturity ?? null,
        url: raw.url ?? null,
        owner: {
          name: owner.name ?? null,
          email: Array.isArray(owner.email)
            ? (owner.email as unknown[])[0]
            : owner.email,
        },
      });
    },
  ],
  [
    "metric",
    "metrics",
    (raw, details) => {
      const params = record(raw.type_params);
      const measure = params.measure;
      const window =
        record(params.cumulative_type_params).window ?? params.window;
      expect(details).toMatchObject({
        kind: "metric",
        metricType: raw.type ?? raw.calculation_method,
        measure: measure ? names([measure])[0] : null,
        inputMetrics: names(params.metrics).map((name): unknown =>
          expect.objectContaining({ name }),
        ),
      });
      if (details.kind === "metric")
        expect(details.window === null).toBe(window == null);
    },
  ],
  [
    "semantic_model",
    "semantic_models",
    (raw, details) => {
      expect(details).toMatchObject({
        kind: "semantic_model",
        model: raw.model ?? null,
        primaryEntity: raw.primary_entity ?? null,
      });
      if (details.kind !== "semantic_model") return;
      expect(details.entities.map((e) => e.name)).toEqual(names(raw.entities));
      expect(details.measures.map((m) => m.name)).toEqual(names(raw.measures));
      expect(details.dimensions.map((d) => d.name)).toEqual(
        names(raw.dimensions),
      );
      for (const entity of details.entities)
        expect(entity.type).toMatch(/^(primary|unique|foreign|natural)$/);
    },
  ],
  [
    "saved_query",
    "saved_queries",
    (raw, details) => {
      const params = record(raw.query_params);
      expect(details).toMatchObject({
        kind: "saved_query",
        metrics: params.metrics,
        groupBy: params.group_by,
        exports: names(raw.exports).map((name): unknown =>
          expect.objectContaining({ name }),
        ),
      });
    },
  ],
  [
    "unit_test",
    "unit_tests",
    (raw, details) => {
      const given = Array.isArray(raw.given) ? raw.given.map(record) : [];
      expect(details).toMatchObject({
        kind: "unit_test",
        model: raw.model,
        given: given.map((g): unknown =>
          expect.objectContaining({ input: g.input, format: g.format }),
        ),
      });
      if (details.kind !== "unit_test") return;
      const expected = record(raw.expect);
      if (Array.isArray(expected.rows))
        expect(details.expect?.rows).toHaveLength(expected.rows.length);
    },
  ],
];

describe("details of every resource type, from every real manifest", () => {
  test.each(CASES)("%s", (_, section, check) => {
    const pairs = loadPairs(section);
    // The fixtures hold this type at all: an empty loop would prove nothing.
    expect(pairs.length).toBeGreaterThan(0);
    for (const { file, raw, details } of pairs) {
      try {
        check(raw, details);
      } catch (error) {
        throw new Error(`${file}: ${String(raw.unique_id)}`, { cause: error });
      }
    }
  });

  test.each(MANIFESTS)(
    "%s: every node's details match its type and survive storage",
    (file) => {
      for (const node of parseManifest(file, loadFixtureJson(file)).nodes) {
        expect(node.details.kind).toBe(toDetailsKind(node.resourceType));
        const stored: unknown = JSON.parse(JSON.stringify(node.details));
        expect(readStoredNodeDetails(stored, node.resourceType)).toEqual(
          node.details,
        );
      }
    },
  );
});

test.each(listFixtures(/^semantic_manifest.*\.json$/))(
  "%s: semantic models keep their entities, the model from node_relation",
  (file) => {
    const doc = loadFixtureJson(file) as { semantic_models: Raw[] };
    const parsed = parseSemanticManifest(file, doc);
    parsed.semanticModels.forEach((model, index) => {
      const raw = doc.semantic_models[index] ?? {};
      expect(model.details).toMatchObject({
        kind: "semantic_model",
        model: record(raw.node_relation).alias ?? null,
      });
      if (model.details.kind === "semantic_model")
        expect(model.details.entities.map((e) => e.name)).toEqual(
          names(raw.entities),
        );
    });
  },
);
