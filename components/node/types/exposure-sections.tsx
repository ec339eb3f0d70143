import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ExternalLink, MailLink } from "@/components/ui/external-link";
import { KeyValue } from "@/components/ui/key-value";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { readExposureData } from "../exposure-data";
import { NodeFacts } from "../node-facts";

const MATURITY_TONES: Record<string, BadgeTone> = {
  high: "pass",
  medium: "warn",
  low: "neutral",
};

/** An exposure's kind and declared maturity, for its header. */
export function ExposureBadges({ node }: { node: NodeDetail }) {
  const exposure = readExposureData(node.data);
  return (
    <>
      {exposure.type ? <Badge tone="accent">{exposure.type}</Badge> : null}
      {exposure.maturity ? (
        <Badge tone={MATURITY_TONES[exposure.maturity] ?? "neutral"}>
          {exposure.maturity} maturity
        </Badge>
      ) : null}
    </>
  );
}

/** Who owns an exposure and where it lives. Its URL comes from the manifest: only http(s) links. */
export function ExposureFacts({ node }: { node: NodeDetail }) {
  const exposure = readExposureData(node.data);
  return (
    <NodeFacts node={node}>
      <KeyValue label="Type">{exposure.type}</KeyValue>
      <KeyValue label="Maturity">{exposure.maturity}</KeyValue>
      <KeyValue label="Owner">
        {exposure.owner ? (
          <span className="flex flex-col">
            {exposure.owner.name ? <span>{exposure.owner.name}</span> : null}
            {exposure.owner.email ? (
              <MailLink email={exposure.owner.email} />
            ) : null}
          </span>
        ) : null}
      </KeyValue>
      <KeyValue label="Link">
        {exposure.url ? <ExternalLink href={exposure.url} /> : null}
      </KeyValue>
    </NodeFacts>
  );
}
