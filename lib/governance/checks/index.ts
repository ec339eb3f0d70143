import type { CheckKind } from "../check-kind";
import { MODEL_CYCLE, PROJECT_CYCLE } from "./cycles";
import {
  PUBLIC_MODEL_CONTRACT,
  PUBLIC_MODEL_OWNER,
  PUBLIC_MODEL_TESTS_FAILING,
} from "./public-models";
import {
  DEPRECATED_REF,
  REF_NOT_PUBLIC,
  REF_PAST_DEPRECATION,
  UNPINNED_VERSIONED_REF,
} from "./refs";
import { DUPLICATE_SOURCE, HIDDEN_DEPENDENCY } from "./relations";
import { STALE_ARTIFACTS } from "./staleness";

/** Every built-in mesh-wide check, in the order reports list them. */
export const CHECK_KINDS: readonly CheckKind[] = [
  REF_NOT_PUBLIC,
  REF_PAST_DEPRECATION,
  DEPRECATED_REF,
  UNPINNED_VERSIONED_REF,
  HIDDEN_DEPENDENCY,
  DUPLICATE_SOURCE,
  PROJECT_CYCLE,
  MODEL_CYCLE,
  PUBLIC_MODEL_OWNER,
  PUBLIC_MODEL_CONTRACT,
  PUBLIC_MODEL_TESTS_FAILING,
  STALE_ARTIFACTS,
];

export function findCheckKind(id: string): CheckKind | undefined {
  return CHECK_KINDS.find((kind) => kind.id === id);
}
