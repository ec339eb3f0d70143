/**
 * marketing: attribution of platform's orders to sessions, and campaign
 * return on ad spend from finance's recognized revenue.
 */
import type { ModelSpec } from "../spec";
import { column, foreignKey, primaryKey } from "./columns";
import { GROWTH_META, MART } from "./marketing-conventions";

export const ATTRIBUTION_MARTS: ModelSpec[] = [
  {
    ...MART,
    name: "fct_attribution_touches",
    hasContract: true,
    constraints: [
      {
        type: "unique",
        columns: ["order_id", "session_id"],
        name: "uq_attribution_touches_order_session",
      },
    ],
    description: `Marketing touches that led to an order, with linear attribution weights.

Every session of the customer in the **30 days** before an order gets an equal share of it:
\`attribution_weight = 1 / touches_before_order\`.`,
    meta: { ...GROWTH_META, maturity: "medium", contains_pii: false },
    sql: `with orders as (

    select order_id, customer_id, ordered_at, net_amount
    from {{ ref('platform', 'fct_orders') }}

),

customers as (

    select customer_id, customer_segment
    from {{ ref('platform', 'dim_customers') }}

),

touches as (

    select
        orders.order_id,
        sessions.session_id,
        sessions.utm_medium,
        orders.net_amount,
        customers.customer_segment,
        count(*) over (partition by orders.order_id) as touches_before_order
    from orders
    inner join {{ ref('fct_sessions') }} as sessions
        on sessions.customer_id = orders.customer_id
        and sessions.started_at between dateadd(day, -30, orders.ordered_at) and orders.ordered_at
    left join customers on customers.customer_id = orders.customer_id

)

select
    {{ dbt_utils.generate_surrogate_key(['order_id', 'session_id']) }} as touch_id,
    order_id,
    session_id,
    utm_medium,
    customer_segment,
    1.0 / touches_before_order as attribution_weight,
    net_amount / touches_before_order as attributed_revenue
from touches`,
    rowCount: 4_420_981,
    columns: [
      primaryKey("touch_id", "Surrogate key of the touch.", {
        hasContract: true,
      }),
      column(
        "order_id",
        "id",
        "The attributed order, from platform's `fct_orders`.",
        { tests: [{ kind: "not_null" }] },
      ),
      foreignKey(
        "session_id",
        "The session that touched the order.",
        { name: "fct_sessions" },
        { failures: 12 },
      ),
      column("utm_medium", "text"),
      column("customer_segment", "text"),
      column(
        "attribution_weight",
        "float",
        "Share of the order credited to this touch, between 0 and 1.",
      ),
      column("attributed_revenue", "money"),
    ],
  },
  {
    ...MART,
    name: "campaign_roi",
    description: "Campaign ROI (draft).",
    meta: { ...GROWTH_META, maturity: "low" },
    sql: `with revenue as (

    select revenue_source_id as order_id, net_amount
    from {{ ref('finance', 'fct_revenue') }}
    where revenue_stream = 'storefront'

)

select
    campaigns.campaign_id,
    campaigns.campaign_name,
    campaigns.lifetime_spend,
    sum(touches.attribution_weight * revenue.net_amount) as attributed_net_revenue,
    sum(touches.attribution_weight * revenue.net_amount) / nullif(campaigns.lifetime_spend, 0) as return_on_ad_spend
from {{ ref('dim_campaigns') }} as campaigns
left join {{ ref('fct_sessions') }} as sessions on sessions.utm_campaign = campaigns.campaign_name
left join {{ ref('fct_attribution_touches') }} as touches on touches.session_id = sessions.session_id
left join revenue on revenue.order_id = touches.order_id
group by 1, 2, 3`,
    rowCount: 1_204,
    columns: [
      primaryKey("campaign_id", "The campaign."),
      column("campaign_name", "text"),
      column("lifetime_spend", "money"),
      column(
        "attributed_net_revenue",
        "money",
        "Recognized revenue (finance) credited to the campaign.",
      ),
      column("return_on_ad_spend", "float"),
    ],
  },
];
