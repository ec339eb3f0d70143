import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Markdown } from "./markdown";

function render(markdown: string): string {
  return renderToStaticMarkup(<Markdown>{markdown}</Markdown>);
}

// React escapes `<` in text, so every literal `<` in the markup opens a real tag.
function getTags(html: string): string[] {
  return html.match(/<[a-z][^>]*>/gi) ?? [];
}

function getAttributeValues(html: string, name: string): string[] {
  const pattern = new RegExp(`\\s${name}="([^"]*)"`, "gi");
  return getTags(html).flatMap((tag) =>
    [...tag.matchAll(pattern)].map((match) => decodeEntities(match[1] ?? "")),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text a reader sees: tags removed, entities decoded. */
function getVisibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""));
}

const FORBIDDEN_TAGS =
  /^<(script|iframe|object|embed|style|svg|math|form|base|meta|link|details|button)\b/i;

function expectNothingExecutable(html: string): void {
  for (const tag of getTags(html)) {
    expect(tag).not.toMatch(FORBIDDEN_TAGS);
    expect(tag).not.toMatch(/\son[a-z]+=/i);
    expect(tag).not.toMatch(/\sstyle=/i);
  }
  for (const href of getAttributeValues(html, "href"))
    expect(href).toMatch(
      /^(https?:|mailto:|#|\/|\.|[a-z0-9_-]+(\/|$|\.|#|\?))/i,
    );
  for (const src of getAttributeValues(html, "src"))
    expect(src).toMatch(/^https:\/\//);
}

describe("Markdown: XSS payloads are neutralised and harmless text remains", () => {
  test.each([
    ["script tag", "<script>alert(1)</script> hello", "hello"],
    ["script tag inline", "before <script>alert(1)</script> after", "after"],
    ["img onerror", '<img src=x onerror="alert(1)"> caption', "caption"],
    [
      "javascript: link in Markdown",
      "[click me](javascript:alert(1))",
      "click me",
    ],
    [
      "javascript: link in HTML",
      '<a href="javascript:alert(1)">html link</a>',
      "html link",
    ],
    [
      "entity-encoded javascript: in Markdown",
      "[encoded](jav&#x61;script:alert(1))",
      "encoded",
    ],
    [
      "entity-encoded javascript: in HTML",
      '<a href="jav&#x61;script:alert(1)">enc</a>',
      "enc",
    ],
    ["tab inside the scheme", "[tabbed](<java&#9;script:alert(1)>)", "tabbed"],
    ["upper-case scheme", "[shout](JAVASCRIPT:alert(1))", "shout"],
    ["autolink with javascript:", "<javascript:alert(1)> auto", "auto"],
    [
      "reference link to javascript:",
      "[ref link][r]\n\n[r]: javascript:alert(1)",
      "ref link",
    ],
    ["vbscript: link", "[vb](vbscript:msgbox(1))", "vb"],
    [
      "data: link",
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "data",
    ],
    [
      "data: image",
      "![pixel](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
      "pixel",
    ],
    ["http image", "![insecure](http://images.example.com/x.png)", "insecure"],
    [
      "protocol-relative image",
      "![relative](//images.example.com/x.png)",
      "relative",
    ],
    [
      "svg with script",
      "<svg><script>alert(1)</script></svg> vector",
      "vector",
    ],
    ["svg onload", '<svg onload="alert(1)"></svg> shape', "shape"],
    [
      "iframe",
      '<iframe src="https://evil.example.com"></iframe> framed',
      "framed",
    ],
    [
      "style attribute",
      '<p style="background:url(javascript:alert(1))">styled</p>',
      "styled",
    ],
    ["style element", "<style>body{display:none}</style> unstyled", "unstyled"],
    [
      "details ontoggle",
      "<details open ontoggle=alert(1)>toggle</details>",
      "toggle",
    ],
    [
      "form action",
      '<form action="javascript:alert(1)"><button>go</button></form>',
      "go",
    ],
    [
      "math xlink",
      '<math><mi xlink:href="javascript:alert(1)">mathy</mi></math>',
      "mathy",
    ],
    [
      "object data",
      '<object data="javascript:alert(1)"></object> object',
      "object",
    ],
    ["base href", '<base href="https://evil.example.com/"> based', "based"],
  ])("%s", (_name, payload, harmlessText) => {
    const html = render(payload);
    expectNothingExecutable(html);
    expect(getVisibleText(html)).toContain(harmlessText);
  });

  test("raw HTML is shown as its source text, not parsed", () => {
    const html = render("Use <b>bold</b> sparingly");
    expect(getTags(html).some((tag) => tag.startsWith("<b"))).toBe(false);
    expect(getVisibleText(html)).toContain("Use <b>bold</b> sparingly");
  });

  test("a javascript: link keeps its text but loses its target", () => {
    const html = render("[click me](javascript:alert(1))");
    expect(getAttributeValues(html, "href")).toEqual([]);
    expect(html).not.toMatch(/javascript/i);
  });
});

describe("Markdown: GFM renders", () => {
  test("tables, inside a scroll wrapper", () => {
    const html = render("| column | type |\n|---|---|\n| id | int |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>column</th>");
    expect(html).toContain("<td>int</td>");
  });

  test("lists, emphasis, inline code and fenced code", () => {
    const html = render("- **one**\n- `two`\n\n```sql\nselect 1\n```");
    expect(html).toContain("<li><strong>one</strong></li>");
    expect(html).toContain("<code>two</code>");
    expect(html).toContain('<span class="sh__token--keyword">select</span>');
  });

  test("fenced code is highlighted as text: markup inside it stays inert", () => {
    const html = render("```html\n<script>alert(1)</script>\n```");
    expectNothingExecutable(html);
    expect(getVisibleText(html)).toContain("<script>alert(1)</script>");
  });

  test("task lists render disabled checkboxes", () => {
    const html = render("- [x] done");
    expect(html).toMatch(/<input type="checkbox" disabled="" checked=""\/>/);
  });

  test.each([
    [
      "https link",
      "[docs](https://docs.getdbt.com)",
      "https://docs.getdbt.com",
      true,
    ],
    ["http link", "[old](http://example.com)", "http://example.com", true],
    ["bare URL", "see https://example.com/x", "https://example.com/x", true],
    [
      "mailto link",
      "[mail](mailto:data@example.com)",
      "mailto:data@example.com",
      false,
    ],
    ["relative link", "[orders](/products/orders)", "/products/orders", false],
    ["anchor link", "[columns](#columns)", "#columns", false],
  ])("%s keeps its target", (_name, markdown, href, isExternal) => {
    const html = render(markdown);
    expect(getAttributeValues(html, "href")).toEqual([href]);
    const rel = getAttributeValues(html, "rel");
    expect(rel).toEqual(isExternal ? ["noopener noreferrer nofollow"] : []);
  });

  test("https images load lazily without a referrer", () => {
    const html = render("![diagram](https://example.com/diagram.png)");
    expect(html).toContain('src="https://example.com/diagram.png"');
    expect(html).toContain('alt="diagram"');
    expect(html).toContain('referrerPolicy="no-referrer"');
  });

  test("<br> becomes a line break", () => {
    expect(render("first<br>second<br/>third")).toMatch(
      /first<br\/>\s*second<br\/>\s*third/,
    );
  });

  test("footnote links point at their footnote", () => {
    const html = render("text[^1]\n\n[^1]: note");
    const [href] = getAttributeValues(html, "href");
    expect(href).toBe("#user-content-fn-1");
    expect(getAttributeValues(html, "id")).toContain("user-content-fn-1");
  });

  test("headings start at h3 because the page owns h1 and h2", () => {
    const html = render("# Title\n\n## Sub");
    expect(html).toContain("<h3>Title</h3>");
    expect(html).toContain("<h4>Sub</h4>");
  });
});
