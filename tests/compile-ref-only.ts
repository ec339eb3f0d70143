import type { NodeRecord } from "@/lib/artifacts/types";

type Target = {
  resourceType: string;
  name: string;
  packageName: string;
  relationName: string | null;
};

/**
 * The cross-project pair among the real fixtures was written by `dbt parse`,
 * so it has no compiled SQL. Its models use no Jinja beyond `config()` and
 * `ref()`, which compile to nothing and to the relation's name: this renders
 * exactly that, the way dbt would, and refuses any other Jinja.
 */
function renderRefOnly(
  uniqueId: string,
  raw: string,
  targets: readonly Target[],
): string {
  const compiled = raw
    .replace(/\{\{\s*config\([\s\S]*?\)\s*\}\}/g, "")
    .replace(/\{\{\s*ref\(([^)]*)\)\s*\}\}/g, (_, args: string) => {
      const names = [...args.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? "");
      const name = names.at(-1);
      const target = targets.find(
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
    throw new Error(`${uniqueId} has Jinja beyond config() and ref()`);
  return compiled;
}

/** A parsed model with the compiled SQL dbt would have written. */
export function compileRefOnly(
  model: NodeRecord,
  nodes: readonly NodeRecord[],
): NodeRecord {
  return {
    ...model,
    compiledCode: renderRefOnly(model.uniqueId, model.rawCode ?? "", nodes),
  };
}

type RawNode = {
  resource_type: string;
  name: string;
  package_name: string;
  relation_name?: string | null;
  raw_code?: string;
  [key: string]: unknown;
};

/** A raw manifest whose `package`'s models carry the compiled SQL dbt would have written. */
export function compileRawManifest<
  T extends { nodes: Record<string, RawNode> },
>(manifest: T, pkg: string): T {
  const targets = Object.values(manifest.nodes).map((n) => ({
    resourceType: n.resource_type,
    name: n.name,
    packageName: n.package_name,
    relationName: n.relation_name ?? null,
  }));
  const nodes = Object.fromEntries(
    Object.entries(manifest.nodes).map(([id, n]) => [
      id,
      n.resource_type === "model" && n.package_name === pkg
        ? {
            ...n,
            compiled_code: renderRefOnly(id, n.raw_code ?? "", targets),
            compiled: true,
          }
        : n,
    ]),
  );
  return { ...manifest, nodes };
}
