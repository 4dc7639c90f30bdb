// Nothing is lost: reloads, bad imports, corrupt storage, two tabs; exports that round-trip; compare; CSV.
import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startAssessment, storedWorkspace, WORKSPACE_KEY, fresh, appReady, chooseLanguage } from './helpers';

async function answer(page: Page, hash: string, label: string) {
  await page.goto('/' + hash);
  await page.getByLabel(label, { exact: true }).check();
}

test('answers, notes and the language survive a reload', async ({ page }) => {
  await startAssessment(page);
  await page.getByLabel('Delvis').check();
  await page.getByLabel(/Notat/).fill('Rutine i kvalitetssystemet, versjon 3');
  await chooseLanguage(page, 'Nynorsk');
  await page.reload();
  await expect(page.getByLabel('Delvis')).toBeChecked();
  await expect(page.getByLabel(/Notat/)).toHaveValue('Rutine i kvalitetssystemet, versjon 3');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('button', { name: 'Nynorsk' })).toHaveAttribute('aria-pressed', 'true');
});

test('export then import adds a second, identical assessment', async ({ page }) => {
  await startAssessment(page, 'Eksportvik');
  await page.getByLabel('Nei').check();
  await page.getByLabel('Hva skal gjøres').fill('Skrive rutine «A»');
  await page.goto('/#/vurderinger');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned som fil.*Eksportvik/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^egenvurdering-rus-eksportvik-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text).format).toBe('egenvurdering-rus/assessment');
  await expect(page.getByText(/Sist lastet ned/)).toBeVisible();

  await page.locator('#import-file').setInputFiles({ name: 'eksport.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'er hentet inn med 1 svar' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(2);
  const ws = JSON.parse((await storedWorkspace(page))!);
  const [a, b] = ws.data.assessments;
  expect(a.id).not.toBe(b.id);
  expect(b.responses).toEqual(a.responses);
});

test('a bad or hostile import changes nothing and says why', async ({ page }) => {
  await startAssessment(page);
  await page.getByLabel('Ja', { exact: true }).check();
  await page.goto('/#/vurderinger');
  const before = await storedWorkspace(page);
  const cases: [string, Buffer, RegExp][] = [
    ['tom.json', Buffer.from(''), /Filen er tom/],
    ['stor.json', Buffer.alloc(33_000_000, 0x20), /for stor/],
    ['dyp.json', Buffer.from('['.repeat(50_000) + ']'.repeat(50_000)), /ser ikke ut som en fil/],
    ['uavsluttet.json', Buffer.from('['.repeat(50_000)), /ikke gyldig JSON/],
    ['ny.json', Buffer.from('{"format":"egenvurdering-rus/assessment","schema_version":99}'), /nyere versjon/],
    ['feil.json', Buffer.from('{"format":"egenvurdering-rus/assessment","schema_version":1,"app_version":"x","bank_version":1,"exported_at":"x","assessment":{"id":1}}'), /feil innhold/],
    ['latin1.json', Buffer.from([0x7b, 0xe6, 0xf8, 0xe5, 0x7d]), /UTF-8/],
  ];
  for (const [name, buffer, message] of cases) {
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
    await expect(page.getByRole('alert')).toContainText(`Filen «${name}» ble ikke hentet inn. Ingenting er endret.`);
    await expect(page.getByRole('alert')).toContainText(message);
    expect(await storedWorkspace(page)).toBe(before);
  }
  await expect(page.locator('.card')).toHaveCount(1);
});

