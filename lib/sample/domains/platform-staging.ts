/**
 * platform: the app database as Fivetran lands it, and its staging models.
 */
import type { ModelSpec, SourceSpec } from "../spec";
import { column, foreignKey, loaderColumn, primaryKey } from "./columns";
import { RAW_DATABASE } from "./company";

export const PLATFORM_SOURCES: SourceSpec[] = [
  {
    name: "app_db",
    description:
      "Production Postgres of the storefront, replicated by Fivetran every 15 minutes.",
    database: RAW_DATABASE,
    schema: "app_db",
    loader: "fivetran",
    loadedAtField: "_fivetran_synced",
    freshness: {
      warnAfter: { count: 6, period: "hour" },
      errorAfter: { count: 24, period: "hour" },
    },
    meta: {
      owner: "core-commerce-data@larkspur.example",
      system: "storefront-postgres",
    },
    folder: "staging/app_db",
    tables: [
      {
        name: "customers",
        description:
          "One row per storefront account. Soft-deleted accounts keep their row with `deleted_at` set.",
        loadedMinutesAgo: 26,
        rowCount: 412_318,
        columns: [
          column("id", "integer", "Primary key of the account.", {
            tests: [{ kind: "unique" }, { kind: "not_null" }],
          }),
          column("email", "text", "Login email.", {
            meta: { contains_pii: true },
            tags: ["pii"],
          }),
          column("first_name", "text", undefined, {
            meta: { contains_pii: true },
          }),
          column("last_name", "text", undefined, {
            meta: { contains_pii: true },
          }),
          column("country_code", "text"),
          column("marketing_opt_in", "boolean"),
          column("created_at", "timestamp"),
          column("updated_at", "timestamp"),
          column("deleted_at", "timestamp"),
          loaderColumn(),
        ],
      },
      {
        name: "orders",
        description:
          "One row per checkout. Amounts are in cents of the order currency.",
        loadedMinutesAgo: 41,
        rowCount: 1_873_502,
        columns: [
          column("id", "integer", "Primary key of the order.", {
            tests: [{ kind: "unique" }, { kind: "not_null" }],
          }),
          column("customer_id", "integer"),
          column("status", "text"),
          column("currency", "text"),
          column("shipping_cents", "integer"),
          column("discount_cents", "integer"),
          column("created_at", "timestamp"),
          loaderColumn(),
        ],
      },
      {
        name: "order_items",
        description: "One row per product line of an order.",
        // The replication slot for this table lags behind after the nightly vacuum.
        loadedMinutesAgo: 7 * 60 + 35,
        rowCount: 4_920_117,
        columns: [
          column("id", "integer", "Primary key of the order line."),
          column("order_id", "integer"),
          column("product_id", "integer"),
          column("quantity", "integer"),
          column("unit_price_cents", "integer"),
          loaderColumn(),
        ],
      },
      {
        name: "products",
        description:
          "The product catalog as merchandising maintains it in the back office.",
        freshness: null,
        rowCount: 3_412,
        columns: [
          column("id", "integer"),
          column("sku", "text"),
          column("name", "text"),
          column("category", "text"),
          column("list_price_cents", "integer"),
          column("is_active", "boolean"),
          column("launched_at", "timestamp"),
          loaderColumn(),
        ],
      },
    ],
  },
];

const STAGING: Pick<
  ModelSpec,
  "materialized" | "access" | "group" | "tags" | "folder"
> = {
  folder: "staging/app_db",
  materialized: "view",
  access: "private",
  group: "core_commerce",
  tags: ["staging"],
};

export const PLATFORM_STAGING: ModelSpec[] = [
  {
    ...STAGING,
    name: "stg_app_db__customers",
    description:
      "Storefront accounts, renamed and typed. Soft-deleted accounts are removed.",
    meta: { contains_pii: true },
    sql: `with source as (

    select * from {{ source('app_db', 'customers') }}

),

renamed as (

    select
        cast(id as varchar) as customer_id,
        lower(email) as email,
        first_name,
        last_name,
        upper(country_code) as country_code,
        coalesce(marketing_opt_in, false) as is_marketing_opt_in,
        created_at as signed_up_at,
        updated_at
    from source
    where deleted_at is null

)

select * from renamed`,
    columns: [
      primaryKey("customer_id", "", { doc: "customer_id" }),
      column("email", "text", "Lower-cased login email.", {
        meta: { contains_pii: true },
        tags: ["pii"],
      }),
      column("first_name", "text", undefined, { meta: { contains_pii: true } }),
      column("last_name", "text", undefined, { meta: { contains_pii: true } }),
      column(
        "country_code",
        "text",
        "ISO 3166-1 alpha-2 country of the billing address.",
      ),
      column("is_marketing_opt_in", "boolean"),
      column("signed_up_at", "timestamp", "When the account was created."),
      column("updated_at", "timestamp"),
    ],
  },
  {
    ...STAGING,
    name: "stg_app_db__orders",
    description:
      "Checkouts with amounts converted from cents to the order currency.",
    sql: `with source as (

    select * from {{ source('app_db', 'orders') }}

)

select
    cast(id as varchar) as order_id,
    cast(customer_id as varchar) as customer_id,
    lower(status) as order_status,
    upper(currency) as currency,
    {{ cents_to_dollars('shipping_cents') }} as shipping_amount,
    {{ cents_to_dollars('discount_cents') }} as discount_amount,
    created_at as ordered_at
from source`,
    columns: [
      primaryKey("order_id", "Primary key of the order."),
      column("customer_id", "id", "The account that placed the order.", {
        tests: [{ kind: "not_null" }],
      }),
      column("order_status", "text", "", {
        doc: "order_status",
        tests: [
          {
            kind: "accepted_values",
            values: ["placed", "shipped", "completed", "returned", "cancelled"],
          },
        ],
      }),
      column("currency", "text"),
      column("shipping_amount", "money"),
      column("discount_amount", "money"),
      column("ordered_at", "timestamp", "When the checkout completed (UTC)."),
    ],
  },
  {
    ...STAGING,
    name: "stg_app_db__order_items",
    description: "Order lines with unit prices in the order currency.",
    sql: `select
    cast(id as varchar) as order_item_id,
    cast(order_id as varchar) as order_id,
    cast(product_id as varchar) as product_id,
    quantity,
    {{ cents_to_dollars('unit_price_cents') }} as unit_price
from {{ source('app_db', 'order_items') }}`,
    columns: [
      primaryKey("order_item_id", "Primary key of the order line."),
      foreignKey("order_id", "The order this line belongs to.", {
        name: "stg_app_db__orders",
      }),
      column("product_id", "id"),
      column("quantity", "integer"),
      column("unit_price", "money"),
    ],
  },
  {
    ...STAGING,
    name: "stg_app_db__products",
    group: "catalog",
    description: "Products as merchandising maintains them, prices in USD.",
    sql: `select
    cast(id as varchar) as product_id,
    sku,
    name as product_name,
    lower(category) as category,
    {{ cents_to_dollars('list_price_cents') }} as list_price,
    is_active,
    launched_at
from {{ source('app_db', 'products') }}`,
    columns: [
      primaryKey("product_id", "Primary key of the product."),
      column(
        "sku",
        "text",
        "Stock keeping unit, unique among active products.",
      ),
      column("product_name", "text"),
      column("category", "text"),
      column("list_price", "money"),
      column("is_active", "boolean"),
      column("launched_at", "timestamp"),
    ],
  },
];
