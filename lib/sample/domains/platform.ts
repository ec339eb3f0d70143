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
import { PLATFORM_DOCS } from "./platform-docs";
import {
  PLATFORM_METRICS,
  PLATFORM_SAVED_QUERIES,
  PLATFORM_SEMANTIC_MODELS,
} from "./platform-semantic";
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
  semanticModels: PLATFORM_SEMANTIC_MODELS,
  metrics: PLATFORM_METRICS,
  savedQueries: PLATFORM_SAVED_QUERIES,
  docs: PLATFORM_DOCS,
  macros: [CENTS_TO_DOLLARS],
  loom: {
    upstream: [{ project: "finance", excludedPackages: ["platform"] }],
    external: [],
  },
};
