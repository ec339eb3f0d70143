/**
 * platform's dim_customers, versioned: v2 replaces the raw email (PII) with
 * its domain; v1 is deprecated and still pinned by finance.
 */
import type { ModelSpec } from "../spec";
import { column, primaryKey } from "./columns";
import { COMMERCE_META, MART } from "./platform-conventions";

const CUSTOMERS_V1_SQL = `with customers as (

    select * from {{ ref('stg_app_db__customers') }}

),

history as (

    select * from {{ ref('int_customers__order_history') }}

)

select
    customers.customer_id,
    customers.email,
    customers.first_name || ' ' || customers.last_name as full_name,
    customers.country_code,
    customers.signed_up_at,
    history.first_order_at,
    coalesce(history.lifetime_orders, 0) as lifetime_orders
from customers
left join history using (customer_id)`;

const CUSTOMERS_V2_SQL = `with customers as (

    select * from {{ ref('stg_app_db__customers') }}

),

history as (

    select * from {{ ref('int_customers__order_history') }}

),

countries as (

    select * from {{ ref('country_codes') }}

)

select
    customers.customer_id,
    split_part(customers.email, '@', 2) as email_domain,
    customers.first_name,
    customers.last_name,
    customers.country_code,
    countries.region,
    case
        when history.lifetime_orders >= 10 then 'vip'
        when history.lifetime_orders >= 2 then 'repeat'
        when history.lifetime_orders = 1 then 'one_time'
        else 'prospect'
    end as customer_segment,
    customers.is_marketing_opt_in,
    customers.signed_up_at,
    history.first_order_at,
    history.last_order_at,
    coalesce(history.lifetime_orders, 0) as lifetime_orders
from customers
left join history using (customer_id)
left join countries using (country_code)`;

const CUSTOMERS_DESCRIPTION = `One row per active storefront customer, with their order history.

**Grain:** one row per \`customer_id\`. Soft-deleted accounts are excluded.

Use it to:
- join orders, invoices or sessions to a customer with \`ref('platform', 'dim_customers')\`;
- segment customers by \`customer_segment\` (see the column for the rules);
- count new customers by \`signed_up_at\`.

Questions go to [#data-core-commerce](https://larkspur.slack.example/archives/C04CORE).`;
export const DIM_CUSTOMERS_VERSIONS: ModelSpec[] = [
  {
    ...MART,
    name: "dim_customers",
    version: 1,
    latestVersion: 2,
    deprecationInDays: 60,
    description: `${CUSTOMERS_DESCRIPTION}\n\n> **Deprecated:** v1 exposes the raw \`email\`. Migrate to v2, which replaces it with \`email_domain\`.`,
    meta: { ...COMMERCE_META, maturity: "medium", contains_pii: true },
    tags: ["pii", "core"],
    sql: CUSTOMERS_V1_SQL,
    rowCount: 409_877,
    columns: [
      primaryKey("customer_id", "", { hasContract: true, doc: "customer_id" }),
      column("email", "text", "Lower-cased login email.", {
        meta: { contains_pii: true },
        tags: ["pii"],
      }),
      column("full_name", "text", "First and last name.", {
        meta: { contains_pii: true },
      }),
      column(
        "country_code",
        "text",
        "ISO 3166-1 alpha-2 country of the billing address.",
      ),
      column("signed_up_at", "timestamp"),
      column("first_order_at", "timestamp"),
      column("lifetime_orders", "integer"),
    ],
  },
  {
    ...MART,
    name: "dim_customers",
    version: 2,
    latestVersion: 2,
    description: CUSTOMERS_DESCRIPTION,
    meta: { ...COMMERCE_META, maturity: "high", contains_pii: false },
    tags: ["core"],
    grants: { select: ["reporter", "finance_analyst", "marketing_analyst"] },
    persistDocs: true,
    sql: CUSTOMERS_V2_SQL,
    rowCount: 409_877,
    columns: [
      primaryKey("customer_id", "", { hasContract: true, doc: "customer_id" }),
      column(
        "email_domain",
        "text",
        "Domain part of the login email, e.g. `gmail.com`.",
      ),
      column("first_name", "text", "Given name, as the customer typed it.", {
        meta: { contains_pii: true },
      }),
      column("last_name", "text", "Family name, as the customer typed it.", {
        meta: { contains_pii: true },
      }),
      column(
        "country_code",
        "text",
        "ISO 3166-1 alpha-2 country of the billing address.",
        {
          tests: [
            {
              kind: "relationships",
              to: { name: "country_codes" },
              field: "country_code",
              severity: "warn",
            },
          ],
        },
      ),
      column(
        "region",
        "text",
        "Sales region of the country, from the `country_codes` seed.",
      ),
      column("customer_segment", "text", "", {
        doc: "customer_segment",
        tests: [
          {
            kind: "accepted_values",
            values: ["vip", "repeat", "one_time", "prospect"],
          },
        ],
      }),
      column(
        "is_marketing_opt_in",
        "boolean",
        "Whether the customer agreed to marketing email.",
      ),
      column("signed_up_at", "timestamp", "When the account was created."),
      column(
        "first_order_at",
        "timestamp",
        "First order placed; empty for prospects.",
      ),
      column(
        "last_order_at",
        "timestamp",
        "Latest order placed, cancelled ones excluded.",
      ),
      column(
        "lifetime_orders",
        "integer",
        "Orders placed, cancelled ones excluded.",
      ),
    ],
  },
];
