/**
 * The `macros` section: every macro some node depends on, so no
 * `depends_on.macros` entry dangles. Real manifests also carry hundreds
 * of unused dbt and adapter macros; parsers only need the used ones.
 */
import type { JsonObject } from "../serialize";
import type { MacroSpec } from "../spec";
import { NODE_DOCS } from "./node-context";

type KnownMacro = { path: string; sql: string; dependsOn?: string[] };

const KNOWN: Record<string, KnownMacro> = {
  "macro.dbt.test_unique": {
    path: "macros/generic_test_sql/unique.sql",
    sql: "{% test unique(model, column_name) %}\n    {% set macro = adapter.dispatch('test_unique', 'dbt') %}\n    {{ macro(model, column_name) }}\n{% endtest %}",
  },
  "macro.dbt.test_not_null": {
    path: "macros/generic_test_sql/not_null.sql",
    sql: "{% test not_null(model, column_name) %}\n    {% set macro = adapter.dispatch('test_not_null', 'dbt') %}\n    {{ macro(model, column_name) }}\n{% endtest %}",
  },
  "macro.dbt.test_accepted_values": {
    path: "macros/generic_test_sql/accepted_values.sql",
    sql: "{% test accepted_values(model, column_name, values, quote=True) %}\n    {% set macro = adapter.dispatch('test_accepted_values', 'dbt') %}\n    {{ macro(model, column_name, values, quote) }}\n{% endtest %}",
  },
  "macro.dbt.test_relationships": {
    path: "macros/generic_test_sql/relationships.sql",
    sql: "{% test relationships(model, column_name, to, field) %}\n    {% set macro = adapter.dispatch('test_relationships', 'dbt') %}\n    {{ macro(model, column_name, to, field) }}\n{% endtest %}",
  },
  "macro.dbt.get_where_subquery": {
    path: "macros/materializations/tests/where_subquery.sql",
    sql: "{% macro get_where_subquery(relation) -%}\n    {% do return(adapter.dispatch('get_where_subquery', 'dbt')(relation)) %}\n{%- endmacro %}",
  },
  "macro.dbt.is_incremental": {
    path: "macros/materializations/models/incremental/is_incremental.sql",
    sql: "{% macro is_incremental() %}\n    {#-- do not run introspective queries in parsing #}\n    {% if not execute %}\n        {{ return(False) }}\n    {% else %}\n        {% set relation = adapter.get_relation(this.database, this.schema, this.table) %}\n        {{ return(relation is not none\n                  and relation.type == 'table'\n                  and model.config.materialized == 'incremental'\n                  and not should_full_refresh()) }}\n    {% endif %}\n{% endmacro %}",
    dependsOn: ["macro.dbt.should_full_refresh"],
  },
  "macro.dbt.should_full_refresh": {
    path: "macros/materializations/configs.sql",
    sql: "{% macro should_full_refresh() %}\n  {% set config_full_refresh = config.get('full_refresh') %}\n  {% if config_full_refresh is none %}\n    {% set config_full_refresh = flags.FULL_REFRESH %}\n  {% endif %}\n  {% do return(config_full_refresh) %}\n{% endmacro %}",
  },
  "macro.dbt.datediff": {
    path: "macros/utils/datediff.sql",
    sql: "{% macro datediff(first_date, second_date, datepart) %}\n  {{ return(adapter.dispatch('datediff', 'dbt')(first_date, second_date, datepart)) }}\n{% endmacro %}",
  },
  "macro.dbt_utils.generate_surrogate_key": {
    path: "macros/sql/generate_surrogate_key.sql",
    sql: "{%- macro generate_surrogate_key(field_list) -%}\n    {{ return(adapter.dispatch('generate_surrogate_key', 'dbt_utils')(field_list)) }}\n{% endmacro %}",
  },
};

function packageOf(uniqueId: string): string {
  return uniqueId.split(".")[1] ?? "";
}

function nameOf(uniqueId: string): string {
  return uniqueId.split(".").slice(2).join(".");
}

/** The macro entries for `usedIds`, plus the project's own macros. */
export function buildMacrosSection(
  project: string,
  ownMacros: MacroSpec[],
  usedIds: Iterable<string>,
  createdAt: () => number,
): JsonObject {
  const section: JsonObject = {};
  const add = (
    uniqueId: string,
    path: string,
    sql: string,
    description: string,
    dependsOn: string[],
  ) => {
    section[uniqueId] = {
      name: nameOf(uniqueId),
      resource_type: "macro",
      package_name: packageOf(uniqueId),
      path,
      original_file_path: path,
      unique_id: uniqueId,
      macro_sql: sql,
      depends_on: { macros: dependsOn },
      description,
      meta: {},
      docs: NODE_DOCS,
      patch_path: null,
      arguments: [],
      created_at: createdAt(),
      supported_languages: null,
    };
  };
  for (const macro of ownMacros) {
    add(
      `macro.${project}.${macro.name}`,
      `macros/${macro.name}.sql`,
      macro.sql,
      macro.description ?? "",
      [],
    );
  }
  const pending = [...usedIds];
  while (pending.length > 0) {
    const id = pending.pop();
    if (id === undefined || id in section) continue;
    const known = KNOWN[id];
    if (!known) throw new Error(`no definition for macro ${id}`);
    add(id, known.path, known.sql, "", known.dependsOn ?? []);
    pending.push(...(known.dependsOn ?? []));
  }
  return section;
}
