/**
 * platform: intermediate and mart models.
 */
import type { ModelSpec } from "../spec";
import { column, foreignKey, primaryKey } from "./columns";
import { DIM_CUSTOMERS_VERSIONS } from "./platform-customers";
import { COMMERCE_META, MART } from "./platform-conventions";

export const PLATFORM_INTERMEDIATE: ModelSpec[] = [
  {
    name: "int_orders__items_aggregated",
    folder: "intermediate",
    materialized: "ephemeral",
    access: "protected",
    group: "core_commerce",
    description: "Order lines rolled up to one row per order.",
    sql: `select
    order_id,
    count(*) as item_count,
    sum(quantity * unit_price) as gross_item_amount
from {{ ref('stg_app_db__order_items') }}
group by 1`,
    columns: [
      column("order_id", "id"),
      column("item_count", "integer"),
      column("gross_item_amount", "money"),
    ],
  },
  {
    name: "int_customers__order_history",
    folder: "intermediate",
    materialized: "view",
    access: "protected",
    group: "core_commerce",
    description:
      "First and last order and lifetime order count per customer. Cancelled orders are ignored.",
    sql: `select
    customer_id,
    min(ordered_at) as first_order_at,
    max(ordered_at) as last_order_at,
    count(*) as lifetime_orders
from {{ ref('stg_app_db__orders') }}
where order_status != 'cancelled'
group by 1`,
    columns: [
      primaryKey("customer_id", "The customer."),
      column("first_order_at", "timestamp"),
      column("last_order_at", "timestamp"),
      column("lifetime_orders", "integer"),
    ],
  },
];
export const PLATFORM_MARTS: ModelSpec[] = [
  ...DIM_CUSTOMERS_VERSIONS,
  {
    ...MART,
    name: "fct_orders",
    materialized: "incremental",
    uniqueKey: "order_id",
    incrementalStrategy: "merge",
    description: `One row per order, with amounts in the order currency.

| amount | meaning |
|---|---|
| \`gross_amount\` | sum of the order lines |
| \`discount_amount\` | vouchers and promotions |
| \`net_amount\` | gross − discount + shipping |

Incremental: re-processes the last 3 days of orders on every run.`,
    meta: { ...COMMERCE_META, maturity: "high", contains_pii: false },
    tags: ["core"],
    grants: { select: ["reporter", "finance_analyst", "marketing_analyst"] },
    sql: `{{ config(materialized='incremental', unique_key='order_id') }}

with orders as (

    select * from {{ ref('stg_app_db__orders') }}
    {% if is_incremental() %}
    where ordered_at > (select dateadd(day, -3, max(ordered_at)) from {{ this }})
    {% endif %}

),

items as (

    select * from {{ ref('int_orders__items_aggregated') }}

)

select
    orders.order_id,
    orders.customer_id,
    orders.ordered_at,
    cast(orders.ordered_at as date) as order_date,
    orders.order_status,
    items.item_count,
    items.gross_item_amount as gross_amount,
    orders.discount_amount,
    orders.shipping_amount,
    items.gross_item_amount - orders.discount_amount + orders.shipping_amount as net_amount,
    orders.currency
from orders
inner join items using (order_id)`,
    rowCount: 1_861_204,
    columns: [
      primaryKey("order_id", "Primary key of the order.", {
        hasContract: true,
      }),
      foreignKey(
        "customer_id",
        "The customer who placed the order.",
        { name: "dim_customers" },
        { hasConstraint: true },
      ),
      column("ordered_at", "timestamp", "When the checkout completed (UTC)."),
      column("order_date", "date", "Day of `ordered_at`, for partitioning."),
      column("order_status", "text", "", {
        doc: "order_status",
        tests: [
          {
            kind: "accepted_values",
            values: ["placed", "shipped", "completed", "returned", "cancelled"],
          },
        ],
      }),
      column("item_count", "integer", "Order lines in the order."),
      column("gross_amount", "money", "Sum of the order lines."),
      column("discount_amount", "money", "Vouchers and promotions applied."),
      column("shipping_amount", "money", "Shipping charged to the customer."),
      column(
        "net_amount",
        "money",
        "What the customer paid: gross − discount + shipping.",
        {
          constraints: [{ type: "check", expression: "net_amount >= 0" }],
        },
      ),
      column("currency", "text", "ISO 4217 currency of the order."),
    ],
  },
  {
    ...MART,
    name: "dim_products",
    group: "catalog",
    description: "The product catalog, one row per product, active or retired.",
    meta: {
      owner: "merch-data@larkspur.example",
      domain: "commerce",
      maturity: "medium",
      sla: "daily by 06:00 UTC",
    },
    sql: `select
    product_id,
    sku,
    product_name,
    category,
    list_price,
    is_active,
    launched_at
from {{ ref('stg_app_db__products') }}`,
    rowCount: 3_412,
    columns: [
      primaryKey("product_id", "Primary key of the product.", {
        hasContract: true,
      }),
      column("sku", "text", "Stock keeping unit."),
      column("product_name", "text", "Display name in the storefront."),
      column("category", "text", "Merchandising category of the product.", {
        tests: [
          {
            kind: "accepted_values",
            values: [
              "tents",
              "backpacks",
              "footwear",
              "apparel",
              "climbing",
              "accessories",
            ],
            severity: "warn",
          },
        ],
      }),
      column("list_price", "money", "Current list price in USD."),
      column("is_active", "boolean", "Whether the product is on sale today."),
      column(
        "launched_at",
        "timestamp",
        "When the product first went on sale.",
      ),
    ],
  },
  {
    name: "customer_ltv",
    folder: "marts",
    materialized: "table",
    access: "public",
    group: "core_commerce",
    description:
      "Lifetime value per customer: order value from the storefront plus invoiced B2B revenue from finance.",
    meta: { ...COMMERCE_META, maturity: "low" },
    sql: `with orders as (

    select customer_id, sum(net_amount) as order_value
    from {{ ref('fct_orders') }}
    where order_status not in ('cancelled', 'returned')
    group by 1

),

invoices as (

    select customer_id, sum(total_amount) as invoiced_value
    from {{ ref('finance', 'fct_invoices') }}
    where invoice_status = 'paid'
    group by 1

)

select
    customers.customer_id,
    coalesce(orders.order_value, 0) as order_value,
    coalesce(invoices.invoiced_value, 0) as invoiced_value,
    coalesce(orders.order_value, 0) + coalesce(invoices.invoiced_value, 0) as lifetime_value
from {{ ref('dim_customers') }} as customers
left join orders using (customer_id)
left join invoices using (customer_id)`,
    rowCount: 409_877,
    columns: [
      primaryKey("customer_id", "The customer."),
      column(
        "order_value",
        "money",
        "Net value of storefront orders, returns and cancellations excluded.",
      ),
      column("invoiced_value", "money"),
      column("lifetime_value", "money", "Order value plus paid invoices."),
    ],
  },
];
