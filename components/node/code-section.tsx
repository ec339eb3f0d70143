import { CodeBlock } from "@/components/ui/code-block";
import { Section } from "@/components/ui/section";

/** A node's source and compiled code, collapsed until asked for. */
export function CodeSection({
  rawCode,
  compiledCode,
  language,
}: {
  rawCode: string | null;
  compiledCode: string | null;
  language: string | null;
}) {
  const hasRaw = Boolean(rawCode?.trim());
  const hasCompiled = Boolean(compiledCode?.trim());
  if (!hasRaw && !hasCompiled) return null;
  const name = language === "python" ? "Python" : "SQL";
  return (
    <Section id="code" title="Code">
      <div className="flex flex-col gap-2">
        {rawCode && hasRaw ? (
          <CodeBlock
            code={rawCode}
            language={language ?? "sql"}
            title={`Source ${name}`}
            isCollapsible
          />
        ) : null}
        {compiledCode && hasCompiled ? (
          <CodeBlock
            code={compiledCode}
            language={language ?? "sql"}
            title={`Compiled ${name}`}
            isCollapsible
          />
        ) : null}
      </div>
    </Section>
  );
}
