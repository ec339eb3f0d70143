import { z } from "zod";
import { defineRuleKind, fail, listSome, pass } from "../rule-kind";

export const PUBLIC_ACCESS = defineRuleKind({
  id: "public-access",
  title: "Public access",
  defaultLevel: "bronze",
  advice:
    "Set `access: public` on the model (in its YAML properties or config) so that other projects can ref it.",
  params: z.object({}),
  check: ({ node }) =>
    node.access === "public"
      ? pass("access: public")
      : fail(
          `access: ${node.access ?? "not set"}; other projects cannot ref it`,
        ),
});

export const CONTRACT_ENFORCED = defineRuleKind({
  id: "contract-enforced",
  title: "Contract enforced",
  defaultLevel: "silver",
  advice:
    "Add `config: {contract: {enforced: true}}` and declare every column with its `data_type`; breaking changes then go through a new version and a deprecation.",
  params: z.object({}),
  check: ({ node }) => {
    if (!node.contractEnforced)
      return fail("no enforced contract: its shape can change under consumers");
    const typed = node.columns.filter((c) => c.dataType !== null).length;
    return pass(
      `contract enforced on ${typed} typed column${typed === 1 ? "" : "s"}`,
    );
  },
});

function readGrants(config: Record<string, unknown>): Map<string, string[]> {
  const grants = new Map<string, string[]>();
  const raw = config.grants;
  if (typeof raw !== "object" || raw === null) return grants;
  for (const [privilege, grantees] of Object.entries(raw)) {
    const list = (Array.isArray(grantees) ? grantees : [grantees]).filter(
      (g): g is string => typeof g === "string" && g.length > 0,
    );
    if (list.length > 0) grants.set(privilege.toLowerCase(), list);
  }
  return grants;
}

export const GRANTS_DEFINED = defineRuleKind({
  id: "grants-defined",
  title: "Access granted through grants",
  defaultLevel: "gold",
  advice:
    "Document who may read the product with `config: {grants: {select: [role, ...]}}`; dbt applies the grants on every build.",
  params: z.object({
    /** Privileges that must be granted to someone, e.g. [select]; empty: any grant will do. */
    privileges: z.array(z.string()).default([]),
  }),
  tighten: { privileges: "add" },
  check: ({ node }, { privileges }) => {
    const grants = readGrants(node.config);
    const missing = privileges.filter((p) => !grants.has(p.toLowerCase()));
    if (grants.size === 0) return fail("no `grants` in the model's config");
    const granted = [...grants]
      .map(([privilege, grantees]) => `${privilege}: ${listSome(grantees)}`)
      .join("; ");
    if (missing.length > 0)
      return fail(`${granted}; nothing granted for ${missing.join(", ")}`);
    return pass(granted);
  },
});

export const MATERIALIZED_AS_TABLE = defineRuleKind({
  id: "materialized-as-table",
  title: "Materialized as a table",
  defaultLevel: "gold",
  advice:
    "Materialize the product as a table (or incremental): consumers then read tested, settled data instead of re-running a view's logic.",
  params: z.object({
    materializations: z
      .array(z.string())
      .default([
        "table",
        "incremental",
        "materialized_view",
        "dynamic_table",
        "snapshot",
      ]),
  }),
  tighten: { materializations: "narrow" },
  check: ({ node }, { materializations }) => {
    const materialized = node.materialized ?? "view";
    return materializations.includes(materialized)
      ? pass(`materialized as ${materialized}`)
      : fail(`materialized as ${materialized}`);
  },
});

export const OPEN_TABLE_FORMAT = defineRuleKind({
  id: "open-table-format",
  title: "Open table format",
  defaultLevel: "gold",
  isEnabledByDefault: false,
  advice:
    "Set `table_format: iceberg` (or the adapter's `file_format`) so that engines other than the warehouse can read the product.",
  params: z.object({
    formats: z.array(z.string()).default(["iceberg", "delta", "hudi"]),
  }),
  tighten: { formats: "narrow" },
  check: ({ node }, { formats }) => {
    const format = [node.config.table_format, node.config.file_format].find(
      (v): v is string => typeof v === "string" && v.length > 0,
    );
    if (format === undefined)
      return fail("no `table_format` or `file_format` set");
    return formats.includes(format.toLowerCase())
      ? pass(`stored as ${format}`)
      : fail(`stored as ${format}, not one of ${formats.join(", ")}`);
  },
});
