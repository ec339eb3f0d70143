import { Archive, ArrowRight } from "lucide-react";
import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format-time";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { modelUrl } from "@/lib/urls";

/** On an older version's page: that a newer one exists, and when this one goes away. */
export function VersionNotice({ model }: { model: NodeDetail }) {
  if (!model.version || !model.latestVersion) return null;
  if (model.version === model.latestVersion) return null;
  return (
    <div
      role="note"
      className="mb-8 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-warn/30 bg-warn/5 px-4 py-3 text-[13px] text-fg"
    >
      <Archive aria-hidden className="size-4 shrink-0 text-warn" />
      <p className="min-w-0 flex-1">
        {model.deprecationDate ? (
          <>
            Version {model.version} is deprecated and will be removed on{" "}
            <strong>{formatCalendarDate(model.deprecationDate)}</strong>.
          </>
        ) : (
          <>Version {model.version} is not the latest.</>
        )}{" "}
        New work should use version {model.latestVersion}.
      </p>
      <Link
        href={modelUrl(model.project, model.name, model.latestVersion)}
        className="inline-flex items-center gap-1 font-medium text-accent hover:underline hover:underline-offset-4"
      >
        Go to v{model.latestVersion}
        <ArrowRight aria-hidden className="size-3.5" />
      </Link>
    </div>
  );
}
