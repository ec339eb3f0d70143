import { FolderGit2 } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

const CLI_COMMAND = "npm run ingest -- path/to/your-project/target";
const API_COMMAND = [
  "# token: npm run token -- create --project NAME",
  'curl -H "Authorization: Bearer $TOKEN" \\',
  "  -F manifest=@target/manifest.json \\",
  "  -F catalog=@target/catalog.json \\",
  "  -F run_results=@target/run_results.json \\",
  '  "$CATALOG_URL/api/v1/projects/<project>/artifacts"',
].join("\n");

/** The home page before anything is ingested: how to put a first project in. */
export function MeshEmptyState() {
  return (
    <EmptyState
      icon={FolderGit2}
      title="No projects in the catalog yet"
      description={
        <div className="flex flex-col gap-3 text-left">
          <p className="text-center">
            Ingest a dbt project&apos;s artifacts (
            <code className="font-mono text-xs text-fg">manifest.json</code>{" "}
            and, when you have them, catalog, run results, sources and the
            semantic manifest) to start the catalog.
          </p>
          <div>
            <p className="mb-1 text-xs font-medium text-fg">
              From a checkout, after{" "}
              <code className="font-mono">dbt build</code>:
            </p>
            <pre className="overflow-x-auto rounded-md border border-border bg-surface-sunken px-3 py-2 font-mono text-xs text-fg">
              {CLI_COMMAND}
            </pre>
          </div>
          <div>
            <p className="mb-1 text-xs font-medium text-fg">
              From CI, over HTTP:
            </p>
            <pre className="overflow-x-auto rounded-md border border-border bg-surface-sunken px-3 py-2 font-mono text-xs text-fg">
              {API_COMMAND}
            </pre>
          </div>
        </div>
      }
    />
  );
}
