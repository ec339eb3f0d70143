import { describe, expect, test } from "vitest";
import { emptyNodeDetails, readStoredNodeDetails } from "./stored";
import { readExposureDetails } from "./exposure-details";
import { readFilters } from "./fields";
import { readMetricDetails } from "./metric-details";
import { parseNodeDetails } from "./parse";
import { readSavedQueryDetails } from "./saved-query-details";
import { readSemanticModelDetails } from "./semantic-model-details";
import { readFreshnessThresholds, readSourceDetails } from "./source-details";
import { readUnitTestDetails } from "./unit-test-details";

// Hand-written entries for the odd shapes; details.fixtures.test.ts reads every real manifest.

describe("sources", () => {
  test("a v12 source table", () => {
    expect(
      readSourceDetails({
        loader: "airbyte",
        freshness: {
          filter: null,
          warn_after: { count: 6, period: "hour" },
          error_after: { count: 1, period: "day" },
        },
        source_name: "billing",
        loaded_at_field: "_airbyte_extracted_at",
        source_description: "The billing service.",
      }),
    ).toEqual({
      sourceName: "billing",
      sourceDescription: "The billing service.",
      loader: "airbyte",
      loadedAtField: "_airbyte_extracted_at",
      freshness: {
        warnAfter: { count: 6, period: "hour" },
        errorAfter: { count: 1, period: "day" },
        filter: null,
      },
    });
  });

  test.each([
    [null],
    [{}],
    [{ warn_after: { count: null, period: null }, error_after: {} }],
    ["daily"],
  ])("no usable criteria in %j", (freshness) => {
    expect(readFreshnessThresholds(freshness)).toBeNull();
  });

  test("odd fields are absent, not fatal", () => {
    expect(readSourceDetails({ source_name: 42, loader: "" })).toEqual({
      sourceName: null,
      sourceDescription: null,
      loader: null,
      loadedAtField: null,
      freshness: null,
    });
  });
});

test("an exposure's owner, url and kind", () => {
  expect(
    readExposureDetails({
      url: "https://bi.example/dashboards/88",
      type: "dashboard",
      owner: { name: "Tomasz Nowak", email: "tomasz@example.com" },
      maturity: "high",
    }),
  ).toEqual({
    exposureType: "dashboard",
    maturity: "high",
    url: "https://bi.example/dashboards/88",
    owner: { name: "Tomasz Nowak", email: "tomasz@example.com" },
  });
  expect(
    readExposureDetails({ owner: { email: ["a@x.example", "b@x.example"] } })
      .owner,
  ).toEqual({
    name: null,
    email: "a@x.example",
  });
  expect(readExposureDetails({ owner: "someone" }).owner).toBeNull();
});

describe("metrics", () => {
  test("a v12 ratio metric with a filter", () => {
    expect(
      readMetricDetails({
        type: "ratio",
        filter: {
          where_filters: [
            {
              where_sql_template:
                "{{ Dimension('order__status') }} = 'completed'",
            },
          ],
        },
        type_params: {
          numerator: { name: "refunds", alias: null, filter: null },
          denominator: { name: "payments_collected", alias: null },
          metrics: [],
        },
      }),
    ).toMatchObject({
      metricType: "ratio",
      numerator: "refunds",
      denominator: "payments_collected",
      measure: null,
      filters: ["{{ Dimension('order__status') }} = 'completed'"],
    });
  });

  test("a derived metric names its inputs and expression", () => {
    expect(
      readMetricDetails({
        type: "derived",
        type_params: {
          expr: "1 - net / gross",
          metrics: [
            { name: "net_revenue", alias: "net" },
            { name: "gross_revenue", alias: "gross" },
          ],
        },
      }),
    ).toMatchObject({
      expression: "1 - net / gross",
      inputMetrics: [
        { name: "net_revenue", alias: "net" },
        { name: "gross_revenue", alias: "gross" },
      ],
    });
  });

  test("a pre-1.6 metric: calculation method, expression, field filters", () => {
    expect(
      readMetricDetails({
        calculation_method: "sum",
        expression: "amount",
        filters: [{ field: "status", operator: "=", value: "'paid'" }],
        type_params: "garbage",
      }),
    ).toMatchObject({
      metricType: "sum",
      expression: "amount",
      filters: ["status = 'paid'"],
    });
  });
});

test.each([
  ["status = 'x'", ["status = 'x'"]],
  [
    ["a", "b"],
    ["a", "b"],
  ],
  [null, []],
  [{ where_filters: "nope" }, []],
  [42, []],
])("filters %j read %j", (value, expected) => {
  expect(readFilters(value)).toEqual(expected);
});

test("a semantic model's entities, measures and dimensions", () => {
  const data = readSemanticModelDetails({
    model: "ref('fct_payments')",
    entities: [{ expr: "charge_id", name: "payment", type: "primary" }, "junk"],
    measures: [{ agg: "sum", expr: "gross_amount", name: "payment_amount" }],
    dimensions: [
      {
        name: "charged_at",
        type: "time",
        type_params: { time_granularity: "day" },
      },
    ],
  });
  expect(data).toEqual({
    model: "ref('fct_payments')",
    primaryEntity: null,
    entities: [
      {
        name: "payment",
        type: "primary",
        expr: "charge_id",
        description: null,
      },
    ],
    measures: [
      {
        name: "payment_amount",
        agg: "sum",
        expr: "gross_amount",
        description: null,
      },
    ],
    dimensions: [
      {
        name: "charged_at",
        type: "time",
        expr: null,
        description: null,
        granularity: "day",
      },
    ],
  });
});

