import { z } from "zod";
import type { SavedQueryDetails } from "../node-details";
import {
  readArray,
  readCount,
  readFilters,
  readRecord,
  readText,
} from "./fields";

const exportSchema = z.object({
  name: z.string(),
  config: z.unknown().optional(),
});

/** A saved query's metrics, grouping, filters and the tables it exports to. */
export function readSavedQueryDetails(
  raw: Record<string, unknown>,
): SavedQueryDetails {
  const params = readRecord(raw.query_params);
  return {
    metrics: readArray(params.metrics, z.string()),
    groupBy: readArray(params.group_by, z.string()),
    where: readFilters(params.where),
    orderBy: readArray(params.order_by, z.string()),
    limit: readCount(params.limit),
    exports: readArray(raw.exports, exportSchema).map((e) => {
      const config = readRecord(e.config);
      const relation = [
        readText(config.database),
        readText(config.schema_name),
        readText(config.alias) ?? e.name,
      ].filter((part) => part !== null);
      return {
        name: e.name,
        exportAs: readText(config.export_as),
        relation: relation.join("."),
      };
    }),
  };
}
