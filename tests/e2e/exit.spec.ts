import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { ALL_ROUTES, ESSAY } from "./routes";

const EXIT_URL = "https://www.bbc.co.uk/weather";
const EXIT_NAME = "Emergency Exit this page";

/** The neutral site, served locally: the tests never reach the real one. */
async function stubNeutralSite(page: Page) {
  const requests: { url: string; referer: string | undefined }[] = [];
  await page.context().route(`${EXIT_URL}**`, async (route) => {
    requests.push({ url: route.request().url(), referer: await route.request().headerValue("referer") ?? undefined });
    await route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather forecast</title><h1>Weather forecast</h1>" });
  });
  return requests;
}

const pressShift = (page: Page) => page.keyboard.press("Shift");

/** Opens a page and waits until the exit script listens, as a reader's presses would find it. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-exit-this-page]")).toHaveAttribute("data-exit-script", "on");
}

for (const route of [...ALL_ROUTES, { path: "/articles/no-such-essay" }]) {
  test(`${route.path} has the exit control at the top, pointing at the neutral site`, async ({ page }) => {
    await page.goto(route.path);
    const exit = page.getByRole("link", { name: EXIT_NAME });
    await expect(exit).toBeVisible();
    await expect(exit).toHaveAttribute("href", EXIT_URL);
    await expect(exit).toHaveAttribute("rel", /\bnoreferrer\b/);
    await expect(page.getByRole("link", { name: "What the exit button does" })).toHaveAttribute("href", "/leaving-quickly");
  });
}

test("the exit control stays in view while a reader scrolls, on a phone and on a wide screen", async ({ page }) => {
  for (const width of [360, 1440]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(ESSAY);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = (await page.getByRole("link", { name: EXIT_NAME }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    // Nothing else is drawn over it.
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("a")?.textContent, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(onTop).toBe("Emergency Exit this page");
  }
});

test("a link into the essay lands what it names just below the exit control, not under it, on a phone and on a wide screen", async ({ page }) => {
  // Jumps happen at once, so where the target ends up is where the page scrolled it to.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const exitBottom = async () => {
    const box = (await page.getByRole("link", { name: EXIT_NAME }).boundingBox())!;
    return box.y + box.height;
  };
  /** Where the target sits against the control: in the band just below it, or lower only when the page can scroll no further. */
  const landing = (id: string) =>
    page.locator(`[id="${id}"]`).evaluate((element) => ({
      top: element.getBoundingClientRect().top,
      atEnd: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
    }));
  const expectLanded = async (id: string, where: string) => {
    const bottom = await exitBottom();
    const { top, atEnd } = await landing(id);
    expect(top, where).toBeGreaterThanOrEqual(bottom);
    if (!atEnd) expect(top, where).toBeLessThanOrEqual(bottom + 32);
  };
  for (const width of [360, 1440]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(ESSAY);
    const step = decodeURIComponent((await page.locator(".action-step-outline li a").nth(1).getAttribute("href"))!.split("#")[1]);
    // Opened from elsewhere at a note, at the way back from it, and at an action step.
    for (const id of ["user-content-fn-2", "user-content-fnref-3", step]) {
      await page.goto(`${ESSAY}#${id}`);
      await expectLanded(id, `${id} at ${width}px`);
    }
    // Followed within the page: a note's reference, then its way back.
    await page.goto(ESSAY);
    await page.locator('a[data-footnote-ref][href="#user-content-fn-2"]').click();
    await expect(page).toHaveURL(/#user-content-fn-2$/);
    await expectLanded("user-content-fn-2", `note 2 at ${width}px`);
    await page.locator("#user-content-fn-2 a[data-footnote-backref]").click();
    await expect(page).toHaveURL(/#user-content-fnref-2$/);
    await expectLanded("user-content-fnref-2", `reference 2 at ${width}px`);
  }
});

test("the exit control comes right after the skip link in the tab order", async ({ page }) => {
  await stubNeutralSite(page);
  await open(page, ESSAY);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: EXIT_NAME })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(EXIT_URL);
});

