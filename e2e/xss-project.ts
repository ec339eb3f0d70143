/**
 * A dbt project whose every text field is hostile: what anyone holding a
 * token could upload. The browser specs ingest it and visit its pages; any
 * payload that runs sets `window.__xss` or opens a dialog.
 */

export const XSS_PROJECT = "xss_lab";

const RUN = "window.__xss=1";

/** Payloads for text that is rendered as Markdown or shown as text. */
export const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r=1></circle></svg>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `[click me](javascript:${RUN})`,
  `[click me](jav&#x61;script:${RUN})`,
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `<a href="javascript:${RUN}">html link</a>`,
  `"><script>${RUN}</script>`,
  `<details open ontoggle="${RUN}">x</details>`,
  `![img](x" onerror="${RUN})`,
  `<style>body{display:none}</style><div style="background:url(javascript:${RUN})">styled</div>`,
  `{{ "<script>" }}${RUN}{{ "</script>" }}`,
];

const text = (label: string) => `${label}: ${PAYLOADS.join("\n\n")}`;
const hostile = `"><img src=x onerror="${RUN}">`;

/** The hostile group's owner name: it has an owner page of its own. */
export const HOSTILE_GROUP_OWNER = `<img src=x onerror="${RUN}">`;
/** The `meta.owner` of the hostile models: an owner page, and a mailto that must not be made of it. */
export const HOSTILE_META_OWNER = `${hostile}@example.com`;

/** Model names dbt allows in an identifier-quoting warehouse, each a trap for URLs. */
export const ODD_MODEL_NAMES = [
  "a<b",
  "o'neil",
  "in/out",
  "what?",
  "arr[0]",
  "50%",
];

type Json = Record<string, unknown>;

function model(name: string, dependsOn: string[]): Json {
  const uniqueId = `model.${XSS_PROJECT}.${name}`;
  return {
    unique_id: uniqueId,
    resource_type: "model",
    name,
    package_name: XSS_PROJECT,
    path: `marts/${name}.sql`,
    original_file_path: `models/marts/${name}.sql`,
    fqn: [XSS_PROJECT, "marts", name],
    description: text(`model ${name}`),
    access: "public",
    group: "hostile_group",
    database: "analytics",
    schema: `marts${hostile}`,
    alias: name,
    relation_name: `analytics.marts.${name}`,
    tags: [`<b>tag</b>${hostile}`, `javascript:${RUN}`],
    meta: {
      owner: HOSTILE_META_OWNER,
      sla: `<script>${RUN}</script>`,
      domain: text("meta"),
    },
    config: {
      materialized: "table",
      grants: { select: [`role${hostile}`] },
      meta: { contains_pii: hostile },
    },
    contract: { enforced: true },
    raw_code: `select 1 as id -- </script><script>${RUN}</script>`,
    compiled_code: `select 1 as id /* <img src=x onerror="${RUN}"> */`,
    language: "sql",
    columns: {
      id: {
        name: "id",
        description: text("column id"),
        data_type: `int${hostile}`,
        meta: {},
        tags: [hostile],
      },
      [`col${hostile}`]: {
        name: `col${hostile}`,
        description: text("odd column"),
        data_type: "text",
        meta: {},
        tags: [],
      },
    },
    depends_on: { nodes: dependsOn, macros: [] },
    refs: dependsOn.map((d) => ({
      name: d.split(".").at(-1),
      package: null,
      version: null,
    })),
    checksum: { name: "sha256", checksum: "0" },
    docs: { show: true },
  };
}

