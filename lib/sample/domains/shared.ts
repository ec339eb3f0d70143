/**
 * Pieces every sample project has: the semantic layer's time spine and
 * the cents_to_dollars macro.
 */
import type { MacroSpec, ModelSpec } from "../spec";
import { column } from "./columns";

export function timeSpine(group: string): ModelSpec {
  return {
    name: "metricflow_time_spine",
    folder: "utilities",
    materialized: "table",
    access: "private",
    group,
    description:
      "One row per day from 2018 to two years ahead, for MetricFlow.",
    sql: `with days as (

    select dateadd(day, seq4(), '2018-01-01'::date) as date_day
    from table(generator(rowcount => 3650))

)

select date_day from days`,
    timeSpine: { standardGranularityColumn: "date_day" },
    rowCount: 3_650,
    columns: [column("date_day", "date", "The day.")],
  };
}

export const CENTS_TO_DOLLARS: MacroSpec = {
  name: "cents_to_dollars",
  description:
    "Converts an integer amount of cents to a decimal amount with two places.",
  sql: "{% macro cents_to_dollars(column_name) -%}\n    round({{ column_name }} / 100.0, 2)\n{%- endmacro %}",
};
