import { CircleDashed, Gauge, Medal } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Stat, StatGrid, type StatProps } from "@/components/ui/stat";
import type { ProjectScoreboard } from "@/lib/db/queries/scoreboard";
import { projectUrl } from "@/lib/urls";
import { getLevelTitle } from "../product/levels";
import { LevelDistribution } from "../product/level-distribution";
import { CommonFailures } from "./common-failures";
import { ProductsByLevel } from "./products-by-level";
import { ScoreTrend } from "./score-trend";

function toStatTone(level: string | null): StatProps["tone"] {
  return level === "bronze" || level === "silver" || level === "gold"
    ? level
    : "default";
}

/**
 * A project's scoreboard, for its domain team: how many products sit at each
 * level, how that moved across ingests, the rules most of them fail (and how
 * to fix them), and every product by level.
 */
export function ScoreboardView({ board }: { board: ProjectScoreboard }) {
  const { levels, products } = board;
  const best = [
    ...board.distribution.filter((d) => d.level !== null).reverse(),
    ...board.distribution.filter((d) => d.level === null),
  ];
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Mesh", href: "/" },
          { label: board.project, href: projectUrl(board.project) },
          { label: "Scoreboard" },
        ]}
        title={`${board.project} scoreboard`}
        description={`The maturity of ${board.project}'s data products, scored at every ingest by ${board.policySource || "the catalog's policy"}.`}
      />
      <div className="flex flex-col gap-10 *:min-w-0">
        <StatGrid label="Products by level">
          {best.map((d) => (
            <Stat
              key={d.level ?? "none"}
              icon={d.level === null ? CircleDashed : Medal}
              tone={toStatTone(d.level)}
              label={getLevelTitle(d.level, levels)}
              value={d.count}
            />
          ))}
          <Stat
            icon={Gauge}
            label="Average score"
            value={board.averageScore}
            hint="Out of 100"
          />
        </StatGrid>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 *:min-w-0">
          <Card>
            <CardHeader
              title="Distribution"
              description={`${products.length} data products`}
            />
            <CardBody className="flex flex-col gap-4">
              <LevelDistribution
                counts={board.distribution}
                levels={levels}
                label="Data products by level"
              />
              <dl className="flex flex-col gap-2 text-[13px]">
                {levels.map((level) => (
                  <div key={level.id}>
                    <dt className="font-medium text-fg">{level.title}</dt>
                    <dd className="text-fg-muted">{level.description}</dd>
                  </div>
                ))}
              </dl>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Trend across ingests" />
            <CardBody>
              <ScoreTrend trend={board.trend} levels={levels} />
            </CardBody>
          </Card>
        </div>
        <Section
          id="failing-rules"
          title="Most common failing rules"
          description="Fix these first: each one holds back several products."
        >
          <CommonFailures
            failures={board.commonFailures}
            total={products.length}
            levels={levels}
          />
        </Section>
        <Section
          id="products"
          title="Products by level"
          description="Best first; open a product for its evidence and what its next level needs."
        >
          <ProductsByLevel products={products} levels={levels} />
        </Section>
      </div>
    </>
  );
}
