import { expectArtifact } from "./detect";
import { normalizeNode } from "./manifest-node";
import { manifestSchema, type RawManifest } from "./manifest-schema";
import { toTimestamp } from "./timestamp";
import type {
  DocBlockRecord,
  GroupRecord,
  NodeRecord,
  ParsedManifest,
} from "./types";
import { validateArtifact } from "./validate";

/** Sections of a manifest that hold resources, in the order they are read. */
const RESOURCE_SECTIONS = [
  "nodes",
  "sources",
  "exposures",
  "metrics",
  "semantic_models",
  "saved_queries",
  "unit_tests",
  "functions",
] as const satisfies readonly (keyof RawManifest)[];

/**
 * Parses a manifest of schema v4–v12 into the app's records. Refuses other
 * artifacts, older or newer schema versions, and wrong types in the fields the
 * catalog uses; tolerates every other field.
 */
export function parseManifest(file: string, doc: unknown): ParsedManifest {
  const schemaVersion = expectArtifact(file, doc, "manifest") ?? 0;
  const raw = validateArtifact(file, manifestSchema, doc);
  const warnings: string[] = [];
  const nodes: NodeRecord[] = [];
  const seen = new Set<string>();
  for (const section of RESOURCE_SECTIONS) {
    for (const node of Object.values(raw[section] ?? {})) {
      if (seen.has(node.unique_id)) {
        warnings.push(
          `${node.unique_id} appears twice in the manifest; the first one is kept`,
        );
        continue;
      }
      seen.add(node.unique_id);
      nodes.push(normalizeNode(node));
    }
  }
  const metadata = raw.metadata;
  return {
    metadata: {
      projectName: metadata.project_name ?? null,
      projectId: metadata.project_id ?? null,
      dbtVersion: metadata.dbt_version ?? null,
      schemaVersion,
      adapterType: metadata.adapter_type ?? null,
      generatedAt: toTimestamp(metadata.generated_at),
      invocationId: metadata.invocation_id ?? null,
    },
    nodes,
    groups: Object.values(raw.groups ?? {}).map((group): GroupRecord => ({
      uniqueId: group.unique_id ?? `group.${group.name}`,
      name: group.name,
      ownerName: group.owner?.name ?? null,
      ownerEmail: firstEmail(group.owner?.email),
      description: group.description ?? null,
    })),
    docBlocks: Object.values(raw.docs ?? {}).map((doc): DocBlockRecord => ({
      uniqueId: doc.unique_id ?? `doc.${doc.package_name ?? ""}.${doc.name}`,
      name: doc.name,
      packageName: doc.package_name ?? "",
      contents: doc.block_contents,
    })),
    macroCount: Object.keys(raw.macros ?? {}).length,
    disabledCount: Object.keys(raw.disabled ?? {}).length,
    warnings,
  };
}

function firstEmail(
  email: string | string[] | null | undefined,
): string | null {
  if (Array.isArray(email)) return email[0] ?? null;
  return email ?? null;
}
