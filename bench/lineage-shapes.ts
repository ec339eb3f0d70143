/**
 * Purpose-built projects for the browser lineage benchmarks, added to the
 * 100k-node mesh. The synthetic generator's cross-project refs go from a
 * project's top level to another's marts and never chain, so no view of it
 * reaches hundreds of nodes; these shapes do, by construction:
 *
 *   fan_hub.raw.orders ─► stg_orders ─► dim_hub (public)
 *     └─► fan_00..fan_19: 4 public "a" models each ref('fan_hub', 'dim_hub')
 *           └─► 5 "b" models per "a"; the first also refs the next fan's "a"
 *                 └─► 12 "c" models per "b"
 *
 *   lineage of dim_hub, 2 hops down:  80 a + 400 b + hub, stg, source = 483 nodes
 *   lineage of dim_hub, 3 hops down:  + 4,800 c                          = 5,283 nodes
 *
 * and small "mesh_NNN" projects (stg, a public dim, a fct that refs two other
 * mesh_NNN dims), enough to bring the mesh to 500 projects for the mesh map.
 */
import { buildProject, type SampleProject } from "@/lib/sample/build/project";
import {
  indexProject,
  type MeshLookup,
  type ProjectIndex,
} from "@/lib/sample/build/resolve";
import { DEFAULT_NOW } from "@/lib/sample";
import type { ModelSpec, ProjectSpec, RefTarget } from "@/lib/sample/spec";

export const FAN = { projects: 20, roots: 4, children: 5, grandchildren: 12 };
export const HUB_PROJECT = "fan_hub";
export const HUB_MODEL = `model.${HUB_PROJECT}.dim_hub`;

const fanName = (i: number) => `fan_${String(i).padStart(2, "0")}`;
const meshName = (i: number) => `mesh_${String(i).padStart(3, "0")}`;

function model(name: string, refs: RefTarget[], isPublic = false): ModelSpec {
  const ctes = refs.map((r, i) => {
    const args = r.project ? `'${r.project}', '${r.name}'` : `'${r.name}'`;
    return `p${i} as (select * from {{ ref(${args}) }})`;
  });
  return {
    name,
    folder: "marts",
    description: `${name}, for the lineage benchmarks.`,
    materialized: "view",
    access: isPublic ? "public" : "protected",
    sql: `with ${ctes.join(", ")} select id from p0`,
    columns: [{ name: "id", type: "id" }],
  };
}

function project(
  name: string,
  models: ModelSpec[],
  upstream: string[],
  sourceTable?: string,
): ProjectSpec {
  return {
    name,
    buildStartedMinutesAgo: 30,
    database: "analytics",
    targetSchema: name,
    groups: [],
    sources: sourceTable
      ? [
          {
            name: "raw",
            description: "Raw data.",
            database: "raw",
            schema: name,
            loader: "bench",
            folder: "staging",
            tables: [
              { name: sourceTable, columns: [{ name: "id", type: "id" }] },
            ],
          },
        ]
      : [],
    seeds: [],
    models,
    snapshots: [],
    singularTests: [],
    unitTests: [],
    exposures: [],
    semanticModels: [],
    metrics: [],
    savedQueries: [],
    docs: [],
    macros: [],
    ...(upstream.length > 0
      ? {
          loom: {
            upstream: [...new Set(upstream)].map((p) => ({ project: p })),
            external: [],
          },
        }
      : {}),
  };
}

function stagedFrom(table: string): ModelSpec {
  return {
    ...model(`stg_${table}`, []),
    sql: `select id from {{ source('raw', '${table}') }}`,
  };
}

function specHub(): ProjectSpec {
  return project(
    HUB_PROJECT,
    [stagedFrom("orders"), model("dim_hub", [{ name: "stg_orders" }], true)],
    [],
    "orders",
  );
}

function specFan(i: number): ProjectSpec {
  const name = fanName(i);
  const next = fanName((i + 1) % FAN.projects);
  const models: ModelSpec[] = [];
  for (let a = 0; a < FAN.roots; a++) {
    const root = `${name}_a${a}`;
    models.push(model(root, [{ project: HUB_PROJECT, name: "dim_hub" }], true));
    for (let b = 0; b < FAN.children; b++) {
      const child = `${root}_b${b}`;
      const refs: RefTarget[] = [{ name: root }];
      // Cross-project refs that chain: fan_01's b models read fan_02's a models.
      if (b === 0) refs.push({ project: next, name: `${next}_a${a}` });
      models.push(model(child, refs));
      for (let c = 0; c < FAN.grandchildren; c++)
        models.push(model(`${child}_c${c}`, [{ name: child }]));
    }
  }
  return project(name, models, [HUB_PROJECT, next]);
}

function specMeshProject(i: number, count: number): ProjectSpec {
  const name = meshName(i);
  const others = [(i + 1) % count, (i * 7 + 3) % count].filter((o) => o !== i);
  return project(
    name,
    [
      stagedFrom("events"),
      model(`dim_${name}`, [{ name: "stg_events" }], true),
      model(`fct_${name}`, [
        { name: `dim_${name}` },
        ...others.map((o) => ({
          project: meshName(o),
          name: `dim_${meshName(o)}`,
        })),
      ]),
    ],
    others.map(meshName),
    "events",
  );
}

/** The projects to add to a mesh of `existing` projects so that it holds `target`. */
export function* generateLineageShapes(options: {
  existing: number;
  target: number;
}): Generator<SampleProject> {
  const meshCount = Math.max(
    options.target - options.existing - 1 - FAN.projects,
    0,
  );
  const specs = new Map<string, ProjectSpec>();
  for (const spec of [
    specHub(),
    ...Array.from({ length: FAN.projects }, (_, i) => specFan(i)),
    ...Array.from({ length: meshCount }, (_, i) =>
      specMeshProject(i, meshCount),
    ),
  ])
    specs.set(spec.name, spec);
  const indexes = new Map<string, ProjectIndex>();
  const mesh: MeshLookup = {
    getSpec: (name) => specs.get(name),
    getIndex: (name) => {
      const spec = specs.get(name);
      if (!spec) return undefined;
      const index = indexes.get(name) ?? indexProject(spec);
      indexes.set(name, index);
      return index;
    },
  };
  for (const spec of specs.values())
    yield buildProject(spec, mesh, DEFAULT_NOW.getTime(), 11);
}
