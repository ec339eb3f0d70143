import "server-only";
import { compareVersions } from "@/lib/artifacts/versions";
import { findDeclaredSla } from "@/lib/score/freshness-criteria";
import { listOwners } from "@/lib/score/owners";
import { SLA_META_KEYS } from "@/lib/score/rules/freshness";
import { OWNER_META_KEYS } from "@/lib/score/rules/ownership";
import type { ContractInput, ProductVersion } from "@/lib/standards/types";
import { readKeys } from "./model-page";
import { readNode } from "./nodes";
import { readProductUpstream } from "./product-trust";
import { readSnapshot, type Reader } from "./read";
import { readProductScore, readProjectPolicy } from "./scores";

/** What a model's contract is built from, in the caller's snapshot; null unless it is a stored model. */
async function readContractInput(
  db: Reader,
  project: string,
  uniqueId: string,
): Promise<ContractInput | null> {
  const model = await readNode(db, project, uniqueId);
  if (!model || model.resourceType !== "model") return null;
  const [projectRow, stored] = [
    await db.project.findUnique({
      where: { name: project },
      select: { id: true, adapterType: true, generatedAt: true },
    }),
    await db.node.findFirst({
      where: { project: { name: project }, uniqueId },
      select: { id: true, projectId: true },
    }),
  ];
  if (!projectRow || !stored) return null;
  const policy = await readProjectPolicy(db, projectRow.id);
  const slaKeys = readKeys(policy, "freshness-sla-defined", SLA_META_KEYS);
  const ownerKeys = readKeys(policy, "has-owner", OWNER_META_KEYS);
  const score = model.isProduct
    ? await readProductScore(db, project, uniqueId)
    : null;
  const upstream = await readProductUpstream(db, stored);
  return {
    project: {
      name: project,
      adapterType: projectRow.adapterType,
      generatedAt: projectRow.generatedAt?.toISOString() ?? null,
    },
    model,
    group: model.group,
    owners: listOwners({ group: model.group, node: model }, ownerKeys),
    sla: findDeclaredSla(model, slaKeys),
    sourceFreshness: upstream.sources.map((s) => ({
      name: s.name,
      criteria: s.criteria,
    })),
    maturity: score ? { level: score.level, score: score.score } : null,
  };
}

/** A model's ODCS contract input (GET /api/v1/models/{id}/odcs); null when absent. */
export function getContractInput(
  project: string,
  uniqueId: string,
): Promise<ContractInput | null> {
  return readSnapshot((db) => readContractInput(db, project, uniqueId));
}

export type ProductVersions =
  | { status: "found"; versions: ProductVersion[] }
  | { status: "missing" }
  | { status: "not_a_product" };

/**
 * Every version of the data product a model (any of its versions) belongs
 * to, each with its contract input, in one snapshot, oldest version first.
 */
export function getProductVersions(
  project: string,
  uniqueId: string,
): Promise<ProductVersions> {
  return readSnapshot(async (db) => {
    const model = await readNode(db, project, uniqueId);
    if (!model || model.resourceType !== "model") return { status: "missing" };
    if (!model.isProduct) return { status: "not_a_product" };
    const listed =
      model.versions.length > 0
        ? model.versions
        : [{ uniqueId: model.uniqueId, isLatest: true }];
    const versions: ProductVersion[] = [];
    for (const entry of listed) {
      const contract = await readContractInput(db, project, entry.uniqueId);
      if (contract)
        versions.push({
          version: contract.model.version,
          isLatest: entry.isLatest,
          contract,
        });
    }
    versions.sort((a, b) => compareVersions(a.version ?? "", b.version ?? ""));
    return { status: "found", versions };
  });
}
