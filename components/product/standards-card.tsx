import { FileDown } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { odcsUrl, odpsUrl } from "@/lib/urls";

function Downloads({
  label,
  standard,
  urlOf,
}: {
  label: string;
  standard: string;
  urlOf: (format: "yaml" | "json") => string;
}) {
  return (
    <div className="flex items-center justify-between gap-3">
      <div className="min-w-0">
        <p className="text-[13px] font-medium text-fg">{label}</p>
        <p className="text-xs text-fg-muted">{standard}</p>
      </div>
      <div className="flex shrink-0 gap-1.5">
        {(["yaml", "json"] as const).map((format) => (
          <a
            key={format}
            href={urlOf(format)}
            aria-label={`${label} as ${format.toUpperCase()}`}
            className="inline-flex items-center gap-1 rounded-md border border-border px-2 py-1 text-xs font-medium text-fg-muted hover:border-border-strong hover:text-fg"
            {...(format === "yaml" ? { download: true } : {})}
          >
            <FileDown aria-hidden className="size-3.5" />
            {format.toUpperCase()}
          </a>
        ))}
      </div>
    </div>
  );
}

/** The product and this version's contract as open-standard documents (Bitol's ODPS and ODCS). */
export function StandardsCard({
  project,
  uniqueId,
}: {
  project: string;
  uniqueId: string;
}) {
  return (
    <section aria-label="Open standards">
      <Card>
        <CardHeader
          title="Open standards"
          description="For other catalogs and contract tools; built from the latest ingest."
        />
        <CardBody className="flex flex-col gap-3">
          <Downloads
            label="Product document"
            standard="ODPS v1.0, every version"
            urlOf={(format) => odpsUrl(project, uniqueId, format)}
          />
          <Downloads
            label="Contract document"
            standard="ODCS v3.1, this version"
            urlOf={(format) => odcsUrl(project, uniqueId, format)}
          />
        </CardBody>
      </Card>
    </section>
  );
}
