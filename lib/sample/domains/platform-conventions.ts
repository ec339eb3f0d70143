/**
 * Conventions shared by platform's models: team meta and mart defaults.
 */
export const COMMERCE_META = {
  owner: "core-commerce-data@larkspur.example",
  domain: "commerce",
  sla: "daily by 06:00 UTC",
};
export const MART = {
  folder: "marts",
  materialized: "table",
  access: "public",
  group: "core_commerce",
  hasContract: true,
} as const;
