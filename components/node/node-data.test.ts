import { describe, expect, test } from "vitest";
import { readFilters } from "./data-common";
import { readExposureData } from "./exposure-data";
import {
  readMetricData,
  readSavedQueryData,
  readSemanticModelData,
} from "./semantic-data";
import { readFreshnessCriteria, readSourceData } from "./source-data";
import { readUnitTestData } from "./unit-test-data";

describe("sources", () => {
  test("a v12 source table", () => {
    expect(
      readSourceData({
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
      freshness: { warnAfter: "6 hours", errorAfter: "1 day", filter: null },
    });
  });

  test.each([
    [null],
    [{}],
    [{ warn_after: { count: null, period: null }, error_after: {} }],
    ["daily"],
  ])("no usable criteria in %j", (freshness) => {
    expect(readFreshnessCriteria(freshness)).toBeNull();
  });

  test("odd fields are absent, not fatal", () => {
    expect(readSourceData({ source_name: 42, loader: "" })).toEqual({
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
    readExposureData({
      url: "https://bi.example/dashboards/88",
      type: "dashboard",
      owner: { name: "Tomasz Nowak", email: "tomasz@example.com" },
      maturity: "high",
    }),
  ).toEqual({
    type: "dashboard",
    maturity: "high",
    url: "https://bi.example/dashboards/88",
    owner: { name: "Tomasz Nowak", email: "tomasz@example.com" },
  });
  expect(
    readExposureData({ owner: { email: ["a@x.example", "b@x.example"] } })
      .owner,
  ).toEqual({
    name: null,
    email: "a@x.example",
  });
  expect(readExposureData({ owner: "someone" }).owner).toBeNull();
});

describe("metrics", () => {
  test("a v12 ratio metric with a filter", () => {
    expect(
      readMetricData({
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
      type: "ratio",
      numerator: "refunds",
      denominator: "payments_collected",
      measure: null,
      filters: ["{{ Dimension('order__status') }} = 'completed'"],
    });
  });

  test("a derived metric names its inputs and expression", () => {
    expect(
      readMetricData({
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
      readMetricData({
        calculation_method: "sum",
        expression: "amount",
        filters: [{ field: "status", operator: "=", value: "'paid'" }],
        type_params: "garbage",
      }),
    ).toMatchObject({
      type: "sum",
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
  const data = readSemanticModelData({
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
    readSavedQueryData({
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
  const data = readUnitTestData({
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
  expect(readUnitTestData({ given: "x", expect: 3 })).toEqual({
    model: null,
    given: [],
    expect: null,
  });
});
