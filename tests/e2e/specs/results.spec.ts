// Results and report as a rådmann, a kommunestyre and the county governor read them: the right legal
// requirements first, a draft marked as one, the printed demo within six pages, a phone without sideways
// scrolling, and axe with the WCAG 2.2 AA tags on every state.
import { test, expect, Page } from '@playwright/test';
import { appReady, fresh, startAssessment, expectNoHorizontalScroll, expectNoAxeViolations as expectAxe22, chooseLanguage } from './helpers';

async function openDemo(page: Page) {
  await fresh(page);
  await page.getByRole('button', { name: 'Prøv med eksempelkommunen' }).click();
  await expect(page.getByText('EKSEMPEL:')).toBeVisible();
}

async function go(page: Page, hash: string) {
  await page.goto('/' + hash);
  await appReady(page);
}

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page ("/Type /Pages" is the tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the demo report lists exactly the legal requirements answered Delvis or Nei, and results open with them', async ({ page }) => {
  await openDemo(page);
  await go(page, '#/rapport');
  // The appendix states every answer with its kind of requirement; the themes must list exactly the unmet legal ones.
  const rows = await page.$$eval('.appendix-q', (qs) => qs
    .map((q) => ({ n: (q.querySelector('.q-number')?.textContent ?? '').trim(), a: (q.querySelector('dd')?.textContent ?? '').trim() }))
    .filter((q) => /^(Delvis|Nei) \(Lovkrav\)$/.test(q.a)));
  const expected = rows.map((r) => r.n);
  expect(expected.length, 'the demo has unmet legal requirements').toBeGreaterThan(0);
  const inThemes = await page.locator('[data-testid=theme-unmet] .q-number').allTextContents();
  expect(inThemes.map((s) => s.trim())).toEqual(expected);
  // Page 1 holds at most twelve, Nei before Delvis, and says how many more there are.
  const listed = (await page.locator('[data-testid=summary-unmet] .q-number').allTextContents()).map((s) => s.trim());
  const seriousFirst = [...rows.filter((r) => r.a.startsWith('Nei')), ...rows.filter((r) => r.a.startsWith('Delvis'))].map((r) => r.n);
  expect(listed).toEqual(seriousFirst.slice(0, 12));
  if (expected.length > 12) {
    await expect(page.getByTestId('summary-unmet-more')).toHaveText(`… og ${expected.length - 12} til. Alle står under hvert tema i «Tema for tema».`);
  } else {
    await expect(page.getByTestId('summary-unmet-more')).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: `Lovkrav som ikke er oppfylt (${expected.length})` })).toBeVisible();
  await expect(page.getByText('Lovgrunnlaget er kontrollert per 1. desember 2026.')).toBeVisible();

  await go(page, '#/resultat');
  const links = page.locator('.findings-unmet .finding-q a');
  await expect(links).toHaveCount(expected.length);
  await expect(page.locator('h2').first()).toHaveText(`Lovkrav som ikke ser ut til å være oppfylt (${expected.length})`);
  // Every link leads to its question, which is a legal requirement answered Delvis or Nei.
  for (let i = 0; i < expected.length; i++) {
    await go(page, '#/resultat');
    const [theme, n] = expected[i].split('.');
    await page.locator('.findings-unmet .finding-q a').nth(i).click();
    await expect(page).toHaveURL(new RegExp(`#/tema/${theme}/sporsmal/${n}$`));
    await expect(page.locator('input[type=radio]:checked')).toHaveCount(1);
    const checked = await page.locator('input[type=radio]:checked').evaluate((el) => document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim());
    expect(['Delvis', 'Nei']).toContain(checked);
    await expect(page.getByText('Lovkrav', { exact: true }).first()).toBeVisible();
  }
});

