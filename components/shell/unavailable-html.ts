import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";

/**
 * The page a reader gets while the catalog's database is away: whole HTML
 * that needs neither the database nor a script (it reloads itself with a
 * meta refresh), styled by one `<style>` that carries the response's nonce so
 * the strict Content-Security-Policy holds here too.
 */
export function renderUnavailableHtml(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Unavailable for a moment · Mesh Catalog</title>
<style nonce="${nonce}">
:root { color-scheme: light dark; --canvas: oklch(0.985 0.002 264); --surface: #fff; --border: oklch(0.92 0.004 264); --fg: oklch(0.2 0.01 264); --muted: oklch(0.44 0.014 264); --accent: oklch(0.5 0.19 262); }
@media (prefers-color-scheme: dark) { :root { --canvas: oklch(0.155 0.004 264); --surface: oklch(0.2 0.005 264); --border: oklch(0.3 0.006 264); --fg: oklch(0.95 0.004 264); --muted: oklch(0.75 0.01 264); --accent: oklch(0.72 0.14 262); } }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--canvas); color: var(--fg); font: 15px/1.55 ui-sans-serif, system-ui, sans-serif; padding: 24px; }
main { max-width: 32rem; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 28px 32px; box-shadow: 0 1px 2px rgb(0 0 0 / 0.04); }
.brand { font-weight: 600; font-size: 13px; letter-spacing: 0.02em; color: var(--accent); margin: 0 0 14px; }
h1 { font-size: 20px; line-height: 1.3; margin: 0 0 8px; }
p { margin: 0 0 10px; color: var(--muted); }
.status { display: inline-flex; align-items: center; gap: 8px; font-size: 13px; margin-top: 6px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--accent); animation: pulse 1.4s ease-in-out infinite; }
@keyframes pulse { 50% { opacity: 0.25; } }
@media (prefers-reduced-motion: reduce) { .dot { animation: none; } }
</style>
</head>
<body>
<main>
<p class="brand">Mesh Catalog</p>
<h1>The catalog is unavailable for a moment</h1>
<p>Its database is not answering right now. The catalog keeps reconnecting by itself, and this page reloads until it is back.</p>
<p class="status" role="status"><span class="dot" aria-hidden="true"></span>Trying again every ${RETRY_AFTER_SECONDS} seconds</p>
</main>
</body>
</html>
`;
}
