import { ArrowDownLeft } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { ExternalLink } from "@/components/ui/external-link";
import { formatPlural } from "@/components/ui/format-number";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import { Section } from "@/components/ui/section";
import type {
  ConsumerView,
  ProductConsumers,
} from "@/lib/db/queries/product-consumers";
import type { VersionView } from "@/lib/db/queries/nodes";
import { nodeUrl } from "@/lib/urls";
import { ConsumerOwner } from "./consumer-owner";

const LINK =
  "min-w-0 font-medium break-all text-fg hover:text-accent hover:underline hover:underline-offset-4";

/** Which version a consumer reads: pinned ones are named, a deprecated one stands out. */
function VersionUse({
  consumer,
  versions,
}: {
  consumer: ConsumerView;
  versions: readonly VersionView[];
}) {
  if (consumer.usesVersion === null) return null;
  const isDeprecated = versions.some(
    (v) => v.version === consumer.usesVersion && v.deprecationDate !== null,
  );
  return (
    <Badge
      tone={isDeprecated ? "warn" : "neutral"}
      title={
        consumer.isPinned
          ? "Pinned with ref(…, v=N)"
          : "Unpinned: follows the latest version"
      }
    >
      {consumer.isPinned
        ? `pins v${consumer.usesVersion}`
        : `v${consumer.usesVersion} (latest)`}
      {isDeprecated ? " · deprecated" : ""}
    </Badge>
  );
}

function describeHops(hops: number): string {
  if (hops <= 1) return "reads it directly";
  const between = hops - 1;
  return `through ${between} ${between === 1 ? "node" : "nodes"}`;
}

function ConsumerList({
  label,
  consumers,
  versions,
  empty,
  project,
}: {
  label: string;
  consumers: readonly ConsumerView[];
  versions: readonly VersionView[];
  empty: string;
  /** The product's project: only other projects are marked cross-project. */
  project: string;
}) {
  if (consumers.length === 0)
    return <p className="px-4 py-3 text-[13px] text-fg-subtle">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-border">
      {consumers.map((consumer) => {
        const isExposure = consumer.resourceType === "exposure";
        return (
          <li
            key={`${consumer.project}:${consumer.uniqueId}`}
            className="flex gap-2.5 px-4 py-2.5 text-[13px]"
          >
            <ResourceTypeIcon type={consumer.resourceType} className="mt-0.5" />
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Link href={nodeUrl(consumer)} className={LINK}>
                  {isExposure
                    ? (consumer.label ?? consumer.name)
                    : consumer.name}
                  {consumer.version ? ` v${consumer.version}` : ""}
                </Link>
                {consumer.project === project ? null : (
                  <CrossProjectBadge project={consumer.project} />
                )}
                {consumer.exposureType ? (
                  <Badge>{consumer.exposureType}</Badge>
                ) : null}
                <VersionUse consumer={consumer} versions={versions} />
              </div>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <ConsumerOwner owner={consumer.owner} />
                {isExposure ? (
                  <span className="text-xs text-fg-subtle">
                    {describeHops(consumer.hops)}
                  </span>
                ) : null}
                {consumer.url ? (
                  <ExternalLink href={consumer.url} className="text-xs">
                    Open
                    <span className="sr-only">
                      {" "}
                      {consumer.label ?? consumer.name}
                    </span>
                  </ExternalLink>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Who depends on the product, with whom to tell before changing it: the
 * models of other projects that ref it (and which version they read), and
 * the dashboards and apps downstream of it in any project.
 */
export function ConsumersSection({
  project,
  consumers,
  versions,
}: {
  project: string;
  consumers: ProductConsumers;
  versions: readonly VersionView[];
}) {
  const { otherProjects, exposures, localCount } = consumers;
  return (
    <Section
      id="consumers"
      title="Consumers"
      description="Who uses it, and whom to tell before changing it."
    >
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2 *:min-w-0">
        <Card>
          <CardHeader
            title="In other projects"
            description={formatPlural(otherProjects.length, "model")}
          />
          <ConsumerList
            label="Consumers in other projects"
            consumers={otherProjects}
            versions={versions}
            empty="No other project refs it yet."
            project={project}
          />
        </Card>
        <Card>
          <CardHeader
            title="Exposures"
            description={`${formatPlural(exposures.length, "dashboard or app", "dashboards and apps")}${consumers.hasMoreExposures ? " (the nearest)" : ""}`}
          />
          <ConsumerList
            label="Exposures"
            consumers={exposures}
            versions={versions}
            empty="No dashboard or app depends on it."
            project={project}
          />
        </Card>
      </div>
      {localCount > 0 ? (
        <p className="mt-2 flex items-center gap-1.5 text-[13px] text-fg-muted">
          <ArrowDownLeft aria-hidden className="size-3.5 text-fg-subtle" />
          <span>
            Also read by {formatPlural(localCount, "node")} of {project}: see{" "}
            <a
              href="#lineage"
              className="font-medium text-accent hover:underline hover:underline-offset-4"
            >
              Upstream and downstream
            </a>
            .
          </span>
        </p>
      ) : null}
    </Section>
  );
}
