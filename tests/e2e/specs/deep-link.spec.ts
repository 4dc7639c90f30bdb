// Issue #17: a deep link shows what it links to. Until the wasm has loaded, index.html holds only the prerendered
// start page, which cannot be used yet; for any other route a neutral loading state stands in its place
// (index.html, 25-route-loading.css). The wasm is held back here, as a slow connection would.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appReady, startAssessment, watchTraffic } from './helpers';

const DIST = process.env.E2E_DIST ?? join(process.cwd(), '..', '..', 'dist');
const DEEP = '#/tema/2/sporsmal/3';

// A wasm served by the service worker would not pass page.route; every load here comes from the server.
test.use({ serviceWorkers: 'block' });

/** Holds every .wasm response back for `ms`; `holding` resolves once the first one is being held (in an object:
 *  an async function returning the promise itself would wait for it). */
async function slowWasm(page: Page, ms = 1500) {
  let held!: () => void;
  const holding = new Promise<void>((r) => (held = r));
  await page.route('**/*.wasm', async (route) => {
    held();
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
  return { holding };
}

test('a deep link shows a loading state, not the start page, until the question is there', async ({ page, context }) => {
  const { cspViolations, errors } = await watchTraffic(context, page);
  // An assessment is open (saved in this browser), so the linked question has something to show.
  await startAssessment(page);
  await page.goto('about:blank');
  const { holding } = await slowWasm(page);
  await page.goto('/' + DEEP, { waitUntil: 'commit' });
  await holding;
  const loading = page.locator('#route-loading');
  await expect(loading.getByRole('status')).toBeVisible();
  await expect(loading.locator('[lang=nb]')).toHaveText('Laster …');
  await expect(loading.locator('[lang=nb]')).toBeVisible();
  await expect(loading.locator('[lang=en]')).toBeHidden();
  // The start page is in the document but not shown: nothing of it is visible, its heading and form included.
  await expect(page.locator('#prerender')).toHaveCount(1);
  await expect(page.locator('#prerender')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start egenvurderingen' })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'axe on the loading state').toEqual([]);

  await appReady(page);
  await expect(page.locator('#route-loading')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(DEEP + '$'));
  await expect(page.locator('#answer-yes')).toBeVisible();
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the loading state speaks the language saved in the preferences', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('egenvurdering-rus.v1.prefs', JSON.stringify({ lang: 'en' })));
  const { holding } = await slowWasm(page);
  await page.goto('/' + DEEP, { waitUntil: 'commit' });
  await holding;
  await expect(page.locator('#route-loading').getByRole('status')).toBeVisible();
  await expect(page.locator('#route-loading [lang=en]')).toHaveText('Loading …');
  await expect(page.locator('#route-loading [lang=en]')).toBeVisible();
  await expect(page.locator('#route-loading [lang=nb]')).toBeHidden();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const start of ['/', '/#/', '/#']) {
  test(`the start page ${start} shows itself at once, with no loading state`, async ({ page }) => {
    const { holding } = await slowWasm(page);
    await page.goto(start, { waitUntil: 'commit' });
    await holding;
    await expect(page.locator('#prerender')).toBeVisible();
    await expect(page.locator('#prerender h1')).toBeVisible();
    await expect(page.locator('#route-loading')).toBeHidden();
    await appReady(page);
  });
}

test('the single file opened from disk on a deep link runs the same early script under its own CSP', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { cspViolations, errors } = await watchTraffic(context, page);
  await page.goto(pathToFileURL(join(DIST, 'egenvurdering-rus.html')).href + DEEP);
  await appReady(page);
  // Set only by the early script; a CSP without its hash would have blocked it (and reported the violation).
  expect(await page.evaluate(() => document.documentElement.dataset.deepLink)).toBe('nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen egenvurdering er åpen');
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
