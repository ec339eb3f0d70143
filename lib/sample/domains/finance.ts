/**
 * finance: invoices, payments and revenue. Reads platform's customers and
 * orders; platform reads its invoices back.
 */
import type { ProjectSpec } from "../spec";
import { column } from "./columns";
import { ANALYTICS_DATABASE, BI_URL, OWNERS } from "./company";
import { FINANCE_INTERMEDIATE, FINANCE_MARTS } from "./finance-marts";
import { FINANCE_SOURCES, FINANCE_STAGING } from "./finance-staging";
import { CENTS_TO_DOLLARS, timeSpine } from "./shared";

const REVENUE_RECOGNITION = `Recognized revenue, one row per order or paid invoice.

Revenue is recognized following the [revenue recognition policy](https://wiki.larkspur.example/finance/rev-rec):

1. **Storefront** orders are recognized when they ship (\`order_status\` in \`shipped\`, \`completed\`).
2. **Wholesale** invoices are recognized when paid.
3. Refunds reduce revenue in the month they are issued, not retroactively.

| column | unit |
|---|---|
| \`gross_amount\` | order currency, before discounts |
| \`net_amount\` | order currency, after discounts, before tax |

To reconcile with the ledger:

\`\`\`sql
select date_trunc('month', revenue_date) as month, sum(net_amount)
from analytics.finance_marts.fct_revenue
group by 1
\`\`\``;

