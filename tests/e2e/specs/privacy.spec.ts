// Proof of the privacy promise: a full walkthrough makes no request to any other origin and none at all after
// start-up, and the Content-Security-Policy is never violated.
import { test, expect } from '@playwright/test';
import { appReady, watchTraffic, chooseLanguage } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.E2E_DIST ?? join(process.cwd(), '..', '..', 'dist');

test('a full walkthrough stays on the device', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const { requests, errors, cspViolations } = await watchTraffic(context, page);
  // Belt and braces: anything off-origin is aborted (and still recorded) rather than sent.
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));

  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker?.ready);
  await page.waitForLoadState('networkidle');
  const startup = requests.length;
  expect(startup).toBeGreaterThan(0);

  // Answer, switch language, export, import, results, CSV, report, workshop.
  await page.getByLabel('Kommune', { exact: true }).fill('Personvernvik');
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  for (let i = 0; i < 9; i++) {
    await page.locator('input[type=radio]').nth(i % 5).check();
    await page.getByLabel(/Notat/).fill(`notat ${i}`);
    await page.locator('button[type=submit]').click();
  }
  await chooseLanguage(page, 'English');
  await page.goto('/#/vurderinger');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download as a file/ }).click()]);
  await page.locator('#import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) });
  await expect(page.getByText(/was imported/)).toBeVisible();
  await page.goto('/#/resultat');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  await page.goto('/#/rapport');
  await page.goto('/#/verksted');
  await page.getByRole('button', { name: 'Try the example municipality' }).click();
  await page.goto('/#/resultat');
  await expect(page.locator('h1')).toContainText('Fjordvik');

  expect(requests.filter((url) => new URL(url).origin !== origin), 'requests to another origin').toEqual([]);
  // After start-up the only requests are for the app itself: switching to English loads the English build of the
  // app, and opening the report its full build (wasm and glue, named in index.html), and the page again. Nothing
  // else, and never any data.
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const en = JSON.parse(index.match(/var F = (\{.*?\}), lang = 'nb'/)![1]).en;
  const allowed = new Set(['/', ...[en.lean, en.full].flatMap((f) => [f.wasm.slice(1), f.js.slice(1)])]);
  const after = requests.slice(startup).map((u) => new URL(u));
  expect(after.filter((u) => u.origin !== origin || u.search !== '' || !allowed.has(u.pathname)), 'requests after start-up').toEqual([]);
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the CSP really blocks an inline script and a foreign fetch', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const result = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.appendChild(s);
    let fetched = 'sent';
    try { await fetch('https://example.org/'); } catch { fetched = 'blocked'; }
    return { inline: (window as any).__inline, fetched };
  });
  expect(result).toEqual({ inline: undefined, fetched: 'blocked' });
});