test('the score is a share met whose status can be read, with the 2004 finding as a sentence beside each theme', async ({ page }) => {
  await openDemo(page);
  await go(page, '#/resultat');
  // Questions may speak of beredskap (preparedness); the score's name, headings and columns must not.
  await expect(page.locator('thead th, caption, h2, .chart-title, .status-line, .lead').filter({ hasText: /beredskap/i })).toHaveCount(0);
  await expect(page.locator('.chart-radar')).toHaveCount(0);
  const cells = page.locator('table.score-table').first().locator('[data-testid=share-met]');
  await expect(cells).toHaveCount(4);
  for (const text of await cells.allTextContents()) expect(text).toMatch(/^\d+ av \d+ oppfylt \(\d+\s%\)$/);
  const themes = page.locator('.theme-status');
  await expect(themes).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await expect(themes.nth(i).locator('.reason')).toContainText('Hvorfor:');
    await expect(themes.nth(i).locator('.national')).toContainText('Funn i det landsomfattende tilsynet 2004:');
  }
});

test('an unfinished assessment is a draft: banner on screen, UTKAST on every printed page', async ({ page }) => {
  await startAssessment(page, 'Utkastvik kommune');
  await page.getByLabel('Ja', { exact: true }).check();
  await go(page, '#/rapport');
  await expect(page.getByTestId('draft-mark')).toContainText('UTKAST');
  await expectAxe22(page, 'draft report');
  await page.emulateMedia({ media: 'print' });
  const css = await page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { draft: s.getPropertyValue('--draft').trim(), word: s.getPropertyValue('--page-word').trim(), of: s.getPropertyValue('--page-of').trim() };
  });
  expect(css).toEqual({ draft: '"UTKAST"', word: '"Side"', of: '"av"' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'screen' });
});

test('the printed demo report: a one-page summary, summary and themes in at most 6 A4 pages, the appendix after them', async ({ page }) => {
  await openDemo(page);
  await go(page, '#/rapport');
  const full = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.evaluate(() => { (document.querySelector('.report-appendix') as HTMLElement).style.display = 'none'; });
  const main = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  console.log(`demo report: ${main} pages main part, ${full} pages with the appendix`);
  expect(main).toBeLessThanOrEqual(6);
  expect(full).toBeGreaterThan(main);
  // Page 1 is the summary: alone, it prints on one page.
  await page.evaluate(() => { (document.querySelector('.report-themes') as HTMLElement).style.display = 'none'; });
  expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })), 'the summary fits on page 1').toBe(1);
  // The draft mark follows the answers: the demo is a draft exactly when some question is unanswered.
  const unanswered = await page.locator('.appendix-q dd strong', { hasText: 'Ikke besvart' }).count();
  await expect(page.getByTestId('draft-mark')).toHaveCount(unanswered > 0 ? 1 : 0);
});

test('long words and URLs pasted into a note wrap inside the page, on paper and on a phone', async ({ page }) => {
  await startAssessment(page, 'Langordvik kommune');
  await page.getByLabel('Nei', { exact: true }).check();
  const long = 'https://example.invalid/' + 'sosialtjenesteloven-rundskriv-'.repeat(12) + ' ' + 'Rusmiddelomsorgssamarbeidsavtaleforhandlingsprotokoll'.repeat(4);
  await page.getByLabel(/^Notat/).fill(long);
  await go(page, '#/rapport');
  for (const [media, width] of [['print', 700], ['screen', 320]] as const) {
    await page.emulateMedia({ media });
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => {
      const note = [...document.querySelectorAll('.note-text')].find((n) => n.textContent?.includes('example.invalid')) as HTMLElement;
      const report = document.querySelector('.report') as HTMLElement;
      return { note: note.getBoundingClientRect().right, report: report.getBoundingClientRect().right, scroll: document.documentElement.scrollWidth, width: innerWidth };
    });
    expect(overflow.note, `note inside the report (${media})`).toBeLessThanOrEqual(overflow.report + 1);
    expect(overflow.scroll, `no sideways scroll (${media})`).toBeLessThanOrEqual(overflow.width);
  }
});

