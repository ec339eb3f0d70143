/**
 * Resolves `ref()` and `source()` the way dbt does at parse time: an
 * unpinned ref to a versioned model means its latest version, and a
 * two-argument ref reaches another project's public models only.
 */
import type {
  Access,
  ExternalModelSpec,
  ProjectSpec,
  RefTarget,
} from "../spec";
import { formatRelationName, generateSchemaName } from "./warehouse";

export type RelationEntry = {
  resourceType: "model" | "seed" | "snapshot";
  project: string;
  name: string;
  uniqueId: string;
  version: number | null;
  latestVersion: number | null;
  database: string;
  schema: string;
  alias: string;
  /** Null for ephemeral models, which exist only as CTEs. */
  relationName: string | null;
  access: Access;
  /** Public when consumers last built (ModelSpec.wasPublic): refs to it still resolve. */
  wasPublic?: boolean;
  group: string | null;
};

export type ProjectIndex = {
  project: string;
  entries: RelationEntry[];
  /** The entries by name, all versions of a model together. */
  byName: Map<string, RelationEntry[]>;
};

export function createIndex(
  project: string,
  entries: RelationEntry[],
): ProjectIndex {
  const byName = new Map<string, RelationEntry[]>();
  for (const entry of entries) {
    const named = byName.get(entry.name);
    if (named) named.push(entry);
    else byName.set(entry.name, [entry]);
  }
  return { project, entries, byName };
}

export type MeshLookup = {
  getSpec: (project: string) => ProjectSpec | undefined;
  getIndex: (project: string) => ProjectIndex | undefined;
};

/** `model.<project>.<name>`, with `.v<N>` for a version. */
export function modelUniqueId(
  project: string,
  model: { name: string; version?: number },
): string {
  return `model.${project}.${model.name}${model.version === undefined ? "" : `.v${model.version}`}`;
}

/** The custom schema dbt derives from a model's top folder (staging, marts, ...). */
export function customSchemaOf(folder: string): string {
  return folder.split("/")[0] ?? folder;
}

/** Every relation a project defines, as other nodes can reference it. */
export function indexProject(spec: ProjectSpec): ProjectIndex {
  const project = spec.name;
  const schemaOf = (custom: string) =>
    generateSchemaName(spec.targetSchema, custom);
  const models = spec.models.map((model): RelationEntry => {
    const alias =
      model.version === undefined
        ? model.name
        : `${model.name}_v${model.version}`;
    const schema = schemaOf(customSchemaOf(model.folder));
    return {
      resourceType: "model",
      project,
      name: model.name,
      uniqueId: modelUniqueId(project, model),
      version: model.version ?? null,
      latestVersion: model.latestVersion ?? null,
      database: spec.database,
      schema,
      alias,
      relationName:
        model.materialized === "ephemeral"
          ? null
          : formatRelationName(spec.database, schema, alias),
      access: model.access,
      wasPublic: model.wasPublic ?? false,
      group: model.group ?? null,
    };
  });
  const seeds = spec.seeds.map((seed) =>
    plainEntry(spec, "seed", seed.name, schemaOf("seeds")),
  );
  const snapshots = spec.snapshots.map((snapshot) =>
    plainEntry(spec, "snapshot", snapshot.name, schemaOf("snapshots")),
  );
  return createIndex(project, [...models, ...seeds, ...snapshots]);
}

function plainEntry(
  spec: ProjectSpec,
  resourceType: "seed" | "snapshot",
  name: string,
  schema: string,
): RelationEntry {
  return {
    resourceType,
    project: spec.name,
    name,
    uniqueId: `${resourceType}.${spec.name}.${name}`,
    version: null,
    latestVersion: null,
    database: spec.database,
    schema,
    alias: name,
    relationName: formatRelationName(spec.database, schema, name),
    access: "protected",
    group: null,
  };
}

/** The entry for an external project's model, as dbt-loom injects it. */
export function externalEntry(model: ExternalModelSpec): RelationEntry {
  const suffix = model.version === undefined ? "" : `.v${model.version}`;
  const alias =
    model.version === undefined
      ? model.name
      : `${model.name}_v${model.version}`;
  return {
    resourceType: "model",
    project: model.project,
    name: model.name,
    uniqueId: `model.${model.project}.${model.name}${suffix}`,
    version: model.version ?? null,
    latestVersion: model.version ?? null,
    database: model.database,
    schema: model.schema,
    alias,
    relationName: formatRelationName(model.database, model.schema, alias),
    access: "public",
    group: null,
  };
}

/** Picks the entry a ref points at: the pinned version, else the latest one. */
export function pickEntry(
  index: ProjectIndex,
  target: RefTarget,
): RelationEntry | undefined {
  const named = index.byName.get(target.name) ?? [];
  if (target.version !== undefined)
    return named.find((entry) => entry.version === target.version);
  return (
    named.find((entry) => entry.version === entry.latestVersion) ?? named[0]
  );
}

function pickExternal(
  externals: ProjectIndex,
  project: string,
  target: RefTarget,
): RelationEntry | undefined {
  const entry = pickEntry(externals, target);
  return entry?.project === project ? entry : undefined;
}

export type Resolver = {
  ref: (target: RefTarget) => RelationEntry;
  source: (
    sourceName: string,
    table: string,
  ) => { uniqueId: string; relationName: string };
};

/** A resolver for refs written inside `spec`, reaching other projects through `mesh`. */
export function createResolver(
  spec: ProjectSpec,
  own: ProjectIndex,
  mesh: MeshLookup,
): Resolver {
  const externals = createIndex(
    "",
    (spec.loom?.external ?? []).flatMap((manifest) =>
      manifest.models.map(externalEntry),
    ),
  );
  const sourceTables = new Map(
    spec.sources.flatMap((source) =>
      source.tables.map(
        (table) => [`${source.name}.${table.name}`, { source, table }] as const,
      ),
    ),
  );
  const ref = (target: RefTarget): RelationEntry => {
    const project = target.project ?? spec.name;
    const meshIndex = project === spec.name ? own : mesh.getIndex(project);
    const entry = meshIndex
      ? pickEntry(meshIndex, target)
      : pickExternal(externals, project, target);
    if (!entry)
      throw new Error(`${spec.name}: unresolved ref ${JSON.stringify(target)}`);
    if (
      project !== spec.name &&
      entry.access !== "public" &&
      !entry.wasPublic
    ) {
      throw new Error(`${spec.name}: ref to non-public ${entry.uniqueId}`);
    }
    return entry;
  };
  const source = (sourceName: string, table: string) => {
    const found = sourceTables.get(`${sourceName}.${table}`);
    if (!found)
      throw new Error(`${spec.name}: unknown source ${sourceName}.${table}`);
    return {
      uniqueId: `source.${spec.name}.${sourceName}.${table}`,
      relationName: formatRelationName(
        found.source.database,
        found.source.schema,
        found.table.identifier ?? table,
      ),
    };
  };
  return { ref, source };
}
