import { modelUrl } from "@/lib/urls";
import { expect, test } from "./fixtures";
import { ODD_MODEL_NAMES, XSS_PROJECT } from "./xss-project";

test.describe("models whose names are traps for URLs", () => {
  for (const name of ODD_MODEL_NAMES) {
    test(`${name}: its link from the project opens its page`, async ({
      request,
    }) => {
      const url = modelUrl(XSS_PROJECT, name);
      const project = await request.get(`/projects/${XSS_PROJECT}`);
      expect(await project.text()).toContain(
        `href="${url.replaceAll("'", "&#x27;")}"`,
      );
      const response = await request.get(url);
      expect(response.status()).toBe(200);
    });
  }

  test("in the browser, a click on such a link shows the model", async ({
    page,
  }) => {
    await page.goto(`/projects/${XSS_PROJECT}`);
    await page.getByRole("link", { name: "o'neil", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /o'neil/ }),
    ).toBeVisible();
  });
});
