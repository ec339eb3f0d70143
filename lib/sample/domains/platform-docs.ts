/**
 * platform's doc blocks, reused by column descriptions across its models.
 */
import type { DocSpec } from "../spec";

export const PLATFORM_DOCS: DocSpec[] = [
  {
    // dbt shows a project's own __overview__ block on its home page.
    name: "__overview__",
    folder: "overview",
    contents: `## Larkspur platform

The storefront's core data: **customers**, **orders** and **products**, as
the other domains consume them. Its public models are the contract the
finance and marketing projects build on.

- Start from \`fct_orders\` for anything about sales; join
  \`dim_customers\` for who bought and \`dim_products\` for what.
- Ask in **#data-platform**; the on-call rota is in the team handbook.`,
  },
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
];
