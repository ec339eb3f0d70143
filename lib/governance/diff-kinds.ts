/** What a change does to consumers: breaks them, or adds, removes or changes something they can live with. */
export type ChangeCategory = "breaking" | "added" | "removed" | "changed";

export const CHANGE_CATEGORIES: readonly ChangeCategory[] = [
  "breaking",
  "added",
  "removed",
  "changed",
];

type KindRule = {
  /** Breaks consumers when the node is in scope (public, or read by another project). */
  canBreak: boolean;
  /** The category when it breaks nobody. */
  otherwise: Exclude<ChangeCategory, "breaking">;
  title: string;
};

/**
 * Every kind of change the diff reports, decided once: whether it can break
 * a consumer, and what it is when it does not (a private model's column
 * removed is a removal, a public one's breaks its readers).
 */
export const CHANGE_KINDS = {
  node_removed: { canBreak: true, otherwise: "removed", title: "Removed" },
  version_removed: {
    canBreak: true,
    otherwise: "removed",
    title: "Version removed",
  },
  column_removed: {
    canBreak: true,
    otherwise: "removed",
    title: "Column removed",
  },
  column_renamed: {
    canBreak: true,
    otherwise: "changed",
    title: "Column renamed",
  },
  column_type_changed: {
    canBreak: true,
    otherwise: "changed",
    title: "Data type changed",
  },
  constraint_dropped: {
    canBreak: true,
    otherwise: "removed",
    title: "Constraint dropped",
  },
  contract_dropped: {
    canBreak: true,
    otherwise: "changed",
    title: "Contract no longer enforced",
  },
  access_narrowed: {
    canBreak: true,
    otherwise: "changed",
    title: "Access narrowed",
  },
  latest_version_moved: {
    canBreak: true,
    otherwise: "changed",
    title: "Latest version moved",
  },
  relation_renamed: {
    canBreak: true,
    otherwise: "changed",
    title: "Relation renamed",
  },
  materialized_ephemeral: {
    canBreak: true,
    otherwise: "changed",
    title: "Made ephemeral",
  },
  node_added: { canBreak: false, otherwise: "added", title: "Added" },
  version_added: {
    canBreak: false,
    otherwise: "added",
    title: "Version added",
  },
  column_added: { canBreak: false, otherwise: "added", title: "Column added" },
  constraint_added: {
    canBreak: false,
    otherwise: "added",
    title: "Constraint added",
  },
  contract_enforced: {
    canBreak: false,
    otherwise: "changed",
    title: "Contract enforced",
  },
  access_widened: {
    canBreak: false,
    otherwise: "changed",
    title: "Access widened",
  },
  materialized_changed: {
    canBreak: false,
    otherwise: "changed",
    title: "Materialization changed",
  },
  deprecation_changed: {
    canBreak: false,
    otherwise: "changed",
    title: "Deprecation date changed",
  },
  description_changed: {
    canBreak: false,
    otherwise: "changed",
    title: "Description changed",
  },
  column_description_changed: {
    canBreak: false,
    otherwise: "changed",
    title: "Column description changed",
  },
} as const satisfies Record<string, KindRule>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

export const CHANGE_KIND_NAMES = Object.keys(CHANGE_KINDS) as ChangeKind[];
