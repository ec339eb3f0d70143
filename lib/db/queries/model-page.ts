import "server-only";
import type { ProjectPolicy } from "@/lib/score/policy-types";
import {
  DEFAULT_PRODUCT_SELECTOR,
  type ProductSelector,
} from "@/lib/score/products";
import { SLA_META_KEYS } from "@/lib/score/rules/freshness";
import { OWNER_META_KEYS } from "@/lib/score/rules/ownership";
import { readModel, type NodeDetail } from "./nodes";
import {
  readProductConsumers,
  type ProductConsumers,
} from "./product-consumers";
import { readProductUpstream, type ProductUpstream } from "./product-trust";
import { inSequence, readSnapshot, type Reader } from "./read";
import { readProductRuns, type ProductRuns } from "./run-history";
import {
  readProductScore,
  readProjectPolicy,
  readScoreHistory,
  type ProductScoreView,
  type ScorePoint,
} from "./scores";

/** What a data product's page shows beyond a model's: maturity, trust and use. */
export type ProductDetail = {
  /** Null only when the product was never scored (an ingest from before scoring). */
  score: ProductScoreView | null;
  history: ScorePoint[];
  upstream: ProductUpstream;
  consumers: ProductConsumers;
  /** Its tests over its last runs, and its build times. */
  runs: ProductRuns;
  /** `meta` keys the policy reads a freshness SLA from, in its order. */
  slaMetaKeys: string[];
  /** `meta` keys the policy reads owners from, in its order. */
  ownerMetaKeys: string[];
};

export type ModelPage = {
  model: NodeDetail;
  /** Null when the model is not a data product. */
  product: ProductDetail | null;
  /** What makes a model a data product in its project (for the other models' pages). */
  productSelector: ProductSelector;
};

export function readKeys(
  policy: ProjectPolicy | null,
  kind: string,
  fallback: readonly string[],
): string[] {
  const keys = policy?.rules.find((r) => r.kind === kind)?.params.meta_keys;
  return Array.isArray(keys)
    ? keys.filter((k): k is string => typeof k === "string")
    : [...fallback];
}

async function readProductDetail(
  db: Reader,
  model: NodeDetail,
  policy: ProjectPolicy | null,
): Promise<ProductDetail | null> {
  const rows = await db.node.findMany({
    where: {
      project: { name: model.project },
      resourceType: "model",
      name: model.name,
      packageName: model.packageName,
    },
    select: { id: true, uniqueId: true, projectId: true },
  });
  const own = rows.find((r) => r.uniqueId === model.uniqueId);
  if (!own) return null;
  const [score, history, upstream, consumers, runs] = await inSequence(
    () => readProductScore(db, model.project, model.uniqueId),
    () => readScoreHistory(db, model.project, model.uniqueId),
    () => readProductUpstream(db, own),
    () =>
      readProductConsumers(db, {
        project: model.project,
        versionIds: rows.map((r) => r.id),
      }),
    () => readProductRuns(db, { ...own, uniqueId: model.uniqueId }),
  );
  return {
    score,
    history,
    upstream,
    consumers,
    runs,
    slaMetaKeys: readKeys(policy, "freshness-sla-defined", SLA_META_KEYS),
    ownerMetaKeys: readKeys(policy, "has-owner", OWNER_META_KEYS),
  };
}

/**
 * A model's page in one snapshot: the model (the latest version unless one
 * is asked for) and, when it is a data product, its score and history, what
 * lies upstream of it in its project, and who uses it. Null when absent.
 */
export function getModelPage(
  project: string,
  name: string,
  version?: string,
): Promise<ModelPage | null> {
  return readSnapshot(async (db) => {
    const model = await readModel(db, project, name, version);
    if (!model) return null;
    const projectRow = await db.project.findUnique({
      where: { name: project },
      select: { id: true },
    });
    const policy = projectRow
      ? await readProjectPolicy(db, projectRow.id)
      : null;
    return {
      model,
      product: model.isProduct
        ? await readProductDetail(db, model, policy)
        : null,
      productSelector: policy?.products ?? DEFAULT_PRODUCT_SELECTOR,
    };
  });
}
