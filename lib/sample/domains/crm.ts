/**
 * crm: the lifecycle team's project, left behind when the team moved to the
 * marketing project. Its CI stopped uploading ten days ago, and it breaks
 * most of the mesh's rules, so the governance pages have something to show:
 * it reads platform's customer_ltv as a source instead of ref'ing it,
 * declares Segment's identifies table as marketing does, publishes a model
 * without an owner or a contract, keeps a version past its deprecation date,
 * and depends on sales as sales depends on it, model for model.
 */
import type { ModelSpec, ProjectSpec } from "../spec";
import { column, primaryKey } from "./columns";
import { ANALYTICS_DATABASE, OWNERS, RAW_DATABASE } from "./company";

const DAY_MINUTES = 24 * 60;

const ACCOUNTS_COLUMNS = [
  primaryKey("account_id", "One row per customer account.", {
    hasContract: true,
  }),
  column("customer_id", "id", "The platform customer behind the account."),
  column("lifecycle_stage", "text", "lead, customer or churned."),
];

const ACCOUNTS: Omit<ModelSpec, "version" | "sql" | "description"> = {
  name: "crm_accounts",
  folder: "marts",
  materialized: "table",
  access: "public",
  group: "lifecycle",
  hasContract: true,
  latestVersion: 2,
  columns: ACCOUNTS_COLUMNS,
  meta: { owner: OWNERS.crm.email },
};

export const CRM: ProjectSpec = {
  name: "crm",
  buildStartedMinutesAgo: 10 * DAY_MINUTES,
  database: ANALYTICS_DATABASE,
  targetSchema: "crm",
  groups: [
    {
      name: "lifecycle",
      owner: OWNERS.crm,
      description: "Lifecycle e-mail audiences (being retired).",
    },
  ],
  sources: [
    {
      name: "segment",
      description: "The storefront's identify calls, as Segment syncs them.",
      database: RAW_DATABASE,
      schema: "segment_storefront",
      loader: "segment",
      loadedAtField: "received_at",
      freshness: { warnAfter: { count: 1, period: "day" } },
      folder: "staging",
      tables: [
        {
          name: "identifies",
          description: "One row per identify call.",
          loadedMinutesAgo: 11 * DAY_MINUTES,
          columns: [column("user_id", "text"), column("email", "text")],
        },
      ],
    },
    {
      name: "platform_exports",
      description: "Customer value, read straight from the warehouse.",
      database: ANALYTICS_DATABASE,
      schema: "platform_marts",
      loader: "dbt",
      folder: "staging",
      tables: [
        {
          name: "customer_ltv",
          description: "Lifetime value per customer.",
          columns: [
            column("customer_id", "id"),
            column("lifetime_value", "money"),
          ],
        },
      ],
    },
  ],
  seeds: [],
  models: [
    {
      name: "stg_crm__contacts",
      folder: "staging",
      materialized: "view",
      access: "private",
      group: "lifecycle",
      description: "Identified storefront users with their value.",
      sql: `select i.user_id as contact_id, i.email, v.lifetime_value
from {{ source('segment', 'identifies') }} as i
left join {{ source('platform_exports', 'customer_ltv') }} as v
  on v.customer_id = i.user_id`,
      columns: [
        primaryKey("contact_id", "One row per identified user."),
        column("email", "text"),
        column("lifetime_value", "money"),
      ],
    },
    {
      name: "crm_contacts",
      folder: "marts",
      materialized: "table",
      access: "public",
      description: "Contacts with the opportunity sales has open for them.",
      sql: `select c.contact_id, c.email, o.opportunity_id
from {{ ref('stg_crm__contacts') }} as c
left join {{ ref('sales', 'opportunities') }} as o
  on o.contact_id = c.contact_id`,
      columns: [
        primaryKey("contact_id", "One row per contact."),
        column("email", "text"),
        column("opportunity_id", "id"),
      ],
    },
    {
      name: "crm_leads",
      folder: "marts",
      materialized: "table",
      access: "protected",
      wasPublic: true,
      group: "lifecycle",
      description:
        "Open leads. Public until the lifecycle team's move; protected since.",
      sql: `select contact_id as lead_id, email from {{ ref('stg_crm__contacts') }}`,
      columns: [
        primaryKey("lead_id", "One row per open lead."),
        column("email", "text"),
      ],
    },
    {
      ...ACCOUNTS,
      version: 1,
      deprecationInDays: -7,
      description:
        "Accounts as first modelled. Deprecated: v2 follows sales' opportunities.",
      sql: `select contact_id as account_id, contact_id as customer_id, 'lead' as lifecycle_stage
from {{ ref('stg_crm__contacts') }}`,
    },
    {
      ...ACCOUNTS,
      version: 2,
      description: "Customer accounts with their lifecycle stage.",
      sql: `select contact_id as account_id, contact_id as customer_id,
  case when opportunity_id is null then 'lead' else 'customer' end as lifecycle_stage
from {{ ref('crm_contacts') }}`,
    },
  ],
  snapshots: [],
  singularTests: [],
  unitTests: [],
  exposures: [],
  semanticModels: [],
  metrics: [],
  savedQueries: [],
  docs: [],
  macros: [],
  loom: { upstream: [{ project: "sales" }], external: [] },
};
