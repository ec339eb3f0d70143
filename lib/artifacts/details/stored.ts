import {
  NODE_DETAILS_VERSION,
  toDetailsKind,
  type DetailsOf,
  type NodeDetails,
  type NodeDetailsKind,
} from "../node-details";
import { parseNodeDetails } from "./parse";

/** Details with every field empty: what a node says when its manifest declares nothing. */
export function emptyNodeDetails(resourceType: string): NodeDetails {
  return parseNodeDetails(resourceType, {});
}

/**
 * A node's details as stored (the `details` column). The one reader of the
 * stored shape: a value of another version (or none, in a row stored before
 * details existed), or of another kind than the node's resource type, reads
 * as empty details, never as a misread.
 */
export function readStoredNodeDetails(
  stored: unknown,
  resourceType: string,
): NodeDetails {
  if (
    typeof stored === "object" &&
    stored !== null &&
    (stored as { version?: unknown }).version === NODE_DETAILS_VERSION &&
    (stored as { kind?: unknown }).kind === toDetailsKind(resourceType)
  )
    return stored as NodeDetails;
  return emptyNodeDetails(resourceType);
}

/** The stored details of a node known to be of `kind` (its query selected that resource type). */
export function readStoredDetailsOf<K extends NodeDetailsKind>(
  stored: unknown,
  kind: K,
): DetailsOf<K> {
  // Of this kind either way: the stored value matched it, or the empty one is built for it.
  return readStoredNodeDetails(stored, kind) as DetailsOf<K>;
}
