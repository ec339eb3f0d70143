import type { ReactNode } from "react";
import { generate, parse, type ParseOptions } from "sugar-high/core";
import { lang as toLanguageName, languages } from "sugar-high/lang";

/** Names sugar-high knows, from a fence or a dbt `language` ("sql", "python", "yml"). */
export function getLanguageName(language: string | undefined): string {
  return (language && toLanguageName(language.toLowerCase())) || "plaintext";
}

function getParseOptions(languageName: string): ParseOptions | undefined {
  return languages.find((language) => language.id === languageName)?.config;
}

/**
 * Highlights code into React nodes, one <span class="code-line"> per line and
 * one <span class="sh__token--…"> per token. Colours come from the stylesheet:
 * sugar-high's own HTML carries inline `style` attributes, which the
 * Content-Security-Policy forbids, and would need dangerouslySetInnerHTML.
 */
export function highlightCode(
  code: string,
  language: string | undefined,
): ReactNode[] {
  const parsed = parse(code, getParseOptions(getLanguageName(language)));
  const lines = generate(parsed);
  return lines.flatMap((line, lineIndex) => {
    const rendered = (
      <span key={`line-${lineIndex}`} className="code-line">
        {line.children.map((token, tokenIndex) => (
          <span key={tokenIndex} className={`sh__token--${token.tokenType}`}>
            {token.children.map((text) => text.value).join("")}
          </span>
        ))}
      </span>
    );
    return lineIndex === lines.length - 1 ? [rendered] : [rendered, "\n"];
  });
}
