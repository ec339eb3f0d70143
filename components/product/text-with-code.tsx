/**
 * Text whose `backticked` parts are code, as rule advice is written. The
 * parts are React text, never HTML, so nothing in them is interpreted.
 */
export function TextWithCode({ text }: { text: string }) {
  const parts = text.split("`");
  // An odd number of backticks leaves the last part open: show it as text.
  const isBalanced = parts.length % 2 === 1;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && (isBalanced || i < parts.length - 1) ? (
          <code
            key={i}
            className="rounded bg-surface-muted px-1 py-px font-mono text-[0.92em] text-fg"
          >
            {part}
          </code>
        ) : (
          <span key={i}>{i % 2 === 1 ? `\`${part}` : part}</span>
        ),
      )}
    </>
  );
}
