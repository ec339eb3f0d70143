import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { parseSearchQuery, type SearchFilters } from "@/lib/search/query";
import { useTestDatabase } from "@/tests/db";
import { searchNodes } from "./search";
import {
  buildCandidateBranches,
  buildFilterConditions,
  SqlParams,
} from "./search-sql";

const search = (raw: string, filters: SearchFilters = {}, limit = 20) => {
  const parsed = parseSearchQuery(raw);
  return searchNodes({
    text: parsed.text,
    words: parsed.words,
    filters: { ...parsed.filters, ...filters },
    limit,
    offset: 0,
  });
};

let databaseUrl = "";

beforeAll(async () => {
  databaseUrl = await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: 64 * 1024 * 1024 });
});
afterAll(closeDb);

describe("searchNodes on the sample mesh", () => {
  test("every stored node has one search document, also after a re-ingest", async () => {
    await ingestSampleMesh({
      now: new Date("2030-01-01T00:00:00Z"),
      maxArtifactBytes: 64 * 1024 * 1024,
    });
    const { rows } = await getPool().query<{
      nodes: string;
      documents: string;
      orphans: string;
    }>(
      `SELECT (SELECT count(*) FROM nodes) AS nodes,
              (SELECT count(*) FROM search_documents) AS documents,
              (SELECT count(*) FROM search_documents d WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = d.node_id)) AS orphans`,
    );
    expect(rows[0]?.documents).toBe(rows[0]?.nodes);
    expect(rows[0]?.orphans).toBe("0");
  });

  test("an exact name comes first: a versioned model once, as its latest, the other version a chip", async () => {
    const result = await search("dim_customers");
    const [first, second] = result.hits;
    expect([first?.name, first?.tier, first?.version]).toEqual([
      "dim_customers",
      "exact",
      "2",
    ]);
    expect(first?.otherVersions).toEqual([
      { version: "1", uniqueId: "model.platform.dim_customers.v1" },
    ]);
    expect(second?.uniqueId).not.toMatch(/^model\.platform\.dim_customers/);
    expect(result.hits[0]?.nameHighlights).toEqual([{ start: 0, end: 13 }]);
  });

  test("the vocabulary of name words holds every name's words once", async () => {
    const { rows } = await getPool().query<{ word: string }>(
      "SELECT word FROM search_words WHERE word IN ('customers', 'dim', 'ltv', 'revenue') ORDER BY word",
    );
    expect(rows.map((r) => r.word)).toEqual([
      "customers",
      "dim",
      "ltv",
      "revenue",
    ]);
  });

  test("a query that finds nothing is offered the nearest spelling that finds something", async () => {
    const result = await search("cstmer sgment");
    expect(result.total).toBe(0);
    expect(result.didYouMean).toBe("customer segment");
    expect((await search("customer segment")).total).toBeGreaterThan(0);
  });

  test.each(["xqzv", "dim_customers"])(
    "%s gets no suggestion (nothing near, or something found)",
    async (q) => {
      expect((await search(q)).didYouMean).toBeNull();
    },
  );

  test("a transposed letter still finds the name", async () => {
    const result = await search("fct_oredrs");
    expect(result.hits[0]?.name).toBe("fct_orders");
    expect(result.hits[0]?.tier).toBe("fuzzy");
  });

  test("two typed letters find names by prefix", async () => {
    const result = await search("di");
    expect(result.hits[0]?.tier).toBe("prefix");
    expect(result.hits.map((h) => h.name)).toContain("dim_customers");
  });

  test("a typo still finds the names", async () => {
    const result = await search("custmers");
    const names = result.hits.map((h) => h.name);
    expect(names).toContain("customers");
    expect(names).toContain("dim_customers");
    expect(result.hits[0]?.tier).toBe("fuzzy");
  });

  test("prefixes rank data products first", async () => {
    const result = await search("fct");
    expect(result.hits.length).toBeGreaterThan(3);
    expect(result.hits.every((h) => h.tier === "prefix")).toBe(true);
    expect(result.hits[0]?.isProduct).toBe(true);
  });

  test("a word only in a column description finds the model, with the column highlighted", async () => {
    const result = await search("alpha");
    const hit = result.hits.find((h) => h.name === "dim_customers");
    expect(hit?.tier).toBe("column");
    const column = hit?.columns.find((c) => c.name === "country_code");
    expect(column?.description.ranges.length).toBe(1);
    const range = column?.description.ranges[0];
    expect(column?.description.text.slice(range?.start, range?.end)).toBe(
      "alpha",
    );
  });

  test("a column name finds its model", async () => {
    const result = await search("signed");
    const hit = result.hits.find((h) => h.name === "dim_customers");
    expect(hit?.columns.map((c) => c.name)).toContain("signed_up_at");
    expect(hit?.columns[0]?.nameHighlights).toEqual([{ start: 0, end: 6 }]);
  });

  test("description words match by stem and are highlighted", async () => {
    const result = await search("recognized revenue");
    const hit = result.hits.find((h) => h.name === "fct_revenue");
    expect(hit).toBeDefined();
    const marked = hit?.description.ranges.map((r) =>
      hit.description.text.slice(r.start, r.end),
    );
    expect(marked).toEqual(expect.arrayContaining(["Recognized", "revenue"]));
  });

  test.each<{
    query: string;
    filters: SearchFilters;
    check: (hit: {
      project: string;
      resourceType: string;
      access: string | null;
      owners: string[];
    }) => boolean;
  }>([
    {
      query: "type:source",
      filters: {},
      check: (h) => h.resourceType === "source",
    },
    {
      query: "customers",
      filters: { project: ["marketing"] },
      check: (h) => h.project === "marketing",
    },
    {
      query: "customers",
      filters: { access: ["public"] },
      check: (h) => h.access === "public",
    },
    {
      query: "",
      filters: { owner: ["Finance Analytics"] },
      check: (h) => h.owners.includes("Finance Analytics"),
    },
    {
      query: "project:finance type:model revenue",
      filters: {},
      check: (h) => h.project === "finance" && h.resourceType === "model",
    },
  ])("filters $query $filters", async ({ query, filters, check }) => {
    const result = await search(query, filters);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every(check)).toBe(true);
  });

  test("tests are left out unless asked for by type", async () => {
    const hidden = await search("not_null");
    expect(hidden.hits.some((h) => h.resourceType === "test")).toBe(false);
    const shown = await search("not_null type:test");
    expect(shown.hits.length).toBeGreaterThan(0);
    expect(shown.hits.every((h) => h.resourceType === "test")).toBe(true);
  });

  test("facet counts add up to the total and follow the filters", async () => {
    const result = await search("customers");
    expect(result.isComplete).toBe(true);
    const sum = (key: "project" | "type") =>
      result.facets[key].reduce((total, f) => total + f.count, 0);
    expect(sum("project")).toBe(result.total);
    expect(sum("type")).toBe(result.total);
    const platform = result.facets.project.find((f) => f.value === "platform");
    const narrowed = await search("customers", { project: ["platform"] });
    expect(narrowed.total).toBe(platform?.count);
    expect(narrowed.facets.project).toEqual([
      { value: "platform", count: platform?.count },
    ]);
  });

  test("owners are one value per owner: the group owner's name, not also its email", async () => {
    const result = await search(
      "",
      { project: ["finance"], type: ["model"] },
      50,
    );
    const owners = result.facets.owner.map((f) => f.value);
    expect(owners).toContain("Finance Analytics");
    expect(owners).not.toContain("finance-analytics@larkspur.example");
  });

  test("maturity levels come from the stored scores, as a facet and a filter", async () => {
    const levels = (await search("customers")).facets.level;
    expect(levels.length).toBeGreaterThan(0);
    const [first] = levels;
    if (!first) throw new Error("no level facet");
    const filtered = await search("customers", { level: [first.value] });
    expect(filtered.total).toBe(first.count);
    expect(
      filtered.hits.every((h) => h.level === first.value && h.isProduct),
    ).toBe(true);
    expect((await search("customers", { level: ["platinum"] })).total).toBe(0);
  });
});

