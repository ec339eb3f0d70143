import type { NodeRecord } from "@/lib/artifacts/types";

/**
 * The cross-project pair among the real fixtures was written by `dbt parse`,
 * so it has no compiled SQL. Its models use no Jinja beyond `config()` and
 * `ref()`, which compile to nothing and to the relation's name: this renders
 * exactly that, the way dbt would, and refuses any other Jinja.
 */
export function compileRefOnly(
  model: NodeRecord,
  nodes: readonly NodeRecord[],
): NodeRecord {
  const raw = model.rawCode ?? "";
  const compiled = raw
    .replace(/\{\{\s*config\([\s\S]*?\)\s*\}\}/g, "")
    .replace(/\{\{\s*ref\(([^)]*)\)\s*\}\}/g, (_, args: string) => {
      const names = [...args.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? "");
      const name = names.at(-1);
      const target = nodes.find(
        (n) =>
          n.resourceType === "model" &&
          n.name === name &&
          (names.length === 1 || n.packageName === names[0]),
      );
      if (!target?.relationName)
        throw new Error(`ref(${args}) names no node with a relation`);
      return target.relationName;
    });
  if (/\{\{|\{%/.test(compiled))
    throw new Error(`${model.uniqueId} has Jinja beyond config() and ref()`);
  return { ...model, compiledCode: compiled };
}
