/**
 * platform's semantic layer: orders and customers, their metrics and
 * the weekly KPI export.
 */
import type { MetricSpec, SavedQuerySpec, SemanticModelSpec } from "../spec";

export const PLATFORM_SEMANTIC_MODELS: SemanticModelSpec[] = [
  {
    name: "orders",
    model: "fct_orders",
    description: "Orders at order grain.",
    aggTimeDimension: "order_date",
    entities: [
      { name: "order", type: "primary", expr: "order_id" },
      { name: "customer", type: "foreign", expr: "customer_id" },
    ],
    dimensions: [
      { name: "order_date", type: "time" },
      { name: "order_status", type: "categorical" },
      { name: "currency", type: "categorical" },
    ],
    measures: [
      {
        name: "order_count",
        agg: "sum",
        expr: "1",
        description: "Number of orders.",
      },
      {
        name: "gross_amount",
        agg: "sum",
        description: "Sum of order lines.",
      },
      { name: "net_amount", agg: "sum", description: "What customers paid." },
    ],
  },
  {
    name: "customers",
    model: "dim_customers",
    description: "Customers, one row each.",
    aggTimeDimension: "signed_up_at",
    entities: [{ name: "customer", type: "primary", expr: "customer_id" }],
    dimensions: [
      { name: "signed_up_at", type: "time" },
      { name: "country_code", type: "categorical" },
      { name: "customer_segment", type: "categorical" },
    ],
    measures: [
      { name: "customer_count", agg: "count_distinct", expr: "customer_id" },
    ],
  },
];
export const PLATFORM_METRICS: MetricSpec[] = [
  {
    name: "orders",
    label: "Orders",
    description: "Number of orders placed.",
    type: "simple",
    measure: "order_count",
  },
  {
    name: "completed_orders",
    label: "Completed orders",
    description: "Orders delivered and not returned.",
    type: "simple",
    measure: "order_count",
    filter: "{{ Dimension('order__order_status') }} = 'completed'",
  },
  {
    name: "gross_merchandise_value",
    label: "GMV",
    description: "Sum of order lines before discounts.",
    type: "simple",
    measure: "gross_amount",
  },
  {
    name: "net_order_value",
    label: "Net order value",
    description: "What customers paid, shipping included.",
    type: "simple",
    measure: "net_amount",
  },
  {
    name: "new_customers",
    label: "New customers",
    description: "Accounts created.",
    type: "simple",
    measure: "customer_count",
  },
  {
    name: "average_order_value",
    label: "AOV",
    description: "GMV per order.",
    type: "ratio",
    numerator: "gross_merchandise_value",
    denominator: "orders",
  },
  {
    name: "discount_share",
    label: "Discount share",
    description: "Share of GMV given away as discounts.",
    type: "derived",
    expr: "(gmv - nov) / gmv",
    metrics: [
      { name: "gross_merchandise_value", alias: "gmv" },
      { name: "net_order_value", alias: "nov" },
    ],
  },
];
export const PLATFORM_SAVED_QUERIES: SavedQuerySpec[] = [
  {
    name: "weekly_order_kpis",
    label: "Weekly order KPIs",
    description:
      "Orders, GMV and AOV per week and country, exported for the weekly business review.",
    metrics: ["orders", "gross_merchandise_value", "average_order_value"],
    groupBy: [
      "TimeDimension('order__order_date', 'week')",
      "Dimension('customer__country_code')",
    ],
    exportAs: "table",
  },
];
