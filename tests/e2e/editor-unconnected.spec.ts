import { expect, test } from "@playwright/test";

/** A site built before its editor was set up: /admin says what is missing rather than failing. */
test("without a GitHub repository configured, /admin says how to connect the editor", async ({ page }) => {
  await page.goto("/admin/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The editor is not connected to the site's repository yet");
  await expect(page.getByRole("main")).toContainText("CMS_GITHUB_REPO");
  await expect(page.getByRole("main")).toContainText("npm run edit");
});
