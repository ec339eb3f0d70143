/**
 * finance: Stripe payments and the billing service's invoices, staged.
 */
import type { ModelSpec, SourceSpec } from "../spec";
import { column, foreignKey, loaderColumn, primaryKey } from "./columns";
import { RAW_DATABASE } from "./company";

export const FINANCE_SOURCES: SourceSpec[] = [
  {
    name: "stripe",
    description: "Stripe account of the storefront, synced by Fivetran.",
    database: RAW_DATABASE,
    schema: "stripe",
    loader: "fivetran",
    loadedAtField: "_fivetran_synced",
    freshness: {
      warnAfter: { count: 12, period: "hour" },
      errorAfter: { count: 24, period: "hour" },
    },
    meta: { owner: "finance-analytics@larkspur.example" },
    folder: "staging/stripe",
    tables: [
      {
        name: "charges",
        description: "One row per card or wallet charge.",
        loadedMinutesAgo: 52,
        rowCount: 1_902_311,
        columns: [
          column("id", "text", "Stripe charge id (`ch_...`).", {
            tests: [{ kind: "unique" }, { kind: "not_null" }],
          }),
          column("invoice", "text"),
          column("amount", "integer", "Amount in cents."),
          column("currency", "text"),
          column("status", "text"),
          column("payment_method_type", "text"),
          column("created", "timestamp"),
          loaderColumn(),
        ],
      },
      {
        name: "refunds",
        description: "Refunds issued against charges.",
        // The refunds connector was paused during the Stripe API migration.
        loadedMinutesAgo: 31 * 60,
        rowCount: 88_140,
        columns: [
          column("id", "text"),
          column("charge", "text"),
          column("amount", "integer"),
          column("reason", "text"),
          column("created", "timestamp"),
          loaderColumn(),
        ],
      },
    ],
  },
  {
    name: "billing",
    description:
      "The in-house billing service that invoices B2B and wholesale customers.",
    database: RAW_DATABASE,
    schema: "billing",
    loader: "airbyte",
    loadedAtField: "_airbyte_extracted_at",
    freshness: {
      warnAfter: { count: 6, period: "hour" },
      errorAfter: { count: 12, period: "hour" },
    },
    folder: "staging/billing",
    tables: [
      {
        name: "invoices",
        description:
          "One row per invoice the billing service issued, drafts included.",
        loadedMinutesAgo: 74,
        rowCount: 96_412,
        columns: [
          column("id", "integer"),
          column("customer_id", "integer"),
          column("status", "text"),
          column("currency", "text"),
          column("issued_at", "timestamp"),
          column("due_at", "timestamp"),
          loaderColumn("_airbyte_extracted_at"),
        ],
      },
      {
        name: "invoice_lines",
        description:
          "The lines of each invoice, with the ledger account they post to.",
        loadedMinutesAgo: 74,
        rowCount: 402_966,
        columns: [
          column("id", "integer"),
          column("invoice_id", "integer"),
          column("account_code", "text"),
          column("amount", "money"),
          column("tax_amount", "money"),
          loaderColumn("_airbyte_extracted_at"),
        ],
      },
    ],
  },
];

const STAGING: Pick<ModelSpec, "materialized" | "access" | "group" | "tags"> = {
  materialized: "view",
  access: "private",
  group: "finance_analytics",
  tags: ["staging"],
};

export const FINANCE_STAGING: ModelSpec[] = [
  {
    ...STAGING,
    folder: "staging/stripe",
    name: "stg_stripe__charges",
    description: "Successful and failed charges, amounts in currency units.",
    sql: `select
    id as charge_id,
    invoice as invoice_id,
    {{ cents_to_dollars('amount') }} as amount,
    upper(currency) as currency,
    status as charge_status,
    payment_method_type as payment_method,
    created as charged_at
from {{ source('stripe', 'charges') }}`,
    columns: [
      primaryKey("charge_id", "Stripe charge id."),
      column("invoice_id", "id"),
      column("amount", "money"),
      column("currency", "text"),
      column("charge_status", "text", "", {
        tests: [
          {
            kind: "accepted_values",
            values: ["succeeded", "failed", "pending"],
          },
        ],
      }),
      column("payment_method", "text"),
      column("charged_at", "timestamp"),
    ],
  },
  {
    ...STAGING,
    folder: "staging/stripe",
    name: "stg_stripe__refunds",
    description: "Refunds, amounts in currency units.",
    sql: `select
    id as refund_id,
    charge as charge_id,
    {{ cents_to_dollars('amount') }} as amount,
    reason,
    created as refunded_at
from {{ source('stripe', 'refunds') }}`,
    columns: [
      primaryKey("refund_id", "Stripe refund id."),
      foreignKey("charge_id", "The refunded charge.", {
        name: "stg_stripe__charges",
      }),
      column("amount", "money"),
      column("reason", "text"),
      column("refunded_at", "timestamp"),
    ],
  },
  {
    ...STAGING,
    folder: "staging/billing",
    name: "stg_billing__invoices",
    description: "Invoice headers from the billing service.",
    sql: `select
    cast(id as varchar) as invoice_id,
    cast(customer_id as varchar) as customer_id,
    lower(status) as invoice_status,
    upper(currency) as currency,
    issued_at,
    due_at
from {{ source('billing', 'invoices') }}`,
    columns: [
      primaryKey("invoice_id", "Primary key of the invoice."),
      column("customer_id", "id"),
      column("invoice_status", "text", "", { doc: "invoice_status" }),
      column("currency", "text"),
      column("issued_at", "timestamp"),
      column("due_at", "timestamp"),
    ],
  },
  {
    ...STAGING,
    folder: "staging/billing",
    name: "stg_billing__invoice_lines",
    description: "Invoice lines with the general-ledger account they post to.",
    sql: `select
    cast(id as varchar) as invoice_line_id,
    cast(invoice_id as varchar) as invoice_id,
    account_code,
    amount,
    tax_amount
from {{ source('billing', 'invoice_lines') }}`,
    columns: [
      primaryKey("invoice_line_id", "Primary key of the line."),
      foreignKey("invoice_id", "The invoice.", {
        name: "stg_billing__invoices",
      }),
      column("account_code", "text"),
      column("amount", "money"),
      column("tax_amount", "money"),
    ],
  },
];
