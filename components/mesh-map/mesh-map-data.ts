import { isProjectName } from "@/lib/artifacts/project-name";
import type { MeshMap } from "@/lib/mesh/lineage/mesh-map";
import type { ProjectMaturity } from "@/lib/score/project-maturity";

export type MaturityTone = "bronze" | "silver" | "gold" | "accent";

export type MeshProject = {
  name: string;
  models: number | null;
  publicModels: number | null;
  isExternal: boolean;
  producers: number;
  consumers: number;
  maturity: {
    products: number;
    averageScore: number;
    /** Null below the first level. */
    level: { id: string; title: string } | null;
    tone: MaturityTone | null;
  } | null;
};

export type MeshDependency = {
  producer: string;
  consumer: string;
  refs: number;
  unresolved: number;
  isTwoWay: boolean;
};

export type MeshMapData = {
  projects: MeshProject[];
  dependencies: MeshDependency[];
};

const TONES: readonly MaturityTone[] = ["bronze", "silver", "gold"];

/** The colour of a maturity level: the design system's own for bronze, silver and gold; accent for a level a policy named otherwise. */
export function toMaturityTone(levelId: string | null): MaturityTone | null {
  if (levelId === null) return null;
  return (TONES as readonly string[]).includes(levelId)
    ? (levelId as MaturityTone)
    : "accent";
}

/** The mesh map as the page draws it: each project with its maturity (none for projects without scored products). */
export function toMeshMapData(
  map: MeshMap,
  maturity: ReadonlyMap<string, ProjectMaturity>,
): MeshMapData {
  return {
    projects: map.projects.map((p) => {
      const m = maturity.get(p.name);
      return {
        ...p,
        maturity: m
          ? {
              products: m.products,
              averageScore: m.averageScore,
              level: m.level ? { id: m.level.id, title: m.level.title } : null,
              tone: toMaturityTone(m.level?.id ?? null),
            }
          : null,
      };
    }),
    dependencies: map.edges,
  };
}

/** The id of a dependency, as the canvas and the URL (`?edge=`) name it. */
export function toDependencyId(producer: string, consumer: string): string {
  return `${producer}~${consumer}`;
}

/** The producer and consumer an `?edge=` value names, when it names one. */
export function parseDependencyId(
  id: string | undefined,
): { producer: string; consumer: string } | null {
  const [producer, consumer, ...rest] = (id ?? "").split("~");
  if (rest.length > 0 || producer === undefined || consumer === undefined)
    return null;
  return isProjectName(producer) && isProjectName(consumer)
    ? { producer, consumer }
    : null;
}
