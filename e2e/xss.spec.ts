import { expect, test, type Page } from "./fixtures";
import {
  HOSTILE_GROUP_OWNER,
  HOSTILE_META_OWNER,
  XSS_PROJECT,
} from "./xss-project";

const PAGES = [
  "/",
  `/projects/${XSS_PROJECT}`,
  `/projects/${XSS_PROJECT}?type=source`,
  `/projects/${XSS_PROJECT}?type=exposure`,
  `/projects/${XSS_PROJECT}?type=test`,
  `/projects/${XSS_PROJECT}/models/hostile_orders`,
  `/projects/${XSS_PROJECT}/models/hostile_customers`,
  `/projects/${XSS_PROJECT}/nodes/source.${XSS_PROJECT}.raw.events`,
  `/projects/${XSS_PROJECT}/nodes/exposure.${XSS_PROJECT}.hostile_dashboard`,
  `/projects/${XSS_PROJECT}/nodes/test.${XSS_PROJECT}.not_null_hostile_orders_id`,
  `/search?q=hostile`,
  `/search?q=script&project=${XSS_PROJECT}`,
  `/projects/${XSS_PROJECT}/scoreboard`,
  `/projects/${XSS_PROJECT}/groups/hostile_group`,
  `/owners/${encodeURIComponent(HOSTILE_GROUP_OWNER)}`,
  `/owners/${encodeURIComponent(HOSTILE_META_OWNER)}`,
  "/mesh",
  "/mesh?edge=not_ingested~xss_lab",
  `/projects/${XSS_PROJECT}/lineage/model.${XSS_PROJECT}.hostile_customers?up=full&down=full&types=model,source,exposure,test`,
  `/projects/${XSS_PROJECT}/impact/source.${XSS_PROJECT}.raw.events`,
];

type Findings = {
  ran: unknown;
  handlers: string[];
  badLinks: string[];
  frames: number;
  foreignScripts: string[];
};

/** What a payload would leave behind if any got through sanitizing or escaping. */
function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const handlers: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith("on"))
          handlers.push(`${element.tagName}[${attribute.name}]`);
      }
    }
    const badLinks = [
      ...document.querySelectorAll("a[href], img[src], [srcdoc]"),
    ]
      .map(
        (e) =>
          e.getAttribute("href") ??
          e.getAttribute("src") ??
          e.getAttribute("srcdoc") ??
          "",
      )
      .filter(
        (url) =>
          /^\s*(javascript|data|vbscript):/i.test(url) ||
          url.includes("<script"),
      );
    return {
      ran: (window as unknown as { __xss?: unknown }).__xss,
      handlers,
      badLinks,
      frames: document.querySelectorAll("iframe, object, embed").length,
      // Scripts Next loads later (trusted through 'strict-dynamic') have a src of
      // our own; an inline script must carry this response's nonce.
      foreignScripts: [...document.scripts]
        .filter((s) =>
          s.src ? new URL(s.src).origin !== location.origin : !s.nonce,
        )
        .map((s) => s.src || s.text.slice(0, 80)),
    };
  });
}

test.describe("nothing from a manifest runs in the reader's browser", () => {
  for (const path of PAGES) {
    test(`${path}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // Graphs draw in the browser: inspect them once drawn.
      for (const graph of await page.locator("[data-graph]").all())
        await expect(graph).toHaveAttribute("data-painted", "true");
      // Hovering and focusing every link and control would fire handlers that survived.
      for (const link of await page
        .locator("main a, main button, main summary")
        .all()) {
        await link.hover({ trial: false, timeout: 1_000 }).catch(() => {});
      }
      await page.waitForTimeout(200);
      const findings = await inspect(page);
      expect(dialogs).toEqual([]);
      expect(findings).toEqual({
        ran: undefined,
        handlers: [],
        badLinks: [],
        frames: 0,
        foreignScripts: [],
      });
    });
  }

  test("the hostile text is shown as text", async ({ page }) => {
    await page.goto(`/projects/${XSS_PROJECT}/models/hostile_orders`);
    await expect(
      page.getByText("<script>window.__xss=1</script>").first(),
    ).toBeVisible();
  });
});