/** The hostile manifest (dbt 1.10, schema v12) as JSON text. */
export function buildXssManifest(): string {
  const first = model("hostile_orders", [`source.${XSS_PROJECT}.raw.events`]);
  const second = model("hostile_customers", [
    `model.${XSS_PROJECT}.hostile_orders`,
    "model.not_ingested.x",
  ]);
  const source = {
    unique_id: `source.${XSS_PROJECT}.raw.events`,
    resource_type: "source",
    name: "events",
    source_name: "raw",
    package_name: XSS_PROJECT,
    path: "models/sources.yml",
    original_file_path: "models/sources.yml",
    fqn: [XSS_PROJECT, "raw", "events"],
    description: text("source"),
    source_description: text("source block"),
    loader: hostile,
    identifier: "events",
    database: "raw",
    schema: "raw",
    relation_name: "raw.raw.events",
    freshness: {
      warn_after: { count: 1, period: "hour" },
      error_after: { count: 2, period: "hour" },
    },
    loaded_at_field: `loaded_at${hostile}`,
    columns: {},
    meta: { owner: hostile },
    tags: [hostile],
    config: {},
  };
  const test = {
    unique_id: `test.${XSS_PROJECT}.not_null_hostile_orders_id`,
    resource_type: "test",
    name: "not_null_hostile_orders_id",
    package_name: XSS_PROJECT,
    path: "not_null_hostile_orders_id.sql",
    original_file_path: "models/marts/schema.yml",
    fqn: [XSS_PROJECT, "not_null_hostile_orders_id"],
    description: text("test"),
    column_name: "id",
    attached_node: `model.${XSS_PROJECT}.hostile_orders`,
    test_metadata: {
      name: "not_null",
      kwargs: { column_name: "id", model: hostile },
      namespace: null,
    },
    depends_on: { nodes: [`model.${XSS_PROJECT}.hostile_orders`], macros: [] },
    config: { severity: hostile },
    tags: [],
    meta: {},
  };
  const exposure = {
    unique_id: `exposure.${XSS_PROJECT}.hostile_dashboard`,
    resource_type: "exposure",
    name: "hostile_dashboard",
    label: `Dashboard ${hostile}`,
    package_name: XSS_PROJECT,
    path: "exposures.yml",
    original_file_path: "models/exposures.yml",
    fqn: [XSS_PROJECT, "hostile_dashboard"],
    description: text("exposure"),
    type: "dashboard",
    maturity: hostile,
    url: `javascript:${RUN}`,
    owner: {
      name: `<script>${RUN}</script>`,
      email: `x@example.com" onmouseover="${RUN}`,
    },
    depends_on: {
      nodes: [`model.${XSS_PROJECT}.hostile_customers`],
      macros: [],
    },
    tags: [hostile],
    meta: { link: `javascript:${RUN}` },
    config: {},
  };
  const manifest = {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json",
      dbt_version: "1.10.0",
      generated_at: "2026-11-01T06:00:00Z",
      invocation_id: "00000000-0000-0000-0000-000000000000",
      project_name: XSS_PROJECT,
      adapter_type: `postgres${hostile}`,
    },
    nodes: {
      ...Object.fromEntries(
        ODD_MODEL_NAMES.map((name) => {
          const odd = model(name, [String(first.unique_id)]);
          return [String(odd.unique_id), odd];
        }),
      ),
      [String(first.unique_id)]: first,
      [String(second.unique_id)]: second,
      [test.unique_id]: test,
    },
    sources: { [source.unique_id]: source },
    exposures: { [exposure.unique_id]: exposure },
    metrics: {},
    groups: {
      [`group.${XSS_PROJECT}.hostile_group`]: {
        unique_id: `group.${XSS_PROJECT}.hostile_group`,
        name: "hostile_group",
        owner: {
          name: HOSTILE_GROUP_OWNER,
          email: `javascript:${RUN}`,
        },
        description: text("group"),
      },
    },
    docs: {
      [`doc.${XSS_PROJECT}.hostile`]: {
        unique_id: `doc.${XSS_PROJECT}.hostile`,
        name: "hostile",
        package_name: XSS_PROJECT,
        block_contents: text("doc block"),
      },
    },
    macros: {},
    disabled: {},
  };
  return JSON.stringify(manifest);
}
