/**
 * finance: invoices, payments and recognized revenue. fct_revenue still
 * pins platform's deprecated dim_customers v1 (migration planned).
 */
import type { ModelSpec } from "../spec";
import { column, foreignKey, primaryKey } from "./columns";

const FINANCE_META = {
  owner: "finance-analytics@larkspur.example",
  domain: "finance",
  sla: "daily by 07:00 UTC",
  contains_pii: false,
};
const MART = {
  folder: "marts",
  materialized: "table",
  access: "public",
  group: "finance_analytics",
  hasContract: true,
} as const;
const GRANTS = { select: ["finance_analyst", "reporter"] };

export const FINANCE_INTERMEDIATE: ModelSpec[] = [
  {
    name: "int_payments__net_of_refunds",
    folder: "intermediate",
    materialized: "view",
    access: "protected",
    group: "finance_analytics",
    description: "Succeeded charges with their refunds subtracted.",
    sql: `with refunds as (

    select charge_id, sum(amount) as refunded_amount
    from {{ ref('stg_stripe__refunds') }}
    group by 1

)

select
    charges.charge_id,
    charges.invoice_id,
    charges.currency,
    charges.charged_at,
    charges.amount as gross_amount,
    coalesce(refunds.refunded_amount, 0) as refunded_amount,
    charges.amount - coalesce(refunds.refunded_amount, 0) as net_amount
from {{ ref('stg_stripe__charges') }} as charges
left join refunds using (charge_id)
where charges.charge_status = 'succeeded'`,
    columns: [
      primaryKey("charge_id", "The charge."),
      column("invoice_id", "id"),
      column("currency", "text"),
      column("charged_at", "timestamp"),
      column("gross_amount", "money"),
      column("refunded_amount", "money"),
      column("net_amount", "money"),
    ],
  },
  {
    name: "int_invoices__totals",
    folder: "intermediate",
    materialized: "ephemeral",
    access: "protected",
    group: "finance_analytics",
    description: "Invoice totals from their lines.",
    sql: `select
    invoice_id,
    sum(amount) as subtotal_amount,
    sum(tax_amount) as tax_amount,
    sum(amount + tax_amount) as total_amount
from {{ ref('stg_billing__invoice_lines') }}
group by 1`,
    columns: [
      column("invoice_id", "id"),
      column("subtotal_amount", "money"),
      column("tax_amount", "money"),
      column("total_amount", "money"),
    ],
  },
];

