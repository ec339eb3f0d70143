import type { RuleKind } from "../rule-kind";
import {
  COLUMNS_DOCUMENTED,
  HAS_DESCRIPTION,
  UPSTREAM_SOURCES_DOCUMENTED,
} from "./documentation";
import { FRESHNESS_SLA_DEFINED, FRESHNESS_SLA_MET } from "./freshness";
import {
  CONTRACT_ENFORCED,
  GRANTS_DEFINED,
  MATERIALIZED_AS_TABLE,
  OPEN_TABLE_FORMAT,
  PUBLIC_ACCESS,
} from "./governance";
import { HAS_OWNER, METADATA_KEYS } from "./ownership";
import {
  PRIMARY_KEY_TESTED,
  TESTS_PASSING,
  UPSTREAM_TESTS_PASSING,
} from "./testing";
import { IN_USE } from "./usage";
import { VERSIONS_HYGIENE } from "./versions";

/** Every built-in check, in the order results list them. */
export const RULE_KINDS: readonly RuleKind[] = [
  PUBLIC_ACCESS,
  HAS_DESCRIPTION,
  HAS_OWNER,
  CONTRACT_ENFORCED,
  COLUMNS_DOCUMENTED,
  PRIMARY_KEY_TESTED,
  TESTS_PASSING,
  VERSIONS_HYGIENE,
  UPSTREAM_TESTS_PASSING,
  FRESHNESS_SLA_DEFINED,
  FRESHNESS_SLA_MET,
  METADATA_KEYS,
  GRANTS_DEFINED,
  UPSTREAM_SOURCES_DOCUMENTED,
  MATERIALIZED_AS_TABLE,
  IN_USE,
  OPEN_TABLE_FORMAT,
];

const BY_ID = new Map(RULE_KINDS.map((kind) => [kind.id, kind]));

export function findRuleKind(id: string): RuleKind | undefined {
  return BY_ID.get(id);
}
