/**
 * Conventions shared by marketing's marts: team meta and mart defaults.
 */
export const GROWTH_META = {
  owner: "growth-analytics@larkspur.example",
  domain: "marketing",
  sla: "daily by 08:00 UTC",
};
export const MART = {
  folder: "marts",
  materialized: "table",
  access: "public",
  group: "growth",
} as const;
