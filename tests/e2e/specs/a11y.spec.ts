// axe-core on every route and state, and reflow at 320 px: WCAG 2.1 AA is a legal must for this tool.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, fresh, startAssessment, appReady, chooseLanguage } from './helpers';

const routes = ['#/', '#/vurdering', '#/tema/1/sporsmal/1', '#/tema/2/sporsmal/11', '#/tema/3/oppsummering', '#/resultat',
  '#/tiltak', '#/rapport', '#/slik-regnes-det', '#/vurderinger', '#/sammenlign', '#/verksted', '#/personvern', '#/ikke-funnet'];

test('every route of the example municipality passes axe (WCAG 2.2 AA) and reflows at 320 px', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Prøv med eksempelkommunen' }).click();
  await expect(page.getByText('EKSEMPEL:')).toBeVisible();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const r of routes) {
      await page.goto('/' + r);
      await appReady(page);
      await expectNoAxeViolations(page, `${r} at ${width}px`);
      await expectNoHorizontalScroll(page, `${r} at ${width}px`);
    }
  }
});

test('every language and presentation mode pass axe', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Prøv med eksempelkommunen' }).click();
  for (const lang of ['Nynorsk', 'English'] as const) {
    await chooseLanguage(page, lang);
    for (const r of ['#/', '#/tema/1/sporsmal/1', '#/resultat']) {
      await page.goto('/' + r);
      await expectNoAxeViolations(page, `${r} in ${lang}`);
    }
  }
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.locator('.app.present')).toBeVisible();
  await page.goto('/#/tema/2/sporsmal/3');
  await expectNoAxeViolations(page, 'presentation mode');
});

test('states with errors pass axe: form error summary, import error, save failure', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#new-municipality')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'error summary');

  await startAssessment(page);
  await page.goto('/#/vurderinger');
  await page.locator('#import-file').setInputFiles({ name: 'feil.json', mimeType: 'application/json', buffer: Buffer.from('{"nope": true}') });
  await expect(page.getByRole('alert')).toContainText('ikke ut som en fil fra Egenvurdering rus');
  await expectNoAxeViolations(page, 'import error');

  await page.goto('/#/tema/1/sporsmal/2');
  await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
  await page.getByLabel('Nei').check();
  await expect(page.getByRole('alert').filter({ hasText: 'tok ikke imot' })).toBeVisible();
  await expectNoAxeViolations(page, 'save failure');
});

test('200 % zoom (640 px viewport at 2x text) keeps the question usable', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 720 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await startAssessment(page);
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await expectNoHorizontalScroll(page, 'question at 200% text');
  await expect(page.getByLabel('Ikke relevant')).toBeVisible();
  await context.close();
});
