import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { CodeBlock } from "./code-block";

const SQL =
  "select '<script>alert(1)</script>' as payload\nfrom {{ ref('orders') }}  \n\n";

function getCodeText(html: string): string {
  const code = /<code[^>]*>([\s\S]*)<\/code>/.exec(html)?.[1] ?? "";
  return code
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("CodeBlock", () => {
  test("keeps the code's text exactly, minus trailing whitespace", () => {
    const html = renderToStaticMarkup(<CodeBlock code={SQL} language="sql" />);
    expect(getCodeText(html)).toBe(SQL.trimEnd());
  });

  test("colours tokens with classes, never inline styles the CSP would block", () => {
    const html = renderToStaticMarkup(<CodeBlock code={SQL} language="sql" />);
    expect(html).toContain('class="sh__token--keyword"');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/i);
  });

  test("collapsible blocks are closed <details> unless asked to open", () => {
    const closed = renderToStaticMarkup(
      <CodeBlock code="select 1" title="Compiled SQL" isCollapsible />,
    );
    expect(closed).toMatch(/<details class="[^"]*">/);
    expect(closed).toContain("<summary");
    const open = renderToStaticMarkup(
      <CodeBlock
        code="select 1"
        title="Compiled SQL"
        isCollapsible
        isDefaultOpen
      />,
    );
    expect(open).toMatch(/<details open=""/);
  });

  test.each([
    ["sql", "sql"],
    ["yml", "yaml"],
    ["jinja", null],
    [undefined, null],
  ])("language %j is labelled %j", (language, label) => {
    const html = renderToStaticMarkup(
      <CodeBlock code="a: 1" language={language} />,
    );
    if (label) expect(html).toContain(`<span>${label}</span>`);
    else expect(html).not.toMatch(/<span>(sql|yaml|plaintext)<\/span>/);
  });
});
