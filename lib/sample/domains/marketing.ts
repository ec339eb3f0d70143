/**
 * marketing: the growth team's project. Depends on platform and finance
 * (and on data_science, which is not part of the mesh).
 */
import type { ProjectSpec } from "../spec";
import { column } from "./columns";
import { ANALYTICS_DATABASE, BI_URL, OWNERS } from "./company";
import { MARKETING_INTERMEDIATE, MARKETING_MARTS } from "./marketing-marts";
import { MARKETING_SOURCES, MARKETING_STAGING } from "./marketing-staging";
import { timeSpine } from "./shared";

export const MARKETING: ProjectSpec = {
  name: "marketing",
  buildStartedMinutesAgo: 45,
  database: ANALYTICS_DATABASE,
  targetSchema: "marketing",
  groups: [
    {
      name: "growth",
      owner: OWNERS.growth,
      description: "Acquisition, attribution and lifecycle audiences.",
    },
  ],
  sources: MARKETING_SOURCES,
  seeds: [
    {
      name: "channel_mapping",
      description: "Maps `utm_medium` values to reporting channels.",
      csv: "utm_medium,channel\ncpc,Paid search\npaid_social,Paid social\nemail,Email\naffiliate,Affiliates\norganic,Organic\n",
      columns: [
        column("utm_medium", "text", "", { tests: [{ kind: "unique" }] }),
        column("channel", "text"),
      ],
    },
  ],
  models: [
    ...MARKETING_STAGING,
    ...MARKETING_INTERMEDIATE,
    ...MARKETING_MARTS,
    timeSpine("growth"),
  ],
  snapshots: [],
  singularTests: [
    {
      name: "assert_attribution_weights_sum_to_one",
      description: "The touches of an order must share exactly one order.",
      severity: "warn",
      sql: `select order_id
from {{ ref('fct_attribution_touches') }}
group by order_id
having abs(sum(attribution_weight) - 1) > 0.0001`,
    },
  ],
  unitTests: [
    {
      name: "test_new_session_after_30_minutes",
      model: "int_sessions__sessionized",
      description:
        "A page view 31 minutes after the previous one starts a new session.",
      given: [
        {
          input: "ref('stg_segment__pages')",
          rows: [
            {
              page_view_id: "p1",
              anonymous_id: "a1",
              viewed_at: "2026-05-01 10:00:00",
            },
            {
              page_view_id: "p2",
              anonymous_id: "a1",
              viewed_at: "2026-05-01 10:20:00",
            },
            {
              page_view_id: "p3",
              anonymous_id: "a1",
              viewed_at: "2026-05-01 10:51:00",
            },
          ],
        },
      ],
      expect: [
        { page_view_id: "p1", session_number: 1 },
        { page_view_id: "p2", session_number: 1 },
        { page_view_id: "p3", session_number: 2 },
      ],
    },
  ],
  exposures: [
    {
      name: "campaign_performance",
      label: "Campaign performance",
      type: "dashboard",
      maturity: "medium",
      owner: OWNERS.growth,
      url: `${BI_URL}/dashboards/157-campaign-performance`,
      description:
        "Spend, sessions and return on ad spend per campaign, reviewed in the weekly growth meeting.",
      dependsOn: [
        { name: "campaign_roi" },
        { name: "fct_sessions" },
        { project: "finance", name: "fct_revenue" },
      ],
    },
    {
      name: "lifecycle_audience_sync",
      label: "Lifecycle audience sync",
      type: "application",
      maturity: "high",
      owner: OWNERS.crm,
      url: "https://reverse-etl.larkspur.example/syncs/lifecycle-audiences",
      description:
        "Syncs `customer_segments` to the email platform every morning; a broken sync stops win-back emails.",
      dependsOn: [{ name: "customer_segments" }],
      tags: ["reverse-etl"],
    },
  ],
  semanticModels: [
    {
      name: "sessions",
      model: "fct_sessions",
      description: "Browsing sessions.",
      aggTimeDimension: "session_date",
      entities: [
        { name: "session", type: "primary", expr: "session_id" },
        { name: "customer", type: "foreign", expr: "customer_id" },
      ],
      dimensions: [
        { name: "session_date", type: "time" },
        { name: "utm_medium", type: "categorical" },
      ],
      measures: [
        { name: "session_count", agg: "sum", expr: "1" },
        {
          name: "identified_session_count",
          agg: "sum",
          expr: "case when customer_id is not null then 1 else 0 end",
        },
      ],
    },
  ],
  metrics: [
    {
      name: "sessions",
      label: "Sessions",
      description: "Browsing sessions.",
      type: "simple",
      measure: "session_count",
    },
    {
      name: "identified_sessions",
      label: "Identified sessions",
      description: "Sessions of logged-in customers.",
      type: "simple",
      measure: "identified_session_count",
    },
    {
      name: "identification_rate",
      label: "Identification rate",
      description: "Share of sessions we can tie to a customer.",
      type: "ratio",
      numerator: "identified_sessions",
      denominator: "sessions",
    },
  ],
  savedQueries: [],
  docs: [],
  macros: [],
  loom: {
    upstream: [
      { project: "platform", excludedPackages: ["finance"] },
      { project: "finance", excludedPackages: ["platform"] },
    ],
    external: [
      {
        project: "data_science",
        url: "https://artifacts.larkspur.example/data-science/prod/manifest.json",
        isOptional: true,
        models: [
          {
            project: "data_science",
            name: "customer_churn_scores",
            database: "analytics",
            schema: "data_science_marts",
          },
        ],
      },
    ],
  },
};
