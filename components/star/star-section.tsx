import { Network } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { getStar } from "@/lib/db/queries/lineage-star";
import { describeJoins, nameTables } from "@/lib/mesh/star/join-conditions";
import { JoinList } from "./join-list";
import { adviseJoins } from "@/lib/mesh/star/join-snippet";
import { JoinQueries } from "./join-queries";
import { StarDiagram } from "./star-diagram";

/**
 * "How to join it": the star a product belongs to, as a diagram (keys
 * marked, joins with cardinality) and as text an analyst can copy: each join
 * condition, and queries joining the product to its star that never repeat
 * its rows (see adviseJoins). A one-big-table
 * product gets the star it was built from, and says so. Self-contained: it
 * reads its own data.
 */
export async function StarSection({
  project,
  uniqueId,
}: {
  project: string;
  uniqueId: string;
}) {
  const result = await getStar({ uniqueId, project });
  if (result.status !== "found") return null;
  const { star, isTruncated } = result;
  const focus = star.tables.find((t) => t.role === "focus");
  if (!focus) return null;
  const lines = describeJoins(star);
  const advice = adviseJoins(focus, lines, nameTables(star.tables));
  const name = focus.name;
  const description =
    star.kind === "star"
      ? `The tables ${name} joins and the tables that join it, with their keys. Joins come from relationships tests, foreign key constraints and semantic model entities.`
      : `${name} declares no joins of its own: it is one big table. Below is the star it was built from upstream: its parents and the joins between them.`;
  return (
    <Section id="how-to-join" title="How to join it" description={description}>
      {lines.length === 0 && star.tables.length <= 1 ? (
        <EmptyState
          icon={Network}
          title="No joins declared"
          description={`Nothing declares how ${name} joins other tables. A relationships test, a foreign_key constraint or a semantic model entity on its key columns would show them here.`}
        />
      ) : (
        <div className="flex flex-col gap-4">
          <StarDiagram star={star} />
          {lines.length > 0 ? (
            <JoinList lines={lines} />
          ) : (
            <p className="text-[13px] text-fg-muted">
              No joins are declared between these tables.
            </p>
          )}
          <JoinQueries advice={advice} />
          {isTruncated ? (
            <p className="text-xs text-fg-subtle">
              The star has more tables than one view holds; the first ones are
              shown.
            </p>
          ) : null}
        </div>
      )}
    </Section>
  );
}