test("a saved query's parameters and exports", () => {
  expect(
    readSavedQueryDetails({
      exports: [
        {
          name: "weekly_order_kpis",
          config: {
            alias: "weekly_order_kpis",
            database: "analytics",
            export_as: "table",
            schema_name: "platform_exports",
          },
        },
      ],
      query_params: {
        limit: null,
        where: null,
        metrics: ["orders", "gross_merchandise_value"],
        group_by: ["TimeDimension('order__order_date', 'week')"],
        order_by: [],
      },
    }),
  ).toEqual({
    metrics: ["orders", "gross_merchandise_value"],
    groupBy: ["TimeDimension('order__order_date', 'week')"],
    where: [],
    orderBy: [],
    limit: null,
    exports: [
      {
        name: "weekly_order_kpis",
        exportAs: "table",
        relation: "analytics.platform_exports.weekly_order_kpis",
      },
    ],
  });
});

test("a unit test's inputs and expected rows; csv fixtures stay text", () => {
  const data = readUnitTestDetails({
    model: "int_payments__net_of_refunds",
    given: [
      {
        input: "ref('stg_stripe__charges')",
        rows: [{ charge_id: "ch_1", amount: 100 }],
        format: "dict",
      },
      {
        input: "ref('stg_stripe__refunds')",
        rows: "refund_id,amount\nre_1,20",
        format: "csv",
      },
    ],
    expect: { rows: [{ charge_id: "ch_1", net_amount: 75 }], format: "dict" },
  });
  expect(data.model).toBe("int_payments__net_of_refunds");
  expect(data.given).toEqual([
    {
      input: "ref('stg_stripe__charges')",
      format: "dict",
      rows: [{ charge_id: "ch_1", amount: 100 }],
      text: null,
    },
    {
      input: "ref('stg_stripe__refunds')",
      format: "csv",
      rows: null,
      text: "refund_id,amount\nre_1,20",
    },
  ]);
  expect(data.expect?.rows).toEqual([{ charge_id: "ch_1", net_amount: 75 }]);
  expect(readUnitTestDetails({ given: "x", expect: 3 })).toEqual({
    model: null,
    given: [],
    expect: null,
  });
});

test("a dbt 1.9+ source keeps freshness and loaded_at_field under config", () => {
  expect(
    readSourceDetails({
      source_name: "shop",
      freshness: { warn_after: { count: null, period: null } },
      config: {
        loaded_at_field: "_loaded_at",
        freshness: {
          warn_after: { count: 12, period: "hour" },
          error_after: { count: 24, period: "hour" },
        },
      },
    }),
  ).toMatchObject({
    loadedAtField: "_loaded_at",
    freshness: {
      warnAfter: { count: 12, period: "hour" },
      errorAfter: { count: 24, period: "hour" },
    },
  });
});

test.each([
  ["a v12 window", { window: { count: 7, granularity: "day" } }],
  [
    "a dbt 1.9+ cumulative window",
    { cumulative_type_params: { window: { count: 7, granularity: "DAY" } } },
  ],
  ["a pre-v12 period", { window: { count: 7, period: "day" } }],
  ["a window in words", { window: "7 days" }],
])("%s reads as a period", (_, params) => {
  expect(
    readMetricDetails({ type: "cumulative", type_params: params }).window,
  ).toEqual({ count: 7, period: "day" });
});

test("MetricFlow's upper-case enums read as dbt's lower-case ones", () => {
  const details = readSemanticModelDetails({
    entities: [{ name: "order", type: "PRIMARY" }],
    measures: [{ name: "total", agg: "SUM" }],
    dimensions: [
      {
        name: "ordered_at",
        type: "TIME",
        type_params: { time_granularity: "DAY" },
      },
    ],
  });
  expect(details.entities[0]?.type).toBe("primary");
  expect(details.measures[0]?.agg).toBe("sum");
  expect(details.dimensions[0]).toMatchObject({
    type: "time",
    granularity: "day",
  });
});

describe("stored details", () => {
  const source = parseNodeDetails("source", { source_name: "billing" });

  test.each([
    ["the current version", source, "source", source],
    [
      "another version",
      { ...source, version: 0 },
      "source",
      emptyNodeDetails("source"),
    ],
    ["another kind", source, "exposure", emptyNodeDetails("exposure")],
    [
      "a row stored before details existed",
      null,
      "metric",
      emptyNodeDetails("metric"),
    ],
    [
      "an unknown resource type",
      { version: 1, kind: "other" },
      "macro",
      { version: 1, kind: "other" },
    ],
  ])("%s reads as expected", (_, stored, resourceType, expected) => {
    expect(readStoredNodeDetails(stored, resourceType)).toEqual(expected);
  });
});
