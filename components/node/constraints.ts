import { z } from "zod";

// dbt writes constraints as objects; older manifests and hand-written YAML
// vary in which fields they carry, so every field but `type` is optional.
const constraintSchema = z.object({
  type: z.string(),
  name: z.string().nullish(),
  expression: z.string().nullish(),
  to: z.string().nullish(),
  to_columns: z.array(z.string()).nullish(),
  columns: z.array(z.string()).nullish(),
});

type Constraint = z.infer<typeof constraintSchema>;

function readConstraints(values: readonly unknown[]): Constraint[] {
  return values.flatMap((value) => {
    const parsed = constraintSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export type ColumnConstraints = {
  isPrimaryKey: boolean;
  /** Human labels of the other constraints: "not null", "check (amount >= 0)". */
  labels: string[];
};

function describe(constraint: Constraint): string {
  switch (constraint.type) {
    case "not_null":
      return "not null";
    case "unique":
      return "unique";
    case "primary_key":
      return "primary key";
    case "check":
      return constraint.expression
        ? `check (${constraint.expression})`
        : "check";
    case "foreign_key": {
      const target = constraint.to ?? constraint.expression;
      const columns = constraint.to_columns?.length
        ? ` (${constraint.to_columns.join(", ")})`
        : "";
      return target ? `references ${target}${columns}` : "foreign key";
    }
    default:
      return constraint.type.replaceAll("_", " ");
  }
}

/**
 * A column's constraints as the columns table shows them: whether it is
 * (part of) the primary key, declared on the column or on the model, and the
 * labels of its other constraints.
 */
export function describeColumnConstraints(
  columnName: string,
  columnConstraints: readonly unknown[],
  modelConstraints: readonly unknown[],
): ColumnConstraints {
  const own = readConstraints(columnConstraints);
  const name = columnName.toLowerCase();
  const onModel = readConstraints(modelConstraints).filter((c) =>
    c.columns?.some((column) => column.toLowerCase() === name),
  );
  const all = [...own, ...onModel];
  const labels = [
    ...new Set(
      all.filter((c) => c.type !== "primary_key").map((c) => describe(c)),
    ),
  ];
  return { isPrimaryKey: all.some((c) => c.type === "primary_key"), labels };
}

/** Constraints declared on the model over several columns, described for the model's facts. */
export function describeModelConstraints(
  modelConstraints: readonly unknown[],
): string[] {
  return readConstraints(modelConstraints).map((c) => {
    const columns = c.columns?.length ? ` on ${c.columns.join(", ")}` : "";
    return `${describe(c)}${columns}`;
  });
}
