import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { KeyValue } from "@/components/ui/key-value";
import type { DetailsOf } from "@/lib/artifacts/node-details";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { NodeFacts } from "../node-facts";
import { OwnerBlock } from "../owner-block";

const MATURITY_TONES: Record<string, BadgeTone> = {
  high: "pass",
  medium: "warn",
  low: "neutral",
};

/** An exposure's kind and declared maturity, for its header. */
export function ExposureBadges({
  exposure,
}: {
  exposure: DetailsOf<"exposure">;
}) {
  return (
    <>
      {exposure.exposureType ? (
        <Badge tone="accent">{exposure.exposureType}</Badge>
      ) : null}
      {exposure.maturity ? (
        <Badge tone={MATURITY_TONES[exposure.maturity] ?? "neutral"}>
          {exposure.maturity} maturity
        </Badge>
      ) : null}
    </>
  );
}

/** Who owns an exposure and where it lives. Its URL comes from the manifest: only http(s) links. */
export function ExposureFacts({
  node,
  exposure,
}: {
  node: NodeDetail;
  exposure: DetailsOf<"exposure">;
}) {
  return (
    <NodeFacts
      node={node}
      lead={
        <OwnerBlock
          name={exposure.owner?.name ?? null}
          email={exposure.owner?.email ?? null}
          missing="None declared in the exposure."
        />
      }
    >
      <KeyValue label="Type">{exposure.exposureType}</KeyValue>
      <KeyValue label="Maturity">{exposure.maturity}</KeyValue>
      <KeyValue label="Link">
        {exposure.url ? (
          <ExternalLink href={exposure.url} className="max-w-full" />
        ) : null}
      </KeyValue>
    </NodeFacts>
  );
}
