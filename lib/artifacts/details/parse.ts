import {
  NODE_DETAILS_VERSION,
  toDetailsKind,
  type NodeDetails,
} from "../node-details";
import { readExposureDetails } from "./exposure-details";
import { readMetricDetails } from "./metric-details";
import { readSavedQueryDetails } from "./saved-query-details";
import { readSemanticModelDetails } from "./semantic-model-details";
import { readSourceDetails } from "./source-details";
import { readUnitTestDetails } from "./unit-test-details";

/**
 * A node's details from its manifest entry (or semantic_manifest.json's),
 * of any schema version: the fields its resource type has, normalized; every
 * field empty for an empty entry. The input is read, never changed.
 */
export function parseNodeDetails(
  resourceType: string,
  raw: Record<string, unknown>,
): NodeDetails {
  const base = { version: NODE_DETAILS_VERSION } as const;
  const kind = toDetailsKind(resourceType);
  switch (kind) {
    case "source":
      return { ...base, kind, ...readSourceDetails(raw) };
    case "exposure":
      return { ...base, kind, ...readExposureDetails(raw) };
    case "metric":
      return { ...base, kind, ...readMetricDetails(raw) };
    case "semantic_model":
      return { ...base, kind, ...readSemanticModelDetails(raw) };
    case "saved_query":
      return { ...base, kind, ...readSavedQueryDetails(raw) };
    case "unit_test":
      return { ...base, kind, ...readUnitTestDetails(raw) };
    case "model":
    case "seed":
    case "snapshot":
    case "test":
    case "analysis":
    case "operation":
    case "sql_operation":
    case "function":
    case "other":
      return { ...base, kind };
  }
}
