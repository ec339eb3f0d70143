/**
 * The fictional company behind the sample mesh: Larkspur, an online
 * outdoor-gear retailer whose data teams each own one dbt project.
 */
import type { Owner } from "../spec";

export const DOMAIN_EMAIL = "larkspur.example";

export const OWNERS = {
  coreCommerce: {
    name: "Core Commerce Data",
    email: `core-commerce-data@${DOMAIN_EMAIL}`,
  },
  merchandising: {
    name: "Catalog & Merchandising",
    email: `merch-data@${DOMAIN_EMAIL}`,
  },
  finance: {
    name: "Finance Analytics",
    email: `finance-analytics@${DOMAIN_EMAIL}`,
  },
  growth: {
    name: "Growth Marketing Analytics",
    email: `growth-analytics@${DOMAIN_EMAIL}`,
  },
  bi: { name: "Priya Raman", email: `priya.raman@${DOMAIN_EMAIL}` },
  controller: { name: "Tomasz Nowak", email: `tomasz.nowak@${DOMAIN_EMAIL}` },
  storefront: {
    name: "Storefront Engineering",
    email: `storefront-eng@${DOMAIN_EMAIL}`,
  },
  crm: { name: "Lifecycle Marketing", email: `lifecycle@${DOMAIN_EMAIL}` },
} satisfies Record<string, Owner>;

export const ANALYTICS_DATABASE = "analytics";
export const RAW_DATABASE = "raw";
export const BI_URL = "https://bi.larkspur.example";
