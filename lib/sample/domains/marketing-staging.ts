/**
 * marketing: web events from Segment and ad platform spend, staged.
 */
import type { ModelSpec, SourceSpec } from "../spec";
import { column, loaderColumn, primaryKey } from "./columns";
import { RAW_DATABASE } from "./company";

export const META_ADS_ERROR =
  "002003 (02000): SQL compilation error:\n  Object 'RAW.AD_PLATFORMS.META_ADS_INSIGHTS' does not exist or not authorized.";

export const MARKETING_SOURCES: SourceSpec[] = [
  {
    name: "segment",
    description: "Storefront web and app events collected by Segment.",
    database: RAW_DATABASE,
    schema: "segment_storefront",
    loader: "segment",
    loadedAtField: "received_at",
    freshness: {
      warnAfter: { count: 2, period: "hour" },
      errorAfter: { count: 6, period: "hour" },
      filter: "received_at >= dateadd(day, -2, current_timestamp)",
    },
    meta: { owner: "growth-analytics@larkspur.example", contains_pii: true },
    folder: "staging/segment",
    tables: [
      {
        name: "pages",
        description: "One row per page view.",
        // The Segment warehouse sync runs every 3 hours on the current plan.
        loadedMinutesAgo: 3 * 60 + 12,
        rowCount: 98_112_450,
        columns: [
          column("id", "text", "Segment message id.", {
            tests: [{ kind: "not_null" }],
          }),
          column("anonymous_id", "text"),
          column("user_id", "text"),
          column("url", "text"),
          column("path", "text"),
          column("referrer", "text"),
          column("context_campaign_source", "text"),
          column("context_campaign_medium", "text"),
          column("context_campaign_name", "text"),
          column("timestamp", "timestamp"),
          column("received_at", "timestamp"),
        ],
      },
      {
        name: "identifies",
        description:
          "Links an anonymous visitor to a customer account when they log in.",
        loadedMinutesAgo: 48,
        rowCount: 6_402_118,
        columns: [
          column("anonymous_id", "text"),
          column("user_id", "text"),
          column("timestamp", "timestamp"),
          column("received_at", "timestamp"),
        ],
      },
    ],
  },
  {
    name: "ad_platforms",
    description:
      "Daily campaign statistics from the ad platforms, synced by Fivetran.",
    database: RAW_DATABASE,
    schema: "ad_platforms",
    loader: "fivetran",
    loadedAtField: "_fivetran_synced",
    freshness: {
      warnAfter: { count: 24, period: "hour" },
      errorAfter: { count: 48, period: "hour" },
    },
    folder: "staging/ad_platforms",
    tables: [
      {
        name: "google_ads_campaign_stats",
        description:
          "Daily spend, clicks and impressions per Google Ads campaign.",
        loadedMinutesAgo: 5 * 60,
        rowCount: 211_904,
        columns: [
          column("campaign_id", "text"),
          column("campaign_name", "text"),
          column("date", "date"),
          column("impressions", "integer"),
          column("clicks", "integer"),
          column("cost_micros", "integer"),
          loaderColumn(),
        ],
      },
      {
        name: "meta_ads_insights",
        freshnessError: `Database Error in source meta_ads_insights (models/staging/ad_platforms/_ad_platforms__sources.yml)\n  ${META_ADS_ERROR}`,
        columns: [
          column("ad_set_id", "text"),
          column("campaign_name", "text"),
          column("date_start", "date"),
          column("impressions", "integer"),
          column("spend", "money"),
          loaderColumn(),
        ],
      },
    ],
  },
];

const STAGING: Pick<ModelSpec, "materialized" | "access" | "group" | "tags"> = {
  materialized: "view",
  access: "private",
  group: "growth",
  tags: ["staging"],
};

export const MARKETING_STAGING: ModelSpec[] = [
  {
    ...STAGING,
    folder: "staging/segment",
    name: "stg_segment__pages",
    description:
      "Page views with campaign parameters. Bot traffic is filtered out upstream by Segment.",
    meta: { contains_pii: true },
    sql: `select
    id as page_view_id,
    anonymous_id,
    user_id as customer_id,
    url,
    path,
    referrer,
    lower(context_campaign_source) as utm_source,
    lower(context_campaign_medium) as utm_medium,
    context_campaign_name as utm_campaign,
    timestamp as viewed_at
from {{ source('segment', 'pages') }}`,
    columns: [
      primaryKey("page_view_id", "Segment message id."),
      column("anonymous_id", "text", "Cookie id of the browser."),
      column("customer_id", "id", "Set when the visitor was logged in."),
      column("url", "text"),
      column("path", "text"),
      column("referrer", "text"),
      column("utm_source", "text"),
      column("utm_medium", "text", "", {
        tests: [
          {
            kind: "accepted_values",
            values: ["cpc", "paid_social", "email", "affiliate", "organic"],
            severity: "warn",
            failures: 4,
          },
        ],
      }),
      column("utm_campaign", "text"),
      column("viewed_at", "timestamp"),
    ],
  },
  {
    ...STAGING,
    folder: "staging/segment",
    name: "stg_segment__identifies",
    description: "Latest customer account per anonymous id.",
    sql: `select
    anonymous_id,
    user_id as customer_id,
    timestamp as identified_at
from {{ source('segment', 'identifies') }}
qualify row_number() over (partition by anonymous_id order by timestamp desc) = 1`,
    columns: [
      primaryKey("anonymous_id", "Cookie id of the browser."),
      column("customer_id", "id"),
      column("identified_at", "timestamp"),
    ],
  },
  {
    ...STAGING,
    folder: "staging/ad_platforms",
    name: "stg_google_ads__campaign_stats",
    description: "Google Ads spend per campaign and day, in USD.",
    sql: `select
    campaign_id,
    campaign_name,
    date as stat_date,
    impressions,
    clicks,
    cost_micros / 1000000.0 as spend
from {{ source('ad_platforms', 'google_ads_campaign_stats') }}`,
    columns: [
      column("campaign_id", "id", "Google Ads campaign id.", {
        tests: [{ kind: "not_null" }],
      }),
      column("campaign_name", "text"),
      column("stat_date", "date"),
      column("impressions", "integer"),
      column("clicks", "integer"),
      column("spend", "money", "Spend in USD."),
    ],
  },
  {
    ...STAGING,
    folder: "staging/ad_platforms",
    name: "stg_meta_ads__insights",
    description: "Meta (Facebook, Instagram) ad set spend per day.",
    buildError: META_ADS_ERROR,
    sql: `select
    ad_set_id,
    campaign_name,
    date_start as stat_date,
    impressions,
    spend
from {{ source('ad_platforms', 'meta_ads_insights') }}`,
    columns: [
      column("ad_set_id", "id", "", { tests: [{ kind: "not_null" }] }),
      column("campaign_name", "text"),
      column("stat_date", "date"),
      column("impressions", "integer"),
      column("spend", "money"),
    ],
  },
];
