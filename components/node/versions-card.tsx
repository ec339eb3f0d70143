import { Card, CardHeader } from "@/components/ui/card";
import type { VersionView } from "@/lib/db/queries/nodes";
import { VersionHeading } from "./version-heading";

/** Every version of a model, newest first: which is latest, which are deprecated and until when. */
export function VersionsCard({
  project,
  name,
  versions,
  current,
}: {
  project: string;
  name: string;
  versions: VersionView[];
  current: string | null;
}) {
  const latest = versions.find((v) => v.isLatest)?.version ?? null;
  return (
    <Card>
      <CardHeader title="Versions" description="Pin one with ref(…, v=N)" />
      <ul aria-label="Versions" className="divide-y divide-border">
        {versions.map((v) => (
          <li
            key={v.uniqueId}
            className="flex flex-col gap-0.5 px-4 py-2.5 text-[13px]"
          >
            <VersionHeading
              project={project}
              name={name}
              version={v}
              latest={latest}
              isCurrent={v.version === current}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
