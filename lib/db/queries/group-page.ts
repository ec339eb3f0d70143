import "server-only";
import { compareCodePoints } from "@/lib/artifacts/code-point-order";
import { compareVersions } from "@/lib/artifacts/versions";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { readSummaries, type ProductSummary } from "./product-lists";
import { inSequence, readSnapshot } from "./read";
import { readProjectPolicy } from "./scores";

/** A model of the group that is not a data product. */
export type GroupModel = {
  name: string;
  version: string | null;
  access: string | null;
  materialized: string | null;
};

export type GroupPage = {
  project: string;
  name: string;
  description: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  products: ProductSummary[];
  /** The group's other models, by name (at most `OTHER_MODELS_LIMIT`). */
  otherModels: GroupModel[];
  otherModelCount: number;
  levels: PolicyLevel[];
};

const OTHER_MODELS_LIMIT = 100;

/**
 * A dbt group of a project: its owner, its data products best first, and
 * its other models. Null when the project neither declares the group nor
 * has a node in it.
 */
export function getGroupPage(
  project: string,
  group: string,
): Promise<GroupPage | null> {
  return readSnapshot(async (db) => {
    const projectRow = await db.project.findUnique({
      where: { name: project },
      select: { id: true },
    });
    if (!projectRow) return null;
    const where = {
      projectId: projectRow.id,
      groupName: group,
      resourceType: "model",
      isProduct: false,
    };
    const [declared, products, otherModels, otherModelCount, policy] =
      await inSequence(
        () =>
          db.group.findUnique({
            where: {
              projectId_name: { projectId: projectRow.id, name: group },
            },
            select: { description: true, ownerName: true, ownerEmail: true },
          }),
        () => readSummaries(db, { project, group }),
        () =>
          db.node.findMany({
            where,
            select: {
              name: true,
              version: true,
              access: true,
              materialized: true,
            },
            orderBy: [{ name: "asc" }, { version: "desc" }],
            take: OTHER_MODELS_LIMIT,
          }),
        () => db.node.count({ where }),
        () => readProjectPolicy(db, projectRow.id),
      );
    if (!declared && products.length === 0 && otherModelCount === 0)
      return null;
    return {
      project,
      name: group,
      description: declared?.description ?? null,
      ownerName: declared?.ownerName ?? null,
      ownerEmail: declared?.ownerEmail ?? null,
      products,
      // The database orders versions as text; dbt's order puts v10 after v9.
      otherModels: otherModels.sort(
        (a, b) =>
          compareCodePoints(a.name, b.name) ||
          compareVersions(b.version ?? "", a.version ?? ""),
      ),
      otherModelCount,
      levels: policy?.levels ?? [],
    };
  });
}
