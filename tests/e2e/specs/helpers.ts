// Shared steps and checks for the E2E specs.
import { BrowserContext, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WORKSPACE_KEY = 'egenvurdering-rus.v1.workspace';

/** Waits for the wasm app itself: until then the page shows the inert start page prerendered into index.html. */
export async function appReady(page: Page) {
  // The app marks <html data-shown> with the address whose page it has rendered. A page the lean build leaves out
  // reloads into the full build first (docs/size.md), and the evaluate may meet a page that is going away.
  await expect.poll(() => page.evaluate(() => !document.getElementById('prerender')
    && document.documentElement.dataset.shown === location.hash).catch(() => false), { timeout: 20_000 }).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
}

const LANG_CODE: Record<string, string> = { 'Bokmål': 'nb', 'Nynorsk': 'nn', 'English': 'en' };

/** Switches language with the buttons in the header. The served app holds one language per build, so the switch
 *  fetches the other build and loads the page again (the single file switches in place); either way this returns
 *  when the app is running in the new language. */
export async function chooseLanguage(page: Page, name: 'Bokmål' | 'Nynorsk' | 'English') {
  await page.getByRole('button', { name, exact: true }).click();
  // lang is set by the app; the prerendered page (present until the app starts) is always bokmål, so wait for both.
  await expect(page.locator('html')).toHaveAttribute('lang', LANG_CODE[name], { timeout: 20_000 });
  await appReady(page);
  await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

/** Opens the app on a clean browser storage (a fresh context already has one; this also clears the hash). */
export async function fresh(page: Page, hash = '#/') {
  await page.goto('/' + hash);
  await appReady(page);
}

export async function startAssessment(page: Page, name = 'Testvik kommune') {
  await fresh(page);
  await page.getByLabel('Kommune', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await expect(page).toHaveURL(/#\/tema\/1\/sporsmal\/1$/);
}

/** Zero axe violations for WCAG 2.0/2.1/2.2 A and AA plus best practices, with the failing nodes in the message. */
export async function expectNoAxeViolations(page: Page, what: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = r.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${what}`).toEqual([]);
  expect(r.passes.length).toBeGreaterThan(0);
}

/** No horizontal scrolling of the page itself (WCAG 1.4.10 at 320 CSS px). */
export async function expectNoHorizontalScroll(page: Page, what: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `reflow on ${what}`).toBeLessThanOrEqual(width);
}

export async function storedWorkspace(page: Page): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY);
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, matches: (el: { tag: string; id: string; text: string; type: string }) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? '', id: a?.id ?? '', text: (a?.textContent ?? '').trim(), type: a?.getAttribute('type') ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('never reached the element by Tab');
}

/** From now on, records every network request of the context (blob: and data: URLs are in-page downloads, not
 *  network), every CSP violation in its pages and every console error of `page`. */
export async function watchTraffic(context: BrowserContext, page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:')) requests.push(url);
  });
  await context.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { requests, errors, cspViolations: (): Promise<string[]> => page.evaluate(() => (window as any).__csp) };
}
