/**
 * platform: the core commerce domain (customers, orders, products). Its
 * customer_ltv reads finance's invoices, so platform and finance depend
 * on each other.
 */
import type { ProjectSpec } from "../spec";
import { column } from "./columns";
import { ANALYTICS_DATABASE, BI_URL, OWNERS } from "./company";
import { PLATFORM_INTERMEDIATE, PLATFORM_MARTS } from "./platform-marts";
import { PLATFORM_SOURCES, PLATFORM_STAGING } from "./platform-staging";
import { CENTS_TO_DOLLARS, timeSpine } from "./shared";

const COUNTRY_CODES_CSV = `country_code,country_name,region
US,United States,north_america
CA,Canada,north_america
GB,United Kingdom,europe
DE,Germany,europe
FR,France,europe
NL,Netherlands,europe
SE,Sweden,europe
AU,Australia,apac
JP,Japan,apac
`;

export const PLATFORM: ProjectSpec = {
  name: "platform",
  buildStartedMinutesAgo: 95,
  database: ANALYTICS_DATABASE,
  targetSchema: "platform",
  groups: [
    {
      name: "core_commerce",
      owner: OWNERS.coreCommerce,
      description: "Customers, orders and checkout.",
    },
    {
      name: "catalog",
      owner: OWNERS.merchandising,
      description: "Products and pricing.",
    },
  ],
  sources: PLATFORM_SOURCES,
  seeds: [
    {
      name: "country_codes",
      description:
        "ISO 3166-1 countries Larkspur ships to, with the sales region each belongs to.",
      csv: COUNTRY_CODES_CSV,
      columns: [
        column("country_code", "text", "ISO 3166-1 alpha-2 code.", {
          tests: [{ kind: "unique" }, { kind: "not_null" }],
        }),
        column("country_name", "text"),
        column("region", "text", "", {
          tests: [
            {
              kind: "accepted_values",
              values: ["north_america", "europe", "apac"],
            },
          ],
        }),
      ],
    },
  ],
  models: [
    ...PLATFORM_STAGING,
    ...PLATFORM_INTERMEDIATE,
    ...PLATFORM_MARTS,
    timeSpine("core_commerce"),
  ],
  snapshots: [
    {
      name: "customers_snapshot",
      description:
        "Type-2 history of storefront accounts, to answer what a customer looked like at any date.",
      sql: "select * from {{ source('app_db', 'customers') }}",
      uniqueKey: "id",
      updatedAt: "updated_at",
      meta: {
        owner: "core-commerce-data@larkspur.example",
        contains_pii: true,
      },
      rowCount: 1_120_554,
      columns: [
        column("id", "integer", "Account id.", {
          tests: [{ kind: "not_null" }],
        }),
        column("email", "text", undefined, { meta: { contains_pii: true } }),
        column("first_name", "text"),
        column("last_name", "text"),
        column("country_code", "text"),
        column("marketing_opt_in", "boolean"),
        column("created_at", "timestamp"),
        column("updated_at", "timestamp"),
        column("deleted_at", "timestamp"),
      ],
    },
  ],
  singularTests: [
    {
      name: "assert_order_net_amount_matches_lines",
      description:
        "Net amount must equal the order lines minus discounts plus shipping, to the cent.",
      sql: `-- Orders whose net amount drifted from their lines.
select orders.order_id
from {{ ref('fct_orders') }} as orders
inner join {{ ref('stg_app_db__order_items') }} as items using (order_id)
group by orders.order_id, orders.net_amount, orders.discount_amount, orders.shipping_amount
having abs(sum(items.quantity * items.unit_price) - orders.discount_amount + orders.shipping_amount - orders.net_amount) > 0.01`,
    },
  ],
  unitTests: [
    {
      name: "test_order_amounts_are_converted_from_cents",
      model: "stg_app_db__orders",
      description: "Cents become currency units and statuses are lower-cased.",
      given: [
        {
          input: "source('app_db', 'orders')",
          rows: [
            {
              id: 1,
              customer_id: 7,
              status: "SHIPPED",
              currency: "usd",
              shipping_cents: 495,
              discount_cents: 0,
              created_at: "2026-03-01 10:00:00",
            },
            {
              id: 2,
              customer_id: 7,
              status: "Placed",
              currency: "eur",
              shipping_cents: 0,
              discount_cents: 1250,
              created_at: "2026-03-02 09:30:00",
            },
          ],
        },
      ],
      expect: [
        {
          order_id: "1",
          order_status: "shipped",
          currency: "USD",
          shipping_amount: 4.95,
          discount_amount: 0,
        },
        {
          order_id: "2",
          order_status: "placed",
          currency: "EUR",
          shipping_amount: 0,
          discount_amount: 12.5,
        },
      ],
    },
  ],
  exposures: [
    {
      name: "customer_360",
      label: "Customer 360",
      type: "dashboard",
      maturity: "high",
      owner: OWNERS.bi,
      url: `${BI_URL}/dashboards/412-customer-360`,
      description:
        "Support and CRM agents look up a customer's orders, segment and lifetime value.",
      dependsOn: [
        { name: "dim_customers" },
        { name: "fct_orders" },
        { name: "customer_ltv" },
      ],
      meta: { refresh: "hourly" },
    },
    {
      name: "storefront_recommendations",
      label: "Storefront recommendations",
      type: "application",
      maturity: "medium",
      owner: OWNERS.storefront,
      url: "https://github.example/larkspur/recommendations-service",
      description:
        "The recommendations service reads products and customer value every night to rank product carousels.",
      dependsOn: [{ name: "dim_products" }, { name: "customer_ltv" }],
      tags: ["reverse-etl"],
    },
  ],
  semanticModels: [
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
  ],
  metrics: [
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
  ],
  savedQueries: [
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
  ],
  docs: [
    {
      name: "customer_id",
      folder: "marts",
      contents:
        "Unique identifier of a storefront customer account. The same id appears in finance's invoices and in marketing's sessions once a visitor logs in.",
    },
    {
      name: "order_status",
      folder: "marts",
      contents: `Where the order is in its lifecycle:

| status | meaning |
|---|---|
| placed | paid, not yet picked in the warehouse |
| shipped | handed to the carrier |
| completed | delivered, return window closed |
| returned | at least one line came back |
| cancelled | cancelled before shipping; excluded from revenue |`,
    },
    {
      name: "customer_segment",
      folder: "marts",
      contents: `Segment by lifetime orders (cancelled ones excluded):

- \`vip\`: 10 orders or more
- \`repeat\`: 2 to 9 orders
- \`one_time\`: exactly one order
- \`prospect\`: an account without orders`,
    },
  ],
  macros: [CENTS_TO_DOLLARS],
  loom: {
    upstream: [{ project: "finance", excludedPackages: ["platform"] }],
    external: [],
  },
};