test('results, report, method and compare pass axe (WCAG 2.2 AA) and reflow at 320 px, tables as cards', async ({ page }) => {
  await openDemo(page);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const r of ['#/resultat', '#/rapport', '#/slik-regnes-det', '#/sammenlign']) {
      await go(page, r);
      await expectAxe22(page, `${r} at ${width}px`);
      await expectNoHorizontalScroll(page, `${r} at ${width}px`);
    }
  }
  await go(page, '#/resultat');
  const row = page.locator('table.score-table tbody tr').first();
  expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
  await expect(row.locator('[data-testid=share-met]')).toBeVisible();
});

test('a duty holder can be chosen with the keyboard, and each view passes axe', async ({ page }) => {
  await openDemo(page);
  await go(page, '#/resultat');
  await page.getByRole('radio', { name: 'Alle' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Nav (sosiale tjenester)' })).toBeChecked();
  await expect(page.locator('.filter-note')).toContainText('Nav (sosiale tjenester)');
  await expectAxe22(page, 'results for Nav');
  await page.getByRole('radio', { name: 'Hvem har plikten i dag' }).check();
  await expectAxe22(page, 'results grouped by duty holder');
  await go(page, '#/rapport');
  await page.getByRole('radio', { name: 'Kommunens helse- og omsorgstjeneste' }).check();
  await expect(page.locator('.report-meta')).toContainText('Kommunens helse- og omsorgstjeneste');
  await expectAxe22(page, 'report for the health and care service');
  for (const lang of ['Nynorsk', 'English'] as const) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await chooseLanguage(page, lang);
    for (const r of ['#/resultat', '#/rapport']) {
      await go(page, r);
      await expectAxe22(page, `${r} in ${lang}`);
    }
  }
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await go(page, '#/resultat');
  await expectAxe22(page, 'results in presentation mode');
});

test('on a phone the header takes at most 15 % of the screen, and its menu opens with the keyboard', async ({ page }) => {
  await openDemo(page);
  for (const [width, height] of [[320, 568], [360, 640], [390, 844]]) {
    await page.setViewportSize({ width, height });
    await go(page, '#/resultat');
    const h = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(h, `header at ${width}x${height}`).toBeLessThanOrEqual(0.15 * height);
  }
  const menu = page.getByRole('button', { name: 'Meny' });
  await expect(page.getByRole('navigation', { name: /./ }).first()).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: 'Rapport', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak', exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page, 'phone menu open at 390 px');
  await page.setViewportSize({ width: 320, height: 568 });
  await expectNoHorizontalScroll(page, 'phone menu open at 320 px');
  await expectAxe22(page, 'phone menu open');
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await expect(page).toHaveURL(/#\/rapport$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('chart labels never clip with the WCAG 1.4.12 text-spacing overrides', async ({ page }) => {
  await openDemo(page);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await go(page, '#/resultat');
    // Styles set through the CSSOM, as a bookmarklet would: the CSP allows no injected stylesheet.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        el.style.letterSpacing = '0.12em';
        el.style.wordSpacing = '0.16em';
        el.style.lineHeight = '1.5';
      }
      for (const p of document.querySelectorAll<HTMLElement>('p')) p.style.marginBottom = '2em';
    });
    const labels = page.locator('.bar-label');
    expect(await labels.count()).toBeGreaterThanOrEqual(9);
    const clipped = await labels.evaluateAll((els) => els.filter((el) => {
      const r = el.getBoundingClientRect();
      const fig = (el.closest('figure') as HTMLElement).getBoundingClientRect();
      return el.scrollWidth > el.clientWidth + 1 || r.left < fig.left - 1 || r.right > fig.right + 1;
    }).map((el) => el.textContent));
    expect(clipped, `clipped labels at ${width}px`).toEqual([]);
    await expect(labels.filter({ hasText: /^4\. / })).toHaveCount(1);
  }
});
