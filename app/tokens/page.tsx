import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { getViewer } from "@/lib/auth/viewer";
import { tokenScope } from "@/lib/auth/token-rules";
import { listTokenRecords } from "@/lib/db/tokens";
import { listProjectNames } from "@/lib/db/queries/project-names";

export const metadata: Metadata = { title: "Tokens" };

export default async function TokensPage() {
  const viewer = await getViewer();
  if (!viewer)
    return (
      <EmptyState
        icon={KeyRound}
        title="Tokens are managed from a shell here"
        description="Sign-in is off, so there is nobody to own a token. Make CI tokens with npm run token -- create --project <name>."
        className="mt-8"
      />
    );
  const [tokens, projects] = await Promise.all([
    listTokenRecords(tokenScope(viewer)),
    viewer.access.isAdmin ? listProjectNames() : viewer.access.maintains,
  ]);
  return (
    <>
      <PageHeader
        title="Tokens"
        description={
          viewer.access.isAdmin
            ? "Every token of the catalog: CI tokens that upload a project's artifacts, admin tokens, and personal tokens that read the API."
            : "CI tokens upload the artifacts of the projects you maintain; a personal token reads the API as you."
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader
            title="New token"
            description={
              <>
                Send it as{" "}
                <code className="font-mono text-xs">
                  Authorization: Bearer &lt;secret&gt;
                </code>
                ; a CI token uploads with{" "}
                <code className="font-mono text-xs">
                  POST /api/v1/projects/&lt;project&gt;/artifacts
                </code>
                .
              </>
            }
          />
          <div className="p-4">
            <CreateTokenForm
              projects={projects}
              isAdmin={viewer.access.isAdmin}
            />
          </div>
        </Card>
        {tokens.length > 0 ? (
          <TokenTable tokens={tokens} />
        ) : (
          <EmptyState
            icon={KeyRound}
            title="No tokens yet"
            description="Tokens you make, and the CI tokens of projects you maintain, appear here."
          />
        )}
      </div>
    </>
  );
}
