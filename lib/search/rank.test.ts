import { describe, expect, test } from "vitest";
import { rankCandidates, type RankInput } from "./rank";

function doc(name: string, extra: Partial<RankInput> = {}): RankInput {
  return {
    name,
    isProduct: false,
    maturityRank: null,
    hasTextMatch: false,
    hasColumnMatch: false,
    textRank: 0,
    ...extra,
  };
}

const rankNames = (query: string, docs: RankInput[]) =>
  rankCandidates(query, docs).map((r) => `${r.tier}:${r.item.name}`);

describe("rankCandidates", () => {
  test("exact name, then prefix, then a word of the name, then fuzzy, then text, then columns", () => {
    const docs = [
      doc("notes", { hasColumnMatch: true }),
      doc("shipments", { hasTextMatch: true }),
      doc("ordrs"),
      doc("fct_orders"),
      doc("orders_daily"),
      doc("orders"),
    ];
    expect(rankNames("orders", docs)).toEqual([
      "exact:orders",
      "prefix:orders_daily",
      "word:fct_orders",
      "fuzzy:ordrs",
      "text:shipments",
      "column:notes",
    ]);
  });

  test("inside a tier, data products come before internal models", () => {
    const docs = [
      doc("stg_orders"),
      doc("fct_orders", { isProduct: true }),
      doc("int_orders"),
    ];
    expect(rankNames("orders", docs)).toEqual([
      "word:fct_orders",
      "word:int_orders",
      "word:stg_orders",
    ]);
  });

  test("for a name query, a product whose name holds the query comes before same-named internal nodes", () => {
    const docs = [
      doc("orders"),
      doc("orders_daily"),
      doc("fct_orders", { isProduct: true }),
    ];
    expect(rankNames("orders", docs)).toEqual([
      "word:fct_orders",
      "exact:orders",
      "prefix:orders_daily",
    ]);
  });

  test("a product that only resembles the query does not jump a name match", () => {
    const docs = [doc("ordres_v2", { isProduct: true }), doc("orders")];
    expect(rankNames("orders", docs)[0]).toBe("exact:orders");
  });

  test("higher maturity breaks ties between products; no level ranks last", () => {
    const docs = [
      doc("orders_bronze", { isProduct: true, maturityRank: 0 }),
      doc("orders_none", { isProduct: true }),
      doc("orders_gold", { isProduct: true, maturityRank: 2 }),
      doc("orders_silver", { isProduct: true, maturityRank: 1 }),
    ];
    expect(rankNames("orders", docs)).toEqual([
      "prefix:orders_gold",
      "prefix:orders_silver",
      "prefix:orders_bronze",
      "prefix:orders_none",
    ]);
  });

  test("maturity never beats a product: an internal model with no level stays below", () => {
    const docs = [
      doc("orders_a", { maturityRank: 2 }),
      doc("orders_b", { isProduct: true }),
    ];
    expect(rankNames("orders", docs)).toEqual([
      "prefix:orders_b",
      "prefix:orders_a",
    ]);
  });

  test.each([
    { query: "custmers", name: "customers" },
    { query: "dim_custmers", name: "dim_customers" },
    { query: "revnue", name: "fct_revenue" },
    { query: "oredrs", name: "orders" },
  ])("typo $query finds $name by name", ({ query, name }) => {
    const [first] = rankCandidates(query, [doc(name), doc("shipments")]);
    expect(first?.item.name).toBe(name);
    expect(first?.tier).toBe("fuzzy");
    expect(first?.nameRanges.length).toBeGreaterThan(0);
  });

  test("spaces, dashes and case in the query match a snake_case name exactly", () => {
    const [first] = rankCandidates("Customer Orders", [doc("customer_orders")]);
    expect(first?.tier).toBe("exact");
    expect(first?.nameRanges).toEqual([{ start: 0, end: 15 }]);
  });

  test("shorter names come first among prefixes, full-text rank among text matches", () => {
    const docs = [
      doc("orders_by_day_and_channel"),
      doc("orders_daily"),
      doc("a", { hasTextMatch: true, textRank: 0.1 }),
      doc("b", { hasTextMatch: true, textRank: 0.6 }),
    ];
    expect(rankNames("orders", docs)).toEqual([
      "prefix:orders_daily",
      "prefix:orders_by_day_and_channel",
      "text:b",
      "text:a",
    ]);
  });

  test("a name that only resembles the query ranks after text matches", () => {
    const docs = [doc("customer_ltv"), doc("x", { hasTextMatch: true })];
    expect(rankNames("dim_customers", docs)).toEqual([
      "text:x",
      "similar:customer_ltv",
    ]);
  });

  test("without text, products first, then by name", () => {
    const docs = [doc("b"), doc("c", { isProduct: true }), doc("a")];
    expect(rankNames("", docs)).toEqual(["browse:c", "browse:a", "browse:b"]);
  });

  test("highlights where the query sits in the name", () => {
    const [first] = rankCandidates("orders", [doc("fct_orders")]);
    expect(first?.nameRanges).toEqual([{ start: 4, end: 10 }]);
  });
});

test("versions of one model: the newest first", () => {
  const ranked = rankCandidates("orders", [
    doc("orders", { version: "2" }),
    doc("orders", { version: "10" }),
    doc("orders", { version: "1" }),
  ]);
  expect(ranked.map((r) => r.item.version)).toEqual(["10", "2", "1"]);
});