export const FINANCE: ProjectSpec = {
  name: "finance",
  buildStartedMinutesAgo: 70,
  database: ANALYTICS_DATABASE,
  targetSchema: "finance",
  groups: [
    {
      name: "finance_analytics",
      owner: OWNERS.finance,
      description: "Revenue, invoicing and payments; SOX-relevant models.",
    },
  ],
  sources: FINANCE_SOURCES,
  seeds: [
    {
      name: "gl_account_mapping",
      description:
        "Maps general-ledger account codes of the billing service to revenue streams.",
      csv: "account_code,account_name,revenue_stream\n4000,Product sales,wholesale\n4010,Shipping income,wholesale\n4100,Marketplace fees,wholesale\n4900,Other income,other\n",
      columns: [
        column("account_code", "text", "General-ledger account.", {
          tests: [{ kind: "unique" }, { kind: "not_null" }],
        }),
        column("account_name", "text"),
        column("revenue_stream", "text"),
      ],
    },
  ],
  models: [
    ...FINANCE_STAGING,
    ...FINANCE_INTERMEDIATE,
    ...FINANCE_MARTS,
    timeSpine("finance_analytics"),
  ],
  snapshots: [],
  singularTests: [
    {
      name: "assert_invoice_payments_reconcile",
      description:
        "Paid invoices must be covered by Stripe payments within one currency unit.",
      meta: { owner: "finance-analytics@larkspur.example" },
      failures: 3,
      sql: `select invoices.invoice_id
from {{ ref('fct_invoices') }} as invoices
left join {{ ref('fct_payments') }} as payments using (invoice_id)
where invoices.invoice_status = 'paid'
group by invoices.invoice_id, invoices.total_amount
having abs(coalesce(sum(payments.net_amount), 0) - invoices.total_amount) > 1`,
    },
  ],
  unitTests: [
    {
      name: "test_partial_refunds_are_subtracted",
      model: "int_payments__net_of_refunds",
      description:
        "Two partial refunds on one charge reduce its net amount; failed charges are dropped.",
      given: [
        {
          input: "ref('stg_stripe__charges')",
          rows: [
            {
              charge_id: "ch_1",
              invoice_id: null,
              amount: 100,
              currency: "USD",
              charge_status: "succeeded",
            },
            {
              charge_id: "ch_2",
              invoice_id: null,
              amount: 50,
              currency: "USD",
              charge_status: "failed",
            },
          ],
        },
        {
          input: "ref('stg_stripe__refunds')",
          rows: [
            { refund_id: "re_1", charge_id: "ch_1", amount: 20 },
            { refund_id: "re_2", charge_id: "ch_1", amount: 5 },
          ],
        },
      ],
      expect: [
        {
          charge_id: "ch_1",
          gross_amount: 100,
          refunded_amount: 25,
          net_amount: 75,
        },
      ],
    },
  ],
  exposures: [
    {
      name: "monthly_board_pack",
      label: "Monthly board pack",
      type: "dashboard",
      maturity: "high",
      owner: OWNERS.controller,
      url: `${BI_URL}/dashboards/88-board-pack`,
      description:
        "Revenue, margin and cash figures presented to the board every month.",
      dependsOn: [{ name: "fct_revenue" }, { name: "fct_payments" }],
      meta: { audience: "board", confidentiality: "restricted" },
    },
    {
      name: "revenue_forecast",
      label: "Revenue forecast",
      type: "ml",
      maturity: "low",
      owner: OWNERS.finance,
      description:
        "Weekly Prophet forecast of storefront and wholesale revenue, trained on recognized revenue and orders.",
      dependsOn: [
        { name: "fct_revenue" },
        { project: "platform", name: "fct_orders" },
      ],
    },
  ],
  semanticModels: [
    {
      name: "revenue",
      model: "fct_revenue",
      description: "Recognized revenue lines.",
      aggTimeDimension: "revenue_date",
      entities: [
        { name: "revenue_line", type: "primary", expr: "revenue_id" },
        { name: "customer", type: "foreign", expr: "customer_id" },
      ],
      dimensions: [
        { name: "revenue_date", type: "time" },
        { name: "revenue_stream", type: "categorical" },
      ],
      measures: [
        { name: "gross_revenue_amount", agg: "sum", expr: "gross_amount" },
        { name: "net_revenue_amount", agg: "sum", expr: "net_amount" },
      ],
    },
    {
      name: "payments",
      model: "fct_payments",
      description: "Card and wallet payments.",
      aggTimeDimension: "charged_at",
      entities: [{ name: "payment", type: "primary", expr: "charge_id" }],
      dimensions: [{ name: "charged_at", type: "time" }],
      measures: [
        { name: "payment_amount", agg: "sum", expr: "gross_amount" },
        { name: "refunded_amount", agg: "sum" },
      ],
    },
  ],
  metrics: [
    {
      name: "gross_revenue",
      label: "Gross revenue",
      description: "Revenue before discounts.",
      type: "simple",
      measure: "gross_revenue_amount",
    },
    {
      name: "net_revenue",
      label: "Net revenue",
      description: "Recognized revenue.",
      type: "simple",
      measure: "net_revenue_amount",
    },
    {
      name: "payments_collected",
      label: "Payments collected",
      description: "Succeeded charges.",
      type: "simple",
      measure: "payment_amount",
    },
    {
      name: "refunds",
      label: "Refunds",
      description: "Refunded amounts.",
      type: "simple",
      measure: "refunded_amount",
    },
    {
      name: "refund_rate",
      label: "Refund rate",
      description: "Refunds over payments collected.",
      type: "ratio",
      numerator: "refunds",
      denominator: "payments_collected",
    },
    {
      name: "discount_rate",
      label: "Discount rate",
      description: "Share of gross revenue not recognized.",
      type: "derived",
      expr: "1 - net / gross",
      metrics: [
        { name: "net_revenue", alias: "net" },
        { name: "gross_revenue", alias: "gross" },
      ],
    },
  ],
  savedQueries: [],
  docs: [
    {
      name: "revenue_recognition",
      folder: "marts",
      contents: REVENUE_RECOGNITION,
    },
    {
      name: "invoice_status",
      folder: "staging/billing",
      contents:
        "Billing status: `draft` (not sent), `open` (sent, unpaid), `paid`, `void` (cancelled) or `uncollectible` (written off).",
    },
  ],
  macros: [CENTS_TO_DOLLARS],
  loom: {
    upstream: [{ project: "platform", excludedPackages: ["finance"] }],
    external: [],
  },
};
