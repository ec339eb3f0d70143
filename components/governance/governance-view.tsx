import {
  CircleAlert,
  ShieldCheck,
  ShieldOff,
  TriangleAlert,
} from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Stat, StatGrid } from "@/components/ui/stat";
import type { GovernanceView as View } from "@/lib/db/queries/governance";
import type { Violation } from "@/lib/governance/types";
import { governanceUrl, projectUrl } from "@/lib/urls";
import { CheckViolations } from "./check-violations";
import { GovernanceTrend } from "./governance-trend";

function groupByCheck(violations: Violation[]): Violation[][] {
  const groups = new Map<string, Violation[]>();
  for (const v of violations)
    groups.set(v.check, [...(groups.get(v.check) ?? []), v]);
  return [...groups.values()];
}

/**
 * The mesh-wide checks as the platform team (or one domain team) reads
 * them: how many errors and warnings the latest run found, what turns into
 * an error soon, the trend across ingests, and every violation by check with
 * its node, owners, fix and any exception.
 */
export function GovernanceView({
  view,
  project,
}: {
  view: View | null;
  project?: string;
}) {
  const subject = project ?? "the mesh";
  const breadcrumbs = project
    ? [
        { label: "Mesh", href: "/" },
        { label: project, href: projectUrl(project) },
        { label: "Governance" },
      ]
    : [{ label: "Mesh", href: "/" }, { label: "Governance" }];
  const header = (
    <PageHeader
      breadcrumbs={breadcrumbs}
      title={project ? `${project} governance` : "Governance"}
      description={`Mesh-wide checks of ${subject}: cross-project refs, hidden dependencies, cycles, owners, contracts, tests and stale artifacts, run after every ingest.${view ? ` Policy: ${view.run.policySource}.` : ""}`}
    />
  );
  if (!view)
    return (
      <>
        {header}
        <EmptyState
          icon={ShieldCheck}
          title="No checks have run yet"
          description="The checks run after every ingest: ingest a project to see them."
        />
      </>
    );
  const soon = view.violations.filter((v) => v.errorFrom !== null);
  const excepted = view.violations.filter((v) => v.exception !== null);
  return (
    <>
      {header}
      <div className="flex flex-col gap-10 *:min-w-0">
        <StatGrid label="Latest run">
          <Stat
            icon={CircleAlert}
            tone={view.totals.error > 0 ? "attention" : "default"}
            label="Errors"
            value={view.totals.error}
            hint="Fail npm run check"
          />
          <Stat
            icon={TriangleAlert}
            label="Warnings"
            value={view.totals.warn}
            hint={
              soon.length > 0
                ? `${soon.length} become errors soon`
                : "Shown, never blocking"
            }
          />
          <Stat
            icon={ShieldOff}
            label="Excepted"
            value={view.totals.excepted}
            hint="Waived until their expiry"
          />
          <Stat
            icon={ShieldCheck}
            label="Checks"
            value={view.checks.length}
            hint={`Last run ${view.run.ranAt.slice(0, 16).replace("T", " ")} UTC`}
          />
        </StatGrid>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 *:min-w-0">
          <Card>
            <CardHeader title="Trend" description="Violations after each run" />
            <CardBody>
              <GovernanceTrend trend={view.trend} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title="Errors soon"
              description="Warnings whose check becomes an error on a day the policy names (error_from)"
            />
            <CardBody>
              {soon.length === 0 ? (
                <p className="text-[13px] text-fg-muted">
                  No warning turns into an error on a set day.
                </p>
              ) : (
                <ul className="flex flex-col gap-1.5 text-[13px]">
                  {soon.map((v, i) => (
                    <li key={i}>
                      <span className="font-medium text-fg">{v.errorFrom}</span>{" "}
                      · {v.title}: {v.project} {v.uniqueId ?? ""}
                    </li>
                  ))}
                </ul>
              )}
              {excepted.length > 0 ? (
                <>
                  <h4 className="mt-4 mb-1 text-[13px] font-semibold text-fg">
                    Exceptions
                  </h4>
                  <ul className="flex flex-col gap-1.5 text-[13px]">
                    {excepted.map((v, i) => (
                      <li key={i}>
                        {v.title}: {v.project} {v.uniqueId ?? ""} ·{" "}
                        {v.exception?.isExpired ? "expired" : "until"}{" "}
                        {v.exception?.expires}: {v.exception?.reason}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </CardBody>
          </Card>
        </div>
        {view.problems.length > 0 ? (
          <Section id="problems" title="Checks that could not run">
            <ul className="flex flex-col gap-1 text-[13px] text-error">
              {view.problems.map((p, i) => (
                <li key={i} className="font-mono">
                  {p.message}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        <Section
          id="violations"
          title="Violations by check"
          description={
            view.violations.length === 0
              ? undefined
              : `${view.violations.length} in ${subject}, errors first.${project ? "" : " Open a project for its own."}`
          }
        >
          {view.violations.length === 0 ? (
            <EmptyState
              icon={ShieldCheck}
              title="Nothing to fix"
              description={`The latest run found no violation in ${subject}.`}
            />
          ) : (
            <div className="flex flex-col gap-4">
              {groupByCheck(view.violations).map((group) => (
                <CheckViolations key={group[0]?.check} violations={group} />
              ))}
            </div>
          )}
        </Section>
        {project ? null : (
          <p className="text-[13px] text-fg-muted">
            The same as JSON:{" "}
            <code className="font-mono">{`/api/v1${governanceUrl()}`}</code>
          </p>
        )}
      </div>
    </>
  );
}
