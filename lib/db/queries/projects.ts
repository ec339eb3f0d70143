import "server-only";
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
  /** Projects this one references. */
  upstream: ProjectDependency[];
  /** Projects that reference this one. */
  downstream: ProjectDependency[];
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
  return projects.map((p) => ({
    name: p.name,
    dbtVersion: p.dbtVersion,
    adapterType: p.adapterType,
    schemaVersion: p.schemaVersion,
    generatedAt: toIso(p.generatedAt),
    ingestedAt: p.ingestedAt.toISOString(),
    counts: asRecord(p.counts) as Record<string, number>,
    publicModels: publicByProject.get(p.id) ?? 0,
  }));
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

export type ProjectDetail = ProjectSummary & {
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
  const [packages, groups, runs] = await inSequence(
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
  );
  return {
    ...withDependencies(row, dependencies),
    packages,
    groups,
    recentIngests: runs.map((r) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
    })),
  };
}
