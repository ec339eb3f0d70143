/**
 * marketing: sessions, campaigns and attribution. Reads platform's orders
 * and customers, finance's revenue and the data science team's churn
 * scores (a project outside the mesh).
 */
import type { ModelSpec } from "../spec";
import { column, primaryKey } from "./columns";
import { ATTRIBUTION_MARTS } from "./marketing-attribution";
import { GROWTH_META, MART } from "./marketing-conventions";

export const MARKETING_INTERMEDIATE: ModelSpec[] = [
  {
    name: "int_sessions__sessionized",
    folder: "intermediate",
    materialized: "incremental",
    uniqueKey: "page_view_id",
    access: "protected",
    group: "growth",
    description:
      "Page views grouped into sessions: a new session starts after 30 minutes of inactivity.",
    sql: `{{ config(materialized='incremental', unique_key='page_view_id') }}

with pages as (

    select * from {{ ref('stg_segment__pages') }}
    {% if is_incremental() %}
    where viewed_at > (select dateadd(hour, -6, max(viewed_at)) from {{ this }})
    {% endif %}

),

gaps as (

    select
        *,
        {{ dbt.datediff('lag(viewed_at) over (partition by anonymous_id order by viewed_at)', 'viewed_at', 'minute') }} as minutes_since_previous
    from pages

)

select
    *,
    sum(case when minutes_since_previous is null or minutes_since_previous > 30 then 1 else 0 end)
        over (partition by anonymous_id order by viewed_at rows unbounded preceding) as session_number
from gaps`,
    columns: [
      primaryKey("page_view_id", "The page view."),
      column("anonymous_id", "text"),
      column("session_number", "integer"),
    ],
  },
];

export const MARKETING_MARTS: ModelSpec[] = [
  {
    ...MART,
    name: "fct_sessions",
    materialized: "incremental",
    uniqueKey: "session_id",
    hasContract: true,
    description:
      "One row per browsing session, with its landing page and campaign.",
    meta: { ...GROWTH_META, maturity: "high", contains_pii: false },
    grants: { select: ["marketing_analyst", "reporter"] },
    sql: `select
    {{ dbt_utils.generate_surrogate_key(['sessions.anonymous_id', 'sessions.session_number']) }} as session_id,
    sessions.anonymous_id,
    identifies.customer_id,
    min(sessions.viewed_at) as started_at,
    cast(min(sessions.viewed_at) as date) as session_date,
    count(*) as page_views,
    any_value(sessions.utm_source) as utm_source,
    any_value(sessions.utm_medium) as utm_medium,
    any_value(sessions.utm_campaign) as utm_campaign
from {{ ref('int_sessions__sessionized') }} as sessions
left join {{ ref('stg_segment__identifies') }} as identifies using (anonymous_id)
group by 1, 2, 3`,
    rowCount: 31_204_577,
    columns: [
      primaryKey("session_id", "Surrogate key of the session.", {
        hasContract: true,
      }),
      column("anonymous_id", "text", "Cookie id of the browser."),
      column(
        "customer_id",
        "id",
        "The customer, once the visitor logged in at least once.",
      ),
      column(
        "started_at",
        "timestamp",
        "First page view of the session (UTC).",
      ),
      column(
        "session_date",
        "date",
        "Day the session started, for partitioning.",
      ),
      column("page_views", "integer", "Pages viewed in the session."),
      column(
        "utm_source",
        "text",
        "utm_source of the landing page, lower-cased.",
      ),
      column(
        "utm_medium",
        "text",
        "Marketing channel from the landing page's `utm_medium`.",
      ),
      column(
        "utm_campaign",
        "text",
        "utm_campaign of the landing page: the campaign's name in the ad platform.",
      ),
    ],
  },
  {
    ...MART,
    name: "dim_campaigns",
    hasContract: true,
    description:
      "Paid campaigns, one row per campaign and ad platform, with their active dates and lifetime spend.",
    meta: { ...GROWTH_META, maturity: "high" },
    grants: { select: ["marketing_analyst", "finance_analyst", "reporter"] },
    sql: `select
    campaign_id,
    any_value(campaign_name) as campaign_name,
    'google_ads' as ad_platform,
    min(stat_date) as first_active_date,
    max(stat_date) as last_active_date,
    sum(spend) as lifetime_spend
from {{ ref('stg_google_ads__campaign_stats') }}
group by 1`,
    rowCount: 1_204,
    columns: [
      primaryKey("campaign_id", "Campaign id in the ad platform.", {
        hasContract: true,
      }),
      column("campaign_name", "text", "Name as set up in the ad platform."),
      column("ad_platform", "text", "Where the campaign runs: `google_ads`."),
      column("first_active_date", "date", "First day with spend."),
      column("last_active_date", "date", "Latest day with spend."),
      column(
        "lifetime_spend",
        "money",
        "Spend in USD since the campaign started.",
      ),
    ],
  },
  ...ATTRIBUTION_MARTS,
  {
    ...MART,
    name: "customer_segments",
    description:
      "Audience segments for lifecycle campaigns, combining customer value with the data science team's churn scores.",
    meta: { ...GROWTH_META, maturity: "medium", contains_pii: false },
    sql: `select
    customers.customer_id,
    customers.customer_segment,
    churn.churn_probability,
    case
        when churn.churn_probability >= 0.6 and customers.customer_segment in ('vip', 'repeat') then 'win_back'
        when customers.customer_segment = 'prospect' then 'nurture'
        else 'regular'
    end as audience
from {{ ref('platform', 'dim_customers') }} as customers
left join {{ ref('data_science', 'customer_churn_scores') }} as churn using (customer_id)
where customers.is_marketing_opt_in`,
    rowCount: 188_412,
    columns: [
      primaryKey("customer_id", "The customer."),
      column("customer_segment", "text"),
      column(
        "churn_probability",
        "float",
        "Probability the customer orders nothing in the next 90 days.",
      ),
      column("audience", "text", "", {
        tests: [
          {
            kind: "accepted_values",
            values: ["win_back", "nurture", "regular"],
          },
        ],
      }),
    ],
  },
  {
    name: "rpt_paid_social_weekly",
    folder: "marts",
    materialized: "table",
    access: "protected",
    group: "growth",
    description: "Weekly Meta ads spend for the paid social team.",
    sql: `select
    date_trunc('week', stat_date) as week,
    campaign_name,
    sum(spend) as spend,
    sum(impressions) as impressions
from {{ ref('stg_meta_ads__insights') }}
group by 1, 2`,
    columns: [
      column("week", "date", "", { tests: [{ kind: "not_null" }] }),
      column("campaign_name", "text"),
      column("spend", "money"),
      column("impressions", "integer"),
    ],
  },
];
