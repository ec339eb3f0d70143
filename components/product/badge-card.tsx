import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { badgeUrl, modelUrl } from "@/lib/urls";
import { BadgeSnippets } from "./badge-snippets";

/**
 * The product's status badge (level, score, tests' health) as it shows in a
 * README, a wiki or a BI dashboard, with the snippets to put it there.
 */
export function BadgeCard({
  project,
  name,
}: {
  project: string;
  name: string;
}) {
  const src = badgeUrl(project, name);
  const alt = `${name} data product status`;
  return (
    <section aria-label="Status badge">
      <Card>
        <CardHeader
          title="Status badge"
          description="For READMEs, wikis and dashboards; updated at every ingest."
        />
        <CardBody className="flex flex-col gap-3">
          {/* A plain img: the badge is an SVG file served with its own cache headers. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={src}
            alt={alt}
            height={20}
            className="h-5 w-auto self-start"
          />
          <BadgeSnippets
            badgePath={src}
            pagePath={modelUrl(project, name)}
            alt={alt}
          />
        </CardBody>
      </Card>
    </section>
  );
}