test('script text in an imported note is shown as text, never run', async ({ page }) => {
  await fresh(page);
  const file = {
    format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: 1, exported_at: 'x',
    assessment: { id: 'x', municipality: '<img src=x onerror=alert(1)>', responses: { 't1.responsibility': { answer: 'yes', note: '<script>window.__pwned=1</script>' } } },
  };
  await page.goto('/#/vurderinger');
  await page.locator('#import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.goto('/#/tema/1/oppsummering');
  await expect(page.getByText('<script>window.__pwned=1</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await expect(page.locator('img[src=x]')).toHaveCount(0);
});

test('a corrupt saved blob never blanks the app and can be downloaded', async ({ page }) => {
  await fresh(page);
  await page.evaluate((k) => localStorage.setItem(k, '{"format":"egenvurdering-rus/workspace","schema_version":1,"data":{"trunc'), WORKSPACE_KEY);
  await page.reload();
  await appReady(page);
  await page.goto('/#/vurderinger');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('kunne ikke leses');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Last ned de uleselige dataene' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('"data":{"trunc');
  await alert.getByRole('button', { name: 'Slett de uleselige dataene' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('two tabs: an edit shows in the other tab, and a stale tab never overwrites newer work silently', async ({ context }) => {
  const a = await context.newPage();
  await startAssessment(a, 'Fanevik');
  const b = await context.newPage();
  await b.goto('/#/tema/1/sporsmal/2');
  await appReady(b);

  await a.getByLabel('Nei').check();
  await b.goto('/#/tema/1/oppsummering');
  await expect(b.locator('.summary-row').first()).toContainText('Nei');

  // Another tab writes a newer revision without this tab hearing of it (same-tab writes fire no event).
  await b.goto('/#/tema/1/sporsmal/2');
  await b.evaluate((k) => {
    const env = JSON.parse(localStorage.getItem(k)!);
    env.revision += 5;
    env.data.assessments[0].municipality = 'Nyere i annen fane';
    localStorage.setItem(k, JSON.stringify(env));
  }, WORKSPACE_KEY);
  await b.getByLabel('Ja', { exact: true }).check();
  await expect(b.getByRole('alert')).toContainText('endret i en annen fane');
  expect(JSON.parse((await storedWorkspace(b))!).data.assessments[0].municipality).toBe('Nyere i annen fane');
  await b.getByRole('button', { name: 'Behold mine endringer' }).click();
  await expect(b.getByRole('alert')).toHaveCount(0);
  const ws = JSON.parse((await storedWorkspace(b))!);
  expect(ws.data.assessments[0].responses['t1.opening-hours'].answer).toBe('yes');
});

test('carry forward, rename, compare and delete with undo', async ({ page }) => {
  await startAssessment(page, 'Årvik');
  await page.getByLabel('Nei').check();
  await page.goto('/#/vurderinger');
  await page.getByRole('button', { name: /Start neste års vurdering.*Årvik/ }).click();
  await expect(page.getByText('må bekreftes ett for ett')).toBeVisible();
  await answer(page, '#/tema/1/sporsmal/1', 'Ja');
  await page.goto('/#/sammenlign');
  // Theme 1 has 11 questions: one more met is 1 of 11, 9 % (the share met rounds down).
  await expect(page.locator('table tbody tr').first()).toContainText('+9');
  await expect(page.locator('.change-list')).toContainText('Nei → Ja');

  await page.goto('/#/vurderinger');
  await page.getByRole('button', { name: /Endre opplysninger/ }).first().click();
  await page.locator('.edit-form input[type=text]').first().fill('Årvik kommune 2025');
  await page.getByRole('button', { name: 'Lagre opplysningene' }).click();
  await expect(page.locator('.card-title').first()).toContainText('Årvik kommune 2025');

  await page.getByRole('button', { name: /Slett: Årvik kommune 2025/ }).click();
  await expect(page.locator('.card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.locator('.card')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.card')).toHaveCount(2);
});

test('the action plan CSV opens cleanly in a Norwegian spreadsheet', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Prøv med eksempelkommunen' }).click();
  await page.goto('/#/resultat');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toContain('"Tema";"Spørsmål-ID";"Spørsmål";"Svar";"Krav";"Tiltak";"Ansvarlig";"Frist"');
  expect(text).toContain('"Revidere tildelingskriteriene for praktisk bistand";"Kommunalsjef helse og omsorg";"2027-04-30"');
});

test('the report has every part and prints without navigation', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Prøv med eksempelkommunen' }).click();
  await page.goto('/#/rapport');
  for (const h of ['Sammendrag', 'Tema for tema', 'Vedlegg: alle svar med notat, kriterier og hjemmel']) {
    await expect(page.getByRole('heading', { name: h, exact: true })).toBeVisible();
  }
  await expect(page.locator('.report svg')).toHaveCount(0);
  // Every question of the bank (11 + 15 + 12 + 13) in the appendix.
  await expect(page.locator('.appendix-q')).toHaveCount(51);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.report h1')).toBeVisible();
});

test('workshop: several participants\' files show the spread and disagreement offline', async ({ page }) => {
  await fresh(page);
  const file = (answers: Record<string, string>) => Buffer.from(JSON.stringify({
    format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: 1, exported_at: 'x',
    assessment: { id: 'p', municipality: 'Verkstedvik', responses: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { answer: v }])) },
  }));
  await page.goto('/#/verksted');
  await page.locator('#workshop-files').setInputFiles([
    { name: 'anne.json', mimeType: 'application/json', buffer: file({ 't1.responsibility': 'yes', 't1.opening-hours': 'no' }) },
    { name: 'bjorn.json', mimeType: 'application/json', buffer: file({ 't1.responsibility': 'yes', 't1.opening-hours': 'yes' }) },
    { name: 'skadet.json', mimeType: 'application/json', buffer: Buffer.from('{') },
  ]);
  await expect(page.getByText('2 deltakere')).toBeVisible();
  await expect(page.getByText('skadet.json: Filen er ikke gyldig JSON')).toBeVisible();
  const ranges = page.locator('table').first().locator('tbody tr').first();
  // Theme 1 has 11 questions: one Ja is 9 %, two are 18 %.
  await expect(ranges).toContainText('9 %');
  await expect(ranges).toContainText('18 %');
  await page.getByLabel('Vis bare spørsmål der deltakerne er uenige').check();
  await expect(page.locator('.spread-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.spread-table tbody tr')).toContainText('åpningstid');
});

test('a file dropped on the import box is imported like a picked one', async ({ page }) => {
  await startAssessment(page, 'Slippvik');
  await page.getByLabel('Ja', { exact: true }).check();
  await page.goto('/#/vurderinger');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned som fil.*Slippvik/ }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const drop = async (name: string, body: string) => {
    const dt = await page.evaluateHandle(([n, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([b], n, { type: 'application/json' }));
      return dt;
    }, [name, body]);
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dt });
  };
  await drop('sluppet.json', text);
  await expect(page.getByRole('status').filter({ hasText: 'er hentet inn med 1 svar' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(2);
  const before = await storedWorkspace(page);
  await drop('tull.json', 'tull');
  await expect(page.getByRole('alert')).toContainText('Filen «tull.json» ble ikke hentet inn');
  expect(await storedWorkspace(page)).toBe(before);
});

test('with storage switched off the app starts, says so at once, and still works in memory', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => { throw new DOMException('blocked', 'SecurityError'); };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'tok ikke imot' })).toBeVisible();
  await expect(page.getByText('kunne ikke leses')).toHaveCount(0); // not mistaken for corrupt data
  await page.getByLabel('Kommune', { exact: true }).fill('Minnevik');
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await page.getByLabel('Delvis').check();
  await expect(page.getByLabel('Delvis')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Last ned en kopi' })).toBeVisible();
});
