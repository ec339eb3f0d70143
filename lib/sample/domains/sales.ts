/**
 * sales: the inside-sales team's project, new to the mesh. It builds on
 * crm's accounts, still pinned to the version crm has since deprecated, and
 * reads crm's leads, which crm has since made protected.
 */
import type { ProjectSpec } from "../spec";
import { column, primaryKey } from "./columns";
import { ANALYTICS_DATABASE, DOMAIN_EMAIL, RAW_DATABASE } from "./company";

const SALES_OWNER = {
  name: "Inside Sales Ops",
  email: `sales-ops@${DOMAIN_EMAIL}`,
};

export const SALES: ProjectSpec = {
  name: "sales",
  buildStartedMinutesAgo: 30,
  database: ANALYTICS_DATABASE,
  targetSchema: "sales",
  groups: [
    {
      name: "inside_sales",
      owner: SALES_OWNER,
      description: "Pipeline and quotas.",
    },
  ],
  sources: [
    {
      name: "salesforce",
      description: "Salesforce objects, synced by Fivetran every hour.",
      database: RAW_DATABASE,
      schema: "salesforce",
      loader: "fivetran",
      loadedAtField: "_fivetran_synced",
      freshness: { warnAfter: { count: 2, period: "hour" } },
      folder: "staging",
      tables: [
        {
          name: "opportunity",
          description: "One row per Salesforce opportunity.",
          loadedMinutesAgo: 40,
          columns: [column("id", "text"), column("stage_name", "text")],
        },
      ],
    },
  ],
  seeds: [],
  models: [
    {
      name: "opportunities",
      folder: "marts",
      materialized: "table",
      access: "public",
      group: "inside_sales",
      hasContract: true,
      description: "Open opportunities, one per account being worked.",
      sql: `select account_id as opportunity_id, account_id as contact_id, lifecycle_stage
from {{ ref('crm', 'crm_accounts') }}
where lifecycle_stage = 'lead'`,
      columns: [
        primaryKey("opportunity_id", "One row per opportunity.", {
          hasContract: true,
        }),
        column("contact_id", "id", "", { constraints: [{ type: "not_null" }] }),
        column("lifecycle_stage", "text"),
      ],
    },
    {
      name: "pipeline",
      folder: "marts",
      materialized: "table",
      access: "public",
      group: "inside_sales",
      hasContract: true,
      description: "The sales pipeline: accounts and the leads still to call.",
      sql: `select a.account_id, l.lead_id
from {{ ref('crm', 'crm_accounts', v=1) }} as a
left join {{ ref('crm', 'crm_leads') }} as l
  on l.lead_id = a.account_id`,
      columns: [
        primaryKey("account_id", "One row per account.", { hasContract: true }),
        column("lead_id", "id", "", {
          tests: [{ kind: "not_null", failures: 12 }],
          constraints: [],
        }),
      ],
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
  loom: { upstream: [{ project: "crm" }], external: [] },
};
