/**
 * A SQL list literal, `('test', 'unit_test')`, of vocabulary words from
 * lib/artifacts, so the SQL says exactly what the TypeScript says. Only for
 * those constants: anything that could come from outside is a parameter.
 */
export function toSqlList(values: readonly string[]): string {
  if (values.length === 0) throw new Error("an empty SQL list matches nothing");
  for (const value of values)
    if (!/^[a-z_ -]+$/.test(value))
      throw new Error(`"${value}" is not a vocabulary word`);
  return `(${values.map((value) => `'${value}'`).join(", ")})`;
}
