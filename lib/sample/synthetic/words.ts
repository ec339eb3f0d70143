/**
 * Vocabulary for synthetic projects, so that generated names and text read
 * like a company's data rather than `model_17`.
 */
export const DOMAINS = [
  "logistics",
  "inventory",
  "pricing",
  "support",
  "payroll",
  "procurement",
  "loyalty",
  "fraud",
  "search",
  "reviews",
  "returns",
  "partners",
  "subscriptions",
  "warehouse",
  "fleet",
  "content",
  "identity",
  "experiments",
  "forecasting",
  "compliance",
  "billing",
  "shipping",
  "catalog",
  "ads",
] as const;

export const ENTITIES = [
  "shipments",
  "parcels",
  "carriers",
  "routes",
  "stock_levels",
  "suppliers",
  "purchase_orders",
  "tickets",
  "agents",
  "refunds",
  "members",
  "rewards",
  "sessions",
  "queries",
  "listings",
  "contracts",
  "vehicles",
  "drivers",
  "articles",
  "accounts",
  "experiments",
  "assignments",
  "forecasts",
  "audits",
  "claims",
] as const;

export const ATTRIBUTES = [
  "status",
  "region",
  "channel",
  "priority",
  "category",
  "tier",
  "country_code",
  "currency",
  "source_system",
  "created_at",
  "updated_at",
  "closed_at",
  "amount",
  "quantity",
  "weight_kg",
  "duration_minutes",
  "score",
  "is_active",
  "is_test",
  "external_ref",
  "owner_team",
  "reason_code",
  "sla_breached",
  "cost",
  "margin",
] as const;

const PHRASES = [
  "deduplicated on the latest event per key",
  "late-arriving records are merged on the next run",
  "test accounts and internal traffic are excluded",
  "amounts are converted to USD at the daily rate",
  "timestamps are UTC",
  "one row per key and day",
  "backfilled from the legacy system before 2023",
  "soft-deleted records are kept with a flag",
  "joined to the reference data maintained by the domain team",
  "null values mean the upstream system did not report the field",
];

/** A paragraph of `length` characters or a little more, built from `pick`ed phrases. */
export function writeProse(
  subject: string,
  length: number,
  pick: (items: readonly string[]) => string,
): string {
  let text = `${subject}.`;
  while (text.length < length) text += ` ${capitalize(pick(PHRASES))}.`;
  return text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
