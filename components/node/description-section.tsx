import { Markdown } from "@/components/ui/markdown";
import { Section } from "@/components/ui/section";

/** A node's description (doc blocks already rendered into it), as safe Markdown. */
export function DescriptionSection({ description }: { description: string }) {
  return (
    <Section id="description" title="Description">
      {description.trim() ? (
        <div className="rounded-lg border border-border bg-surface px-5 py-4">
          <Markdown>{description}</Markdown>
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-border-strong px-5 py-4 text-[13px] text-fg-muted">
          No description yet. Add one in the node&apos;s YAML (
          <code className="font-mono text-xs">description:</code>) or a doc
          block.
        </p>
      )}
    </Section>
  );
}
