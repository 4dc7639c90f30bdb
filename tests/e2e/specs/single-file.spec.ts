// The single-file copy (scripts/single_file.py): the whole app in one HTML file, offered on the workshop page,
// that works when opened from disk, makes no request beyond reading that file, and keeps its work in the browser.
import { test, expect } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appReady, expectNoAxeViolations, storedWorkspace, watchTraffic, chooseLanguage } from './helpers';

const DIST = process.env.E2E_DIST ?? join(process.cwd(), '..', '..', 'dist');
const FILE = join(DIST, 'egenvurdering-rus.html');

test('the file refers to nothing outside itself, and its CSP allows no request at all', () => {
  const html = readFileSync(FILE, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
  const directives = csp.split(';').map((d) => d.trim());
  expect(directives).toContain("default-src 'none'");
  // The app, the Word writer and the QR module that the hosted app fetches on demand, and index.html's own small scripts: all inline,
  // all by hash, one hash per script.
  expect(directives.find((d) => d.startsWith('script-src'))).toMatch(/^script-src 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  const hashes = directives.find((d) => d.startsWith('script-src'))!.match(/'sha256-/g)!.length;
  expect(hashes).toBe((html.match(/<script>|<script type="module">/g) ?? []).length);
  expect(hashes).toBeGreaterThanOrEqual(3);
  expect(directives.find((d) => d.startsWith('style-src'))).toMatch(/^style-src 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(csp).not.toContain("'self'");
  expect(csp).not.toContain('connect-src');
  expect(html.match(/(?:src|href)="(?!#|data:)[^"]*"/g) ?? []).toEqual([]);
  expect(html).not.toMatch(/rel="(module)?preload"/);
});

test('downloaded from the workshop page and opened from disk, it works, keeps answers and sends nothing', async ({ page: hosted, browser }) => {
  await hosted.goto('/#/verksted');
  await appReady(hosted);
  const [download] = await Promise.all([hosted.waitForEvent('download'), hosted.getByRole('link', { name: 'Last ned verktøyet som én fil' }).click()]);
  expect(download.suggestedFilename()).toBe('egenvurdering-rus.html');
  // Somewhere else on disk, as a user would keep it: it must not need anything beside it.
  const saved = join(mkdtempSync(join(tmpdir(), 'single-')), 'egenvurdering-rus.html');
  copyFileSync((await download.path())!, saved);
  expect(readFileSync(saved)).toEqual(readFileSync(FILE));
  const URL_ = pathToFileURL(saved).href;

  // A context of its own: nothing of the hosted app (its service worker, say) is running there.
  const context = await browser.newContext();
  const page = await context.newPage();
  const { requests, errors, cspViolations } = await watchTraffic(context, page);

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
  // The copy does not offer to download itself.
  await page.goto(URL_ + '#/verksted');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Verksted');
  await expect(page.locator('#offline-copy-h')).toHaveCount(0);
  // Participant mode draws the QR code with the QR module carried inline.
  await page.goto(URL_ + '#/deltaker');
  await page.getByLabel('Nav', { exact: true }).check();
  await page.getByRole('button', { name: 'Vis koden min' }).click();
  await expect(page.locator('svg.qr[role=img] path')).toHaveAttribute('d', /^M4 4h1v1h-1z/);
  await chooseLanguage(page, 'English');
  await page.goto(URL_ + '#/vurderinger');
  const [exportFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download as a file/ }).click()]);
  const exported = readFileSync((await exportFile.path())!, 'utf8');
  expect(JSON.parse(exported).format).toBe('egenvurdering-rus/assessment');
  expect(exported).toContain('Diskvik');
  await page.goto(URL_ + '#/rapport');
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a Word document (.docx)' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/-rapport\.docx$/);
  expect(readFileSync((await docx.path())!).subarray(0, 2).toString()).toBe('PK');

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((u) => u.startsWith(URL_.split('#')[0])), requests.join('\n')).toBe(true);
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
