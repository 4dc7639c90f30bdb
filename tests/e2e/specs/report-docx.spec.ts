// The report as an editable Word document: made in the browser from the report on screen, with real headings,
// tables, page numbers and, for an unfinished assessment, UTKAST on every page. The .docx is opened here with
// Python's zipfile and every XML part is parsed; nothing may leave the app's origin, and docx.js is fetched only
// when the user asks for the file.
import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appReady, fresh, startAssessment, watchTraffic, chooseLanguage } from './helpers';

/** The parts of a .docx as text, each XML part parsed (a parse error fails the test). */
function openDocx(path: string): Record<string, string> {
  const py = `
import json, sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
parts = {n: z.read(n).decode('utf-8') for n in z.namelist()}
for n, t in parts.items():
    xml.dom.minidom.parseString(t.encode('utf-8'))
print(json.dumps(parts))`;
  return JSON.parse(execFileSync('python3', ['-c', py, path], { encoding: 'utf8' }));
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

async function downloadDocx(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som Word-dokument (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^egenvurdering-rus-.*-rapport\.docx$/);
  return openDocx((await download.path())!);
}

test('the example report downloads as a Word document with headings, tables and page numbers', async ({ page, context }) => {
  const traffic = await watchTraffic(context, page);
  await fresh(page);
  await page.getByRole('button', { name: 'Prøv med eksempelkommunen' }).click();
  await page.goto('/#/rapport');
  await appReady(page);
  expect(traffic.requests.filter((u) => u.endsWith('/docx.js')), 'docx.js is not fetched before it is needed').toEqual([]);
  const parts = await downloadDocx(page);
  // Fetched now (the service worker keeps it for offline use from then on).
  expect(traffic.requests.filter((u) => u.endsWith('/docx.js')).length).toBeGreaterThanOrEqual(1);
  expect(traffic.requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);

  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/footer1.xml']));
  const doc = parts['word/document.xml'];
  const text = textOf(doc);
  for (const s of ['Rapport fra egenvurderingen: Fjordvik kommune (eksempel)', 'Sammendrag', 'De fem viktigste tiltakene', 'Tema for tema',
    'Lovkrav som ikke er oppfylt', 'Lovgrunnlaget er kontrollert per 1. desember 2026', 'Hjemmel i dag']) {
    expect(text, s).toContain(s);
  }
  // Real headings (outline levels in styles.xml) and real tables, with the header row repeated on a new page.
  expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
  expect(doc.match(/<w:pStyle w:val="Heading2"\/>/g)!.length).toBeGreaterThanOrEqual(3);
  expect(parts['word/styles.xml']).toContain('<w:outlineLvl w:val="0"/>');
  expect(doc.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(10);
  expect(doc).toContain('<w:tblHeader/>');
  // Page numbers are Word fields, "Side 3 av 9" in any edit.
  const footer = parts['word/footer1.xml'];
  expect(footer).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
  expect(footer).toContain('<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>');
  expect(textOf(footer)).toMatch(/^Side 1 av 1$/);
  expect(parts['word/styles.xml']).toContain('<w:lang w:val="nb-NO"/>');
  // Screen-only parts stay out: the buttons and the duty filter.
  expect(text).not.toContain('Skriv ut eller lagre som PDF');
  expect(traffic.errors).toEqual([]);
  expect(await traffic.cspViolations()).toEqual([]);
});

test('an unfinished assessment gets UTKAST in the header of every page, in the page language', async ({ page }) => {
  await startAssessment(page, 'Utkastvik');
  await page.getByLabel('Delvis').check();
  await chooseLanguage(page, 'English');
  await page.goto('/#/rapport');
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a Word document (.docx)' }).click(),
  ]);
  const parts = openDocx((await download.path())!);
  expect(textOf(parts['word/header1.xml'])).toBe('DRAFT');
  expect(parts['word/_rels/document.xml.rels']).toContain('Target="header1.xml"');
  expect(textOf(parts['word/footer1.xml'])).toBe('Page 1 of 1');
  expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  expect(textOf(parts['word/document.xml'])).toContain('Utkastvik');
});

test('once used, the Word writer works offline too (kept by the service worker)', async ({ page, context }) => {
  await startAssessment(page, 'Frakoblavik');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.getByLabel('Delvis').check();
  await page.goto('/#/rapport');
  await appReady(page);
  await downloadDocx(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  const parts = await downloadDocx(page);
  expect(textOf(parts['word/document.xml'])).toContain('Frakoblavik');
  await context.setOffline(false);
});
