import fs from "node:fs";
import path from "node:path";
import { REAL_FIXTURES } from "./fixtures";

type RawManifest = {
  nodes: Record<
    string,
    { columns: Record<string, unknown>; [key: string]: unknown }
  >;
  [key: string]: unknown;
};

/** The real c24-workshops-sales manifest, parsed afresh (each caller edits its own copy). */
export function readSalesManifest(): RawManifest {
  return JSON.parse(
    fs.readFileSync(
      path.join(REAL_FIXTURES, "c24-workshops-sales/manifest.json"),
      "utf8",
    ),
  ) as RawManifest;
}

/**
 * The sales manifest after a pull request: `phone_number` dropped from the
 * public `dim_customers` v2 (the latest version, a breaking change), and a
 * `v3` of `ad_spend_per_adv` without `advertiser_count` added beside v1,
 * which stays the latest (not breaking).
 */
export function editSalesManifest(): RawManifest {
  const manifest = readSalesManifest();
  const dim = manifest.nodes["model.acme_sales.dim_customers.v2"];
  if (!dim) throw new Error("the fixture lost dim_customers v2");
  const { phone_number: _dropped, ...columns } = dim.columns;
  dim.columns = columns;
  const v2 = manifest.nodes["model.acme_sales.ad_spend_per_adv.v2"];
  if (!v2) throw new Error("the fixture lost ad_spend_per_adv v2");
  manifest.nodes["model.acme_sales.ad_spend_per_adv.v3"] = {
    ...v2,
    unique_id: "model.acme_sales.ad_spend_per_adv.v3",
    version: 3,
    alias: "ad_spend_per_adv_v3",
  };
  return manifest;
}
