import { z } from "zod";
import { expectArtifact } from "./detect";
import { toTimestamp } from "./timestamp";
import type { CatalogNodeRecord, ParsedCatalog } from "./types";
import { validateArtifact } from "./validate";

const text = z.string().nullish();
const stat = z.object({
  value: z.union([z.number(), z.string(), z.boolean()]).nullish(),
  label: text,
  include: z.boolean().nullish(),
});

const catalogTable = z.object({
  unique_id: text,
  metadata: z.object({ type: text, owner: text, comment: text }).nullish(),
  columns: z
    .record(
      z.string(),
      z.object({
        name: text,
        type: text,
        index: z.number().nullish(),
        comment: text,
      }),
    )
    .nullish(),
  stats: z.record(z.string(), stat).nullish(),
});

const catalogSchema = z.object({
  metadata: z.object({ generated_at: text, invocation_id: text }),
  nodes: z.record(z.string(), catalogTable).nullish(),
  sources: z.record(z.string(), catalogTable).nullish(),
  errors: z.array(z.string()).nullish(),
});

/** Stat ids adapters use for the row count and the size in bytes. */
const ROW_COUNT_STATS = ["row_count", "num_rows", "rows"];
const BYTES_STATS = ["bytes", "num_bytes", "size"];

/** Parses catalog.json (v1): warehouse column types and table stats per node and source. */
export function parseCatalog(file: string, doc: unknown): ParsedCatalog {
  expectArtifact(file, doc, "catalog");
  const raw = validateArtifact(file, catalogSchema, doc);
  const entries = [
    ...Object.entries(raw.nodes ?? {}),
    ...Object.entries(raw.sources ?? {}),
  ];
  return {
    generatedAt: toTimestamp(raw.metadata.generated_at),
    invocationId: raw.metadata.invocation_id ?? null,
    nodes: entries.map(([key, table]): CatalogNodeRecord => {
      const stats = Object.fromEntries(
        Object.entries(table.stats ?? {}).map(([id, s]) => [
          id,
          {
            label: s.label ?? id,
            value: s.value ?? null,
            include: s.include ?? true,
          },
        ]),
      );
      return {
        uniqueId: table.unique_id ?? key,
        tableType: table.metadata?.type ?? null,
        tableOwner: table.metadata?.owner ?? null,
        comment: table.metadata?.comment ?? null,
        rowCount: pickNumber(table.stats, ROW_COUNT_STATS),
        bytes: pickNumber(table.stats, BYTES_STATS),
        stats,
        columns: Object.entries(table.columns ?? {}).map(([name, column]) => ({
          name: column.name ?? name,
          type: column.type ?? null,
          index: column.index ?? null,
          comment: column.comment ?? null,
        })),
      };
    }),
    errors: raw.errors ?? [],
  };
}

function pickNumber(
  stats: Record<string, z.infer<typeof stat>> | null | undefined,
  ids: string[],
): number | null {
  for (const id of ids) {
    const value = stats?.[id]?.value;
    if (typeof value === "number" && Number.isFinite(value))
      return Math.round(value);
  }
  return null;
}
