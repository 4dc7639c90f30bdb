// The single-file build (scripts/single_file.py): the whole app in one HTML file that works when opened from
// disk, makes no request beyond reading that file, and keeps its work in the browser like the hosted app.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectNoAxeViolations, storedWorkspace } from './helpers';

const FILE = process.env.E2E_SINGLE_FILE ?? join(process.cwd(), '..', '..', 'dist-single', 'egenvurdering-rus.html');
const URL_ = pathToFileURL(FILE).href;

test('the file refers to nothing outside itself, and its CSP allows no request at all', () => {
  const html = readFileSync(FILE, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
  const directives = csp.split(';').map((d) => d.trim());
  expect(directives).toContain("default-src 'none'");
  expect(directives.find((d) => d.startsWith('script-src'))).toMatch(/^script-src 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(directives.find((d) => d.startsWith('style-src'))).toMatch(/^style-src 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(csp).not.toContain("'self'");
  expect(csp).not.toContain('connect-src');
  expect(html.match(/(?:src|href)="(?!#|data:)[^"]*"/g) ?? []).toEqual([]);
  expect(html).not.toMatch(/rel="(module)?preload"/);
});

test('opened from disk it works, keeps answers across a reload and sends nothing anywhere', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => { if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await context.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.goto(URL_);
  // The wasm app, not the prerendered start page, is in charge once the form works.
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expectNoAxeViolations(page, 'single-file start page');
  await page.getByLabel('Kommune', { exact: true }).fill('Diskvik');
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await expect(page).toHaveURL(/#\/tema\/1\/sporsmal\/1$/);
  await page.locator('#answer-yes').check();
  await expect.poll(() => storedWorkspace(page)).toContain('Diskvik');

  await page.reload();
  await expect(page.locator('#answer-yes')).toBeChecked();
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(URL_ + '#/vurderinger');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download as a file/ }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported).format).toBe('egenvurdering-rus/assessment');
  expect(exported).toContain('Diskvik');

  expect(requests.every((u) => u.startsWith(URL_.split('#')[0])), requests.join('\n')).toBe(true);
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});
