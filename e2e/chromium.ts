/**
 * Debian's Chromium, as the browser tests and browser benchmarks launch it:
 * Playwright cannot download its own here, and as root Chromium needs
 * --no-sandbox; the rest keeps it from reaching for the network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
