import { buildRefSnippet } from "@/lib/mesh/ref-snippet";
import { compact, contractId, toSlaProperties, toTeam } from "./odcs";
import type { ProductVersion } from "./types";

/** The Open Data Product Standard version the catalog writes. */
export const ODPS_API_VERSION = "v1.0.0";

type Json = Record<string, unknown>;

/** A product's id: its project and model name, the same across versions. */
export function productId(project: string, name: string): string {
  return `${project}.${name}`;
}

/**
 * A data product as an Open Data Product Standard (v1.0) document: the
 * product, its owners as the team, one output port per version of its model
 * (each pointing at that version's ODCS contract), and its freshness SLA and
 * maturity as custom properties (ODPS has no field of its own for either).
 * `versions` lists every version, the latest among them.
 */
export function toOdpsProduct(versions: readonly ProductVersion[]): Json {
  const latest =
    versions.find((v) => v.isLatest) ?? versions[versions.length - 1];
  if (!latest) throw new Error("a data product has at least one version");
  const { project, model, maturity, sla } = latest.contract;
  const ref = buildRefSnippet({ project: project.name, ...model });
  const slaProperty = toSlaProperties(sla)[0];
  return compact({
    apiVersion: ODPS_API_VERSION,
    kind: "DataProduct",
    id: productId(project.name, model.name),
    name: model.name,
    version: model.version ?? "1",
    status: model.deprecationDate === null ? "active" : "deprecated",
    domain: project.name,
    description: compact({
      purpose: model.description,
      usage: `${ref.code} (${ref.scope.toLowerCase()})`,
    }),
    tags: [...model.tags],
    team: toTeam(latest.contract),
    outputPorts: versions.map(({ contract, isLatest }) =>
      compact({
        name: contract.model.name,
        version: contract.model.version ?? "1",
        type: contract.model.materialized === "view" ? "view" : "table",
        contractId: contractId(contract.model),
        description: contract.model.relationName ?? undefined,
        customProperties: [
          { property: "latest", value: isLatest },
          ...(contract.model.deprecationDate
            ? [
                {
                  property: "deprecationDate",
                  value: contract.model.deprecationDate,
                },
              ]
            : []),
        ],
      }),
    ),
    customProperties: [
      ...(maturity
        ? [
            { property: "maturityLevel", value: maturity.level ?? "none" },
            { property: "maturityScore", value: maturity.score },
          ]
        : []),
      ...(slaProperty
        ? [
            {
              property: "freshnessSla",
              value: slaProperty,
              description: "The freshness the product promises (ODCS latency)",
            },
          ]
        : []),
    ],
    productCreatedTs: project.generatedAt,
  });
}
