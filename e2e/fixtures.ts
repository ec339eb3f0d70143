import { test as base, expect } from "@playwright/test";

/** What the init script prints for each violation, for the console listener to pick up. */
const VIOLATION_MARK = "securitypolicyviolation:";

/**
 * Playwright's `test`, failing any test during which a page broke the
 * Content-Security-Policy: a blocked script or style is a bug even when the
 * test's own assertions pass (the page may look right and still lose its
 * styles or behaviour in another browser). Every spec imports `test` and
 * `expect` from here.
 *
 * Violations are seen twice over: the `securitypolicyviolation` event,
 * listened for on every document before its first script runs, and
 * Chromium's own console error, which also covers what happens before the
 * init script is in place.
 */
export const test = base.extend({
  // Not named `use`: the React hooks lint rule would take it for the hook.
  context: async ({ context }, provide) => {
    const cspViolations: string[] = [];
    context.on("console", (message) => {
      const text = message.text();
      if (
        text.startsWith(VIOLATION_MARK) ||
        text.includes("Content Security Policy")
      )
        cspViolations.push(`${message.page()?.url() ?? "?"}: ${text}`);
    });
    await context.addInitScript((mark: string) => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `${mark} ${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
        );
      });
    }, VIOLATION_MARK);
    await provide(context);
    expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
  },
});

export { expect };
export type { Page } from "@playwright/test";
