import type { PolicyLevel } from "@/lib/score/policy-types";
import type { ProductScore, RuleResult } from "@/lib/score/types";

export type ScoredProject = {
  project: string;
  location: string;
  /** The artifact kinds that were read (manifest, run_results, ...). */
  artifacts: string[];
  products: ProductScore[];
};

export type ScoreRun = {
  policy: { source: string; levels: PolicyLevel[] };
  failUnder: string | null;
  projects: ScoredProject[];
};

export type BelowThreshold = {
  project: string;
  uniqueId: string;
  level: string | null;
};

/** Products whose level is under --fail-under (below the first level counts as under every level). */
export function findBelow(run: ScoreRun): BelowThreshold[] {
  if (run.failUnder === null) return [];
  const rank = (level: string | null) =>
    run.policy.levels.findIndex((l) => l.id === level);
  const threshold = rank(run.failUnder);
  return run.projects.flatMap((p) =>
    p.products
      .filter((product) => rank(product.level) < threshold)
      .map((product) => ({
        project: p.project,
        uniqueId: product.uniqueId,
        level: product.level,
      })),
  );
}

function levelName(level: string | null, levels: PolicyLevel[]): string {
  if (level === null)
    return `below ${levels[0]?.title.toLowerCase() ?? "the first level"}`;
  return levels.find((l) => l.id === level)?.title.toLowerCase() ?? level;
}

function productName(product: ProductScore): string {
  return product.version === null
    ? product.name
    : `${product.name} v${product.version}`;
}

function formatRule(rule: RuleResult): string[] {
  const mark = rule.severity === "warn" ? "!" : "✗";
  const severity = rule.severity === "warn" ? ", warn" : "";
  return [
    `      ${mark} ${rule.id} [${rule.level}${severity}] ${rule.title}`,
    `          ${rule.evidence}`,
    `          fix: ${rule.advice}`,
  ];
}

function formatProduct(product: ProductScore, levels: PolicyLevel[]): string[] {
  const lines = [
    `  ${productName(product)}: ${levelName(product.level, levels)}, score ${product.score}`,
  ];
  const blocking = new Set(product.nextLevel?.missing.map((m) => m.id) ?? []);
  const failing = product.rules.filter((r) => r.status === "fail");
  const needed = failing.filter((r) => blocking.has(r.id));
  const others = failing.filter((r) => !blocking.has(r.id));
  if (product.nextLevel && needed.length > 0)
    lines.push(
      `    to reach ${levelName(product.nextLevel.level, levels)}:`,
      ...needed.flatMap(formatRule),
    );
  if (others.length > 0)
    lines.push(
      needed.length > 0 ? "    also failing:" : "    failing:",
      ...others.flatMap(formatRule),
    );
  for (const rule of product.rules.filter((r) => r.status === "excepted"))
    lines.push(
      `      ~ ${rule.id} excepted until ${rule.exception?.expires ?? "?"}: ${rule.exception?.reason ?? ""}`,
    );
  for (const rule of product.rules.filter((r) => r.exception?.isExpired))
    lines.push(
      `      (the exception for ${rule.id} expired on ${rule.exception?.expires ?? "?"})`,
    );
  return lines;
}

function formatDistribution(
  products: ProductScore[],
  levels: PolicyLevel[],
): string {
  const counts = [...levels].reverse().map((level) => {
    const n = products.filter((p) => p.level === level.id).length;
    return `${level.title.toLowerCase()} ${n}`;
  });
  const below = products.filter((p) => p.level === null).length;
  return [...counts, `${levelName(null, levels)} ${below}`].join(", ");
}

function formatProject(
  project: ScoredProject,
  levels: PolicyLevel[],
): string[] {
  const count = project.products.length;
  const lines = [
    `${project.project} (${project.location}; ${project.artifacts.join(", ")})`,
    `  ${count} data product${count === 1 ? "" : "s"}: ${formatDistribution(project.products, levels)}`,
  ];
  if (count === 0) return [...lines, ""];
  lines.push(
    '  Offline, refs from other projects are unknown: "in use" counts this project\'s models and exposures.',
    "",
  );
  for (const product of project.products)
    lines.push(...formatProduct(product, levels), "");
  return lines;
}

/** The text report: every project and product, each failing rule with its evidence and advice, then the gate. */
export function formatScoreRun(run: ScoreRun): string {
  const { levels } = run.policy;
  const lines = [
    `Policy: ${run.policy.source} (levels: ${levels.map((l) => l.id).join(" < ")})`,
    "",
    ...run.projects.flatMap((p) => formatProject(p, levels)),
  ];
  if (run.failUnder !== null) {
    const below = findBelow(run);
    const threshold = levelName(run.failUnder, levels);
    lines.push(
      below.length === 0
        ? `Gate passed: every product is ${threshold} or better.`
        : `Gate failed: ${below.length} product${below.length === 1 ? " is" : "s are"} below ${threshold}: ${below.map((b) => b.uniqueId).join(", ")}`,
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