test("activating the control covers the page at once and leaves it out of the history", async ({ page }) => {
  let releaseNeutralSite = () => {};
  const neutralSiteHeld = new Promise<void>((resolve) => (releaseNeutralSite = resolve));
  const requests: (string | undefined)[] = [];
  await page.context().route(`${EXIT_URL}**`, async (route) => {
    requests.push(await route.request().headerValue("referer") ?? undefined);
    await neutralSiteHeld;
    await route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather forecast</title><h1>Weather forecast</h1>" });
  });
  await page.goto("/");
  await page.getByRole("link", { name: "Can Anti-Trafficking Be Rescued?" }).first().click();
  await expect(page).toHaveURL(ESSAY);
  await expect(page.locator("[data-exit-this-page]")).toHaveAttribute("data-exit-script", "on");
  // In the same moment as the activation, before anything of the next page arrives, the middle of the window is the cover.
  try {
    const coveredAtOnce = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>("[data-exit-this-page]")!.click();
      return document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.hasAttribute("data-exit-cover") ?? false;
    });
    expect(coveredAtOnce).toBe(true);
  } finally {
    releaseNeutralSite();
  }
  await expect(page).toHaveURL(EXIT_URL);
  await expect(page.getByRole("heading", { name: "Weather forecast" })).toBeVisible();
  expect(requests).toEqual([undefined]);
  await page.goBack();
  await expect(page).toHaveURL("/");
});

test("pressing Shift three times leaves the page, with the presses shown and announced", async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto("/");
  await open(page, ESSAY);
  const status = page.locator("[data-exit-status]");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await pressShift(page);
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  await expect(page.locator("[data-exit-presses] [data-pressed]")).toHaveCount(1);
  await pressShift(page);
  await expect(status).toHaveText("Shift, press 1 more time to exit.");
  await expect(page.locator("[data-exit-presses] [data-pressed]")).toHaveCount(2);
  await pressShift(page);
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack();
  await expect(page).toHaveURL("/");
});

test("Shift three times works with focus anywhere, even in the search field", async ({ page }) => {
  await stubNeutralSite(page);
  await open(page, ESSAY);
  await page.getByRole("searchbox", { name: "Search all essays" }).focus();
  for (let press = 0; press < 3; press++) await pressShift(page);
  await expect(page).toHaveURL(EXIT_URL);
});

test.describe("what does not leave the page", () => {
  test("two presses of Shift", async ({ page }) => {
    const requests = await stubNeutralSite(page);
    await open(page, ESSAY);
    await pressShift(page);
    await pressShift(page);
    await expect(page.locator("[data-exit-status]")).toHaveText("Shift, press 1 more time to exit.");
    expect(requests).toEqual([]);
    await expect(page).toHaveURL(ESSAY);
  });

  test("three presses of Shift spread over more than five seconds", async ({ page }) => {
    const requests = await stubNeutralSite(page);
    await page.clock.install();
    await open(page, ESSAY);
    await pressShift(page);
    await pressShift(page);
    await page.clock.fastForward(5_100);
    await expect(page.locator("[data-exit-status]")).toHaveText("Exit this page shortcut timed out.");
    await expect(page.locator("[data-exit-presses]")).toBeHidden();
    await pressShift(page);
    await expect(page.locator("[data-exit-status]")).toHaveText("Shift, press 2 more times to exit.");
    expect(requests).toEqual([]);
    await expect(page).toHaveURL(ESSAY);
  });

  test("typing capital letters, or another key between presses", async ({ page }) => {
    const requests = await stubNeutralSite(page);
    await open(page, ESSAY);
    const search = page.getByRole("searchbox", { name: "Search all essays" });
    await search.focus();
    // Shift held for capitals: three Shift presses, none of them alone.
    await page.keyboard.press("Shift+A");
    await page.keyboard.press("Shift+B");
    await page.keyboard.press("Shift+C");
    await expect(search).toHaveValue("ABC");
    // Two presses, a letter, one more press: the count starts again.
    await pressShift(page);
    await pressShift(page);
    await page.keyboard.press("d");
    await expect(page.locator("[data-exit-status]")).toHaveText("Exit this page shortcut cancelled.");
    await pressShift(page);
    await expect(page.locator("[data-exit-status]")).toHaveText("Shift, press 2 more times to exit.");
    expect(requests).toEqual([]);
    await expect(page).toHaveURL(ESSAY);
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the control is a plain link to the neutral site that sends no referrer", async ({ page }) => {
    const requests = await stubNeutralSite(page);
    await page.goto(ESSAY);
    await page.getByRole("link", { name: EXIT_NAME }).click();
    await expect(page).toHaveURL(EXIT_URL);
    expect(requests).toEqual([{ url: EXIT_URL, referer: undefined }]);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the exit control and its shown presses have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, ESSAY);
    await pressShift(page);
    await expect(page.locator("[data-exit-presses]")).toBeVisible();
    const results = await new AxeBuilder({ page }).include("[data-exit-presses]").include("[data-exit-this-page]").analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test("the leaving-quickly page explains the limits and how to browse privately", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Leaving quickly and browsing safely" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leaving quickly and browsing safely");
  for (const heading of ["What the button does", "What it cannot do", "Browse privately", "Clear your history"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("It cannot erase what your browser has already recorded.")).toBeVisible();
});
