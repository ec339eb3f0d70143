import "server-only";
import { redactPaths } from "@/lib/artifacts/redact-paths";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { listDependencies, type ProjectDependency } from "./dependencies";
import { asRecord, inSequence, readSnapshot, toIso, type Reader } from "./read";

export type ProjectSummary = {
  name: string;
  dbtVersion: string | null;
  adapterType: string | null;
  schemaVersion: number | null;
  generatedAt: string | null;
  ingestedAt: string;
  /** Stored nodes by resource type. */
  counts: Record<string, number>;
  publicModels: number;
  /** Its data products by maturity level, as last scored. */
  products: ProductCounts;
  /** Projects this one references. */
  upstream: ProjectDependency[];
  /** Projects that reference this one. */
  downstream: ProjectDependency[];
};

export type ProductCounts = {
  total: number;
  /** Each level of the project's policy, lowest first, then those below the first (level null). */
  byLevel: { level: string | null; count: number }[];
  levels: PolicyLevel[];
};

export type MeshOverview = {
  projects: ProjectSummary[];
  dependencies: ProjectDependency[];
  /** Projects referenced by the mesh but never ingested. */
  externalProjects: string[];
};

/** The whole mesh: every project with its counts and who depends on whom. */
export function getMeshOverview(): Promise<MeshOverview> {
  return readSnapshot(async (db) => {
    const [projects, dependencies] = await inSequence(
      () => readProjects(db),
      () => listDependencies(db),
    );
    const known = new Set(projects.map((p) => p.name));
    return {
      projects: projects.map((p) => withDependencies(p, dependencies)),
      dependencies,
      externalProjects: [
        ...new Set(
          dependencies
            .map((d) => d.producer)
            .filter((name) => !known.has(name)),
        ),
      ].sort(),
    };
  });
}

export async function listProjects(): Promise<ProjectSummary[]> {
  return (await getMeshOverview()).projects;
}

type ProjectRow = Omit<ProjectSummary, "upstream" | "downstream">;

async function readProjects(db: Reader, name?: string): Promise<ProjectRow[]> {
  const [projects, publicCounts] = await inSequence(
    () =>
      db.project.findMany({
        where: name === undefined ? undefined : { name },
        orderBy: { name: "asc" },
        select: {
          name: true,
          dbtVersion: true,
          adapterType: true,
          schemaVersion: true,
          generatedAt: true,
          ingestedAt: true,
          counts: true,
          id: true,
        },
      }),
    () => db.$queryRaw<{ project_id: number; n: number }[]>`
      SELECT project_id, count(*)::int AS n FROM nodes
      WHERE resource_type = 'model' AND access = 'public' GROUP BY project_id`,
  );
  const publicByProject = new Map(publicCounts.map((r) => [r.project_id, r.n]));
  const products = await readProductCounts(
    db,
    projects.map((p) => p.id),
  );
  return projects.map((p) => ({
    name: p.name,
    dbtVersion: p.dbtVersion,
    adapterType: p.adapterType,
    schemaVersion: p.schemaVersion,
    generatedAt: toIso(p.generatedAt),
    ingestedAt: p.ingestedAt.toISOString(),
    counts: asRecord(p.counts) as Record<string, number>,
    publicModels: publicByProject.get(p.id) ?? 0,
    products: products.get(p.id) ?? { total: 0, byLevel: [], levels: [] },
  }));
}

/** Data products per project and level, in the order of each project's policy levels. */
async function readProductCounts(
  db: Reader,
  projectIds: number[],
): Promise<Map<number, ProductCounts>> {
  const [counts, policies] = await inSequence(
    () => db.$queryRaw<
      { project_id: number; level: string | null; n: number }[]
    >`
      SELECT project_id, level, count(*)::int AS n FROM product_scores
      WHERE project_id = ANY(${projectIds}::int[]) GROUP BY 1, 2`,
    () => db.$queryRaw<{ project_id: number; levels: PolicyLevel[] | null }[]>`
      SELECT project_id, policy -> 'levels' AS levels FROM score_policies
      WHERE project_id = ANY(${projectIds}::int[])`,
  );
  const result = new Map<number, ProductCounts>();
  for (const { project_id, levels } of policies) {
    const own = counts.filter((c) => c.project_id === project_id);
    const countOf = (level: string | null) =>
      own.find((c) => c.level === level)?.n ?? 0;
    const known = levels ?? [];
    result.set(project_id, {
      total: own.reduce((sum, c) => sum + c.n, 0),
      byLevel: [
        ...known.map((l) => ({ level: l.id, count: countOf(l.id) })),
        { level: null, count: countOf(null) },
      ],
      levels: known,
    });
  }
  return result;
}

function withDependencies(
  project: ProjectRow,
  dependencies: ProjectDependency[],
): ProjectSummary {
  return {
    ...project,
    upstream: dependencies.filter((d) => d.consumer === project.name),
    downstream: dependencies.filter((d) => d.producer === project.name),
  };
}

/** The doc block dbt Docs shows as a project's overview. */
const OVERVIEW_DOC_BLOCK = "__overview__";

export type ProjectDetail = ProjectSummary & {
  /** The project's own `__overview__` doc block (Markdown), as dbt Docs shows on its home page. */
  overview: string | null;
  packages: { name: string; nodeCount: number }[];
  groups: {
    name: string;
    ownerName: string | null;
    ownerEmail: string | null;
    description: string | null;
  }[];
  recentIngests: {
    status: string;
    origin: string;
    startedAt: string;
    durationMs: number;
    error: string | null;
  }[];
};

/** One project: its summary, installed packages, groups with owners and its last ingests. */
export function getProject(name: string): Promise<ProjectDetail | null> {
  return readSnapshot((db) => readProjectDetail(db, name));
}

/** `getProject` inside a caller's snapshot. */
export async function readProjectDetail(
  db: Reader,
  name: string,
): Promise<ProjectDetail | null> {
  const [rows, dependencies] = await inSequence(
    () => readProjects(db, name),
    () => listDependencies(db),
  );
  const row = rows[0];
  if (!row) return null;
  const [packages, groups, runs, overview] = await inSequence(
    () =>
      db.package.findMany({
        where: { project: { name } },
        orderBy: { name: "asc" },
        select: { name: true, nodeCount: true },
      }),
    () =>
      db.group.findMany({
        where: { project: { name } },
        orderBy: { name: "asc" },
        select: {
          name: true,
          ownerName: true,
          ownerEmail: true,
          description: true,
        },
      }),
    () =>
      db.ingestRun.findMany({
        where: { projectName: name },
        orderBy: { startedAt: "desc" },
        take: 5,
        select: {
          status: true,
          origin: true,
          startedAt: true,
          durationMs: true,
          error: true,
        },
      }),
    // The project's own block only: dbt's default one is its generic welcome.
    () =>
      db.docBlock.findFirst({
        where: {
          project: { name },
          name: OVERVIEW_DOC_BLOCK,
          packageName: name,
        },
        select: { contents: true },
      }),
  );
  return {
    ...withDependencies(row, dependencies),
    overview: overview?.contents.trim() || null,
    packages,
    groups,
    recentIngests: runs.map((r) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
      error: r.error === null ? null : redactPaths(r.error),
    })),
  };
}