describe("candidate narrowing uses the search indexes", () => {
  test("every way of finding candidates scans its index", async () => {
    const params = new SqlParams();
    const branches = buildCandidateBranches("customers", ["customers"], params);
    const where = buildFilterConditions({}, params).join(" AND ");
    const union = branches
      .map(
        (b) =>
          `(SELECT d.node_id FROM search_documents d WHERE ${where} AND ${b.condition}${b.order ? ` ORDER BY ${b.order}` : ""} LIMIT ${b.limit})`,
      )
      .join(" UNION ALL ");
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // The sample mesh is small enough for sequential scans: rule them out
      // to see whether each branch's condition can use an index at all.
      await client.query("SET enable_seqscan = off");
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN ${union}`,
        params.values,
      );
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      for (const index of [
        "search_documents_name_idx",
        "search_words_trgm_idx",
        "search_documents_name_words_idx",
        "search_documents_product_name_words_idx",
        "search_documents_product_text_idx",
        "search_documents_text_idx",
        "search_documents_column_idx",
      ])
        expect(plan).toContain(index);
      expect(plan).not.toContain("Seq Scan");
      // The vocabulary's trigram index checks the similarity itself: as a
      // filter after it, a word near nothing walked the whole vocabulary.
      expect(plan).toMatch(
        /Index Scan using search_words_trgm_idx[^\n]*\n\s+Index Cond: \(word % q\.word\)/,
      );
    } finally {
      await client.end();
    }
  });
});
