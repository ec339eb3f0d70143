import type { ChangeKind } from "./diff-kinds";

/** A change found on one node, before it is judged breaking or not. */
export type NodeFinding = {
  kind: ChangeKind;
  column?: string;
  before?: string | null;
  after?: string | null;
};
