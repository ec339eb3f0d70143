import type { GroupRecord } from "@/lib/artifacts/types";
import { detailsOfKind } from "@/lib/artifacts/node-details";
import type { SnapshotNode } from "@/lib/mesh/snapshot";
import { collectOwners } from "./owners";
import { splitIdentifier, splitWords } from "./text";

/** The text of one node that search indexes, before Postgres turns it into tsvectors. */
export type SearchDocumentText = {
  uniqueId: string;
  owners: string[];
  /** Name words and label: weight A. */
  nameText: string;
  /** Distinct words of the name and label, three letters or more: the typo vocabulary. */
  nameWords: string[];
  /** Tags and group: weight B. */
  tagText: string;
  /** Description: weight C. */
  descriptionText: string;
  /** Column names (split into words) and column descriptions. */
  columnText: string;
};

// Postgres refuses a tsvector over 1 MB; a doc block pasted into every
// column should not fail an ingest, and its tail adds nothing to a search.
const MAX_DESCRIPTION_CHARS = 20_000;
const MAX_COLUMN_TEXT_CHARS = 60_000;
// Shorter words are matched exactly; a typo in two letters is another word.
const MIN_VOCABULARY_WORD = 3;

/**
 * What search knows of a node: its name split into words (so `fct_orders`
 * is found by "orders"), label, tags, group, description, owners, and its
 * columns' names and descriptions.
 */
export function buildSearchDocument(
  node: SnapshotNode,
  groupsByName: ReadonlyMap<string, GroupRecord>,
): SearchDocumentText {
  const group = node.groupName
    ? (groupsByName.get(node.groupName) ?? null)
    : null;
  const nameText = [splitIdentifier(node.name), node.label ?? ""]
    .join(" ")
    .trim();
  const columnText = node.columns
    .map((column) => `${splitIdentifier(column.name)} ${column.description}`)
    .join("\n");
  return {
    uniqueId: node.uniqueId,
    owners: collectOwners({
      group,
      meta: node.meta,
      exposureOwner: detailsOfKind(node.details, "exposure")?.owner ?? null,
      directory: [...groupsByName.values()],
    }),
    nameText,
    nameWords: [...new Set(splitWords(nameText))].filter(
      (word) => word.length >= MIN_VOCABULARY_WORD,
    ),
    tagText: [...node.tags, node.groupName ?? ""].join(" ").trim(),
    descriptionText: node.description.slice(0, MAX_DESCRIPTION_CHARS),
    columnText: columnText.slice(0, MAX_COLUMN_TEXT_CHARS),
  };
}