export const FINANCE_MARTS: ModelSpec[] = [
  {
    ...MART,
    name: "fct_invoices",
    description:
      "One row per invoice issued to a customer, with totals and payment status. Amounts in the invoice currency.",
    meta: { ...FINANCE_META, maturity: "high" },
    tags: ["finance", "sox"],
    grants: GRANTS,
    persistDocs: true,
    sql: `select
    invoices.invoice_id,
    invoices.customer_id,
    invoices.invoice_status,
    invoices.currency,
    invoices.issued_at,
    invoices.due_at,
    totals.subtotal_amount,
    totals.tax_amount,
    totals.total_amount
from {{ ref('stg_billing__invoices') }} as invoices
inner join {{ ref('int_invoices__totals') }} as totals using (invoice_id)
inner join {{ ref('platform', 'dim_customers') }} as customers using (customer_id)`,
    rowCount: 96_398,
    columns: [
      primaryKey("invoice_id", "Primary key of the invoice.", {
        hasContract: true,
      }),
      foreignKey(
        "customer_id",
        "The invoiced customer, as in platform's `dim_customers`.",
        { project: "platform", name: "dim_customers" },
      ),
      column("invoice_status", "text", "", {
        doc: "invoice_status",
        tests: [
          {
            kind: "accepted_values",
            values: ["draft", "open", "paid", "void", "uncollectible"],
          },
        ],
      }),
      column("currency", "text", "ISO 4217 currency of the invoice."),
      column("issued_at", "timestamp"),
      column("due_at", "timestamp"),
      column("subtotal_amount", "money", "Sum of line amounts before tax."),
      column("tax_amount", "money"),
      column("total_amount", "money", "Subtotal plus tax.", {
        constraints: [{ type: "not_null" }],
      }),
    ],
  },
  {
    ...MART,
    name: "fct_payments",
    materialized: "incremental",
    uniqueKey: "charge_id",
    incrementalStrategy: "merge",
    description: "Succeeded payments net of refunds, one row per charge.",
    meta: { ...FINANCE_META, maturity: "medium" },
    tags: ["finance"],
    grants: GRANTS,
    sql: `select
    charge_id,
    invoice_id,
    currency,
    charged_at,
    gross_amount,
    refunded_amount,
    net_amount
from {{ ref('int_payments__net_of_refunds') }}
{% if is_incremental() %}
where charged_at > (select max(charged_at) from {{ this }})
{% endif %}`,
    rowCount: 1_811_020,
    columns: [
      primaryKey("charge_id", "Stripe charge id.", { hasContract: true }),
      column(
        "invoice_id",
        "id",
        "The paid invoice; empty for storefront card payments.",
      ),
      column("currency", "text", "ISO 4217 currency of the charge."),
      column(
        "charged_at",
        "timestamp",
        "When Stripe captured the charge (UTC).",
      ),
      column("gross_amount", "money", "Amount charged, before refunds."),
      column(
        "refunded_amount",
        "money",
        "Sum of the refunds against the charge so far.",
      ),
      column("net_amount", "money", "Gross amount less refunds."),
    ],
  },
  {
    ...MART,
    name: "fct_revenue",
    description: "{{ doc('revenue_recognition') }}",
    meta: {
      ...FINANCE_META,
      maturity: "high",
      sla: "daily by 07:00 UTC, closed books by business day 3",
    },
    tags: ["finance", "sox"],
    grants: { select: ["finance_analyst", "reporter", "exec_reporting"] },
    sql: `with storefront as (

    select
        order_id as revenue_source_id,
        'storefront' as revenue_stream,
        customer_id,
        order_date as revenue_date,
        gross_amount,
        net_amount
    from {{ ref('platform', 'fct_orders') }}
    where order_status in ('shipped', 'completed')

),

invoiced as (

    select
        invoice_id as revenue_source_id,
        'wholesale' as revenue_stream,
        customer_id,
        cast(issued_at as date) as revenue_date,
        subtotal_amount as gross_amount,
        subtotal_amount as net_amount
    from {{ ref('fct_invoices') }}
    where invoice_status = 'paid'

),

unioned as (

    select * from storefront
    union all
    select * from invoiced

)

select
    {{ dbt_utils.generate_surrogate_key(['revenue_stream', 'revenue_source_id']) }} as revenue_id,
    unioned.revenue_stream,
    unioned.revenue_source_id,
    unioned.customer_id,
    customers.country_code as customer_country_code,
    unioned.revenue_date,
    unioned.gross_amount,
    unioned.net_amount
from unioned
left join {{ ref('platform', 'dim_customers', v=1) }} as customers using (customer_id)`,
    rowCount: 1_872_310,
    columns: [
      primaryKey("revenue_id", "Surrogate key of the revenue line.", {
        hasContract: true,
      }),
      column(
        "revenue_stream",
        "text",
        "`storefront` orders or `wholesale` invoices.",
        {
          tests: [
            { kind: "accepted_values", values: ["storefront", "wholesale"] },
          ],
        },
      ),
      column(
        "revenue_source_id",
        "id",
        "The order or invoice the revenue comes from.",
      ),
      column(
        "customer_id",
        "id",
        "The customer, as in platform's `dim_customers`.",
      ),
      column(
        "customer_country_code",
        "text",
        "Country of the customer at recognition time.",
      ),
      column("revenue_date", "date", "Date the revenue is recognized."),
      column("gross_amount", "money", "Revenue before discounts and refunds."),
      column(
        "net_amount",
        "money",
        "Recognized revenue, tax and refunds excluded.",
      ),
    ],
  },
];
