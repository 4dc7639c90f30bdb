// Never lose a workspace (issue 13): one storage budget, backups of everything, a way back from unreadable data.
import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, expectNoHorizontalScroll, fresh, startAssessment, WORKSPACE_KEY, expectNoAxeViolations, chooseLanguage } from './helpers';
import { assessment, backupFile, importBackup, importFile, storedAssessments, storedText, workspaceBlob } from './storage-helpers';

async function seed(page: Page, value: string) {
  await fresh(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [WORKSPACE_KEY, value]);
  await page.reload();
  await appReady(page);
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await d.path(), 'utf8');
}

test('a 30-assessment workspace with every field at its limit survives reload, backup, wipe and restore byte for byte', async ({ page }) => {
  test.setTimeout(300_000);
  const thirty = Array.from({ length: 30 }, (_, i) => assessment(i, true));
  const file = backupFile(thirty);
  expect(file.length).toBeGreaterThan(5_242_880); // more than localStorage holds as plain text
  await fresh(page, '#/vurderinger');
  await importBackup(page, 'tretti.json', file);
  await expect(page.locator('.card')).toHaveCount(30);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k)?.startsWith('\u2063EVR15:'), WORKSPACE_KEY), { message: 'stored packed' }).toBe(true);
  expect(JSON.stringify(await storedAssessments(page))).toBe(JSON.stringify(thirty));

  await page.reload();
  await appReady(page);
  await expect(page.locator('.card')).toHaveCount(30);
  await expect(page.getByText('kunne ikke leses')).toHaveCount(0); // valid but large is never "corrupt"
  expect(JSON.stringify(await storedAssessments(page))).toBe(JSON.stringify(thirty));

  const backup = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi av alt' }).first().click());
  const saved = JSON.parse(backup).assessments;
  expect(saved).toHaveLength(30);
  // The backup is what is stored: each assessment stamped with the time of the backup, nothing else changed.
  await expect.poll(async () => JSON.stringify(await storedAssessments(page)), { timeout: 30_000 }).toBe(JSON.stringify(saved));
  expect(JSON.stringify(saved.map((a: any) => ({ ...a, last_exported: null })))).toBe(JSON.stringify(thirty));

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await appReady(page);
  await expect(page.locator('.card')).toHaveCount(0);
  await importBackup(page, 'sikkerhetskopi.json', backup);
  await expect(page.locator('.card')).toHaveCount(30);
  expect(JSON.stringify(await storedAssessments(page))).toBe(JSON.stringify(saved));
  await page.reload();
  await appReady(page);
  expect(JSON.stringify(await storedAssessments(page))).toBe(JSON.stringify(saved));
});

test('an edit that would pass the storage budget is refused before anything changes, with the way out', async ({ page }) => {
  // navigator.storage.estimate reports little room: the budget follows it.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'storage', { value: { estimate: async () => ({ quota: 600_000, usage: 0 }), persist: async () => false } });
  });
  const few = Array.from({ length: 2 }, (_, i) => assessment(i, true));
  await seed(page, workspaceBlob(few));
  await page.goto('/#/vurderinger');
  await page.getByRole('button', { name: /^Åpne: Kommune 0/ }).click();
  await page.goto('/#/tema/1/sporsmal/1');
  const note = page.getByLabel(/Notat/);
  await note.fill('kort');
  await expect.poll(async () => (await storedText(page))?.includes('"note":"kort"')).toBe(true);
  const before = await storedText(page);
  // Two full notes more than the room left: refused.
  const third = assessment(2, true);
  await page.goto('/#/vurderinger');
  await importFile(page, 'tredje.json', JSON.stringify({ format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: 1, exported_at: 'x', assessment: third }));
  const alert = page.getByRole('alert').filter({ hasText: 'Endringen ble ikke gjort' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Last ned sikkerhetskopi av alt' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Mine vurderinger' })).toBeVisible();
  expect(await storedText(page)).toBe(before);
  await expect(page.locator('.card')).toHaveCount(2);
  await expectNoAxeViolations(page, 'storage full');
});

for (const [what, value, restoreSays] of [
  ['garbage', 'ikke json i det hele tatt', /0 vurderinger ble hentet inn/],
  ['a future version', workspaceBlob([assessment(0, false)]).replace('"schema_version":1', '"schema_version":7'), /nyere versjon/],
] as const) {
  test(`unreadable stored data (${what}) is announced on every page until dealt with`, async ({ page }) => {
    await seed(page, value);
    for (const hash of ['#/', '#/vurderinger', '#/verksted', '#/personvern']) {
      await page.goto('/' + hash);
      await expect(page.getByRole('alert').filter({ hasText: 'kunne ikke leses' }), hash).toBeVisible();
    }
    await page.goto('/');
    await appReady(page);
    await expectNoAxeViolations(page, `unreadable data on the start page (${what})`);
    const alert = page.getByRole('alert').filter({ hasText: 'kunne ikke leses' });
    const kept = await download(page, () => alert.getByRole('button', { name: 'Last ned de uleselige dataene' }).click());
    expect(kept).toBe(value);
    await alert.getByRole('button', { name: 'Prøv å gjenopprette' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Gjenoppretting' })).toContainText(restoreSays);
    await expect(page.getByRole('alert').filter({ hasText: 'kunne ikke leses' })).toBeVisible(); // still kept, still offered
    await page.getByRole('alert').filter({ hasText: 'kunne ikke leses' }).getByRole('button', { name: 'Slett de uleselige dataene' }).click();
    await expect(page.getByText('kunne ikke leses')).toHaveCount(0);
  });
}

test('a truncated workspace is restored as far as it goes, and what is lost is named', async ({ page }) => {
  const three = [assessment(0, false), assessment(1, false), assessment(2, false)];
  const text = workspaceBlob(three);
  const cut = text.slice(0, text.indexOf('Kommune 2') + 3);
  await seed(page, cut);
  await expect(page.getByRole('alert').filter({ hasText: 'kunne ikke leses' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Prøv å gjenopprette' }).click();
  const said = page.getByRole('alert').filter({ hasText: 'Gjenoppretting' });
  await expect(said).toContainText('2 vurderinger ble hentet inn');
  await expect(said).toContainText('Dataene slutter for tidlig');
  await expect(page.getByRole('heading', { name: 'Fortsett en egenvurdering' })).toBeVisible();
  await expect.poll(async () => JSON.stringify(await storedAssessments(page))).toBe(JSON.stringify(three.slice(0, 2)));
  await expectNoAxeViolations(page, 'restore with losses');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.card')).toHaveCount(2);
});

test('a valid but huge stored workspace loads as it is', async ({ page }) => {
  test.setTimeout(120_000);
  const ten = Array.from({ length: 10 }, (_, i) => assessment(i, true));
  const blob = workspaceBlob(ten);
  expect(blob.length).toBeGreaterThan(1_650_000); // the 1.65 MB case, set aside before
  await seed(page, blob);
  await expect(page.getByText('kunne ikke leses')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(10);
  expect(await storedText(page)).toBe(blob);
});

test('backup: add or replace, with what will change shown first; a bad backup changes nothing', async ({ page }) => {
  await startAssessment(page, 'Alfavik');
  await startAssessment(page, 'Betavik');
  await page.goto('/#/vurderinger');
  await expect(page.getByText('Du har aldri tatt sikkerhetskopi')).toBeVisible();
  const backup = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi av alt' }).first().click());
  expect(JSON.parse(backup).assessments.map((a: any) => a.municipality)).toEqual(['Alfavik', 'Betavik']);
  await expect(page.getByText('Du har aldri tatt sikkerhetskopi')).toHaveCount(0);
  await expect(page.getByText(/Siste sikkerhetskopi: \d+\. \w+ \d{4}/)).toBeVisible();

  await page.getByRole('button', { name: /Slett: Betavik/ }).click();
  await startAssessment(page, 'Gammavik');
  await page.goto('/#/vurderinger');
  await importFile(page, 'kopi.json', backup);
  const preview = page.locator('.backup-preview');
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview).toContainText('Legges til (1):');
  await expect(preview).toContainText('Finnes allerede, uendret (1):');
  await expect(preview).not.toContainText('Slettes');
  await expectNoAxeViolations(page, 'backup preview');
  await preview.getByLabel('Erstatt alt som er her med sikkerhetskopien').check();
  await expect(preview).toContainText('Slettes fra denne nettleseren (1):');
  await expect(preview.locator('.plan-list').nth(1)).toContainText('Gammavik');
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.locator('.card')).toHaveCount(2);

  const before = await storedText(page);
  const bad = backup.replace('"municipality":"Betavik","unit":"","date":"', '"municipality":"Betavik","unit":"","date":"2026-02-31').replace(/"date":"2026-02-31\d{4}-\d\d-\d\d"/, '"date":"2026-02-31"');
  await importFile(page, 'skadet-kopi.json', bad);
  await expect(page.getByRole('alert')).toContainText('Filen «skadet-kopi.json» ble ikke hentet inn');
  await expect(page.getByRole('alert')).toContainText('I vurderingen «Betavik');
  expect(await storedText(page)).toBe(before);

  await importBackup(page, 'kopi.json', backup, 'replace');
  await expect(page.locator('.card-title')).toHaveText([/Alfavik/, /Betavik/]);
  await page.reload();
  await expect(page.locator('.card')).toHaveCount(2);
});

test('a backup reminder after 30 days, and the browser\'s answer to persistent storage told once', async ({ page }) => {
  await startAssessment(page, 'Minnevik');
  await expect(page.getByRole('status').filter({ hasText: /Nettleseren (har lovet|ville ikke love)|kan ikke love/ })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Du har aldri tatt sikkerhetskopi')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('egenvurdering-rus.v1.meta', JSON.stringify({ last_backup: '2020-01-01T00:00:00.000Z', persist_told: true })));
  await page.reload();
  await appReady(page);
  await expect(page.getByText('mer enn 30 dager gammel')).toBeVisible();
  await expectNoAxeViolations(page, 'backup reminder');
  await page.getByRole('button', { name: 'Last ned sikkerhetskopi av alt' }).click();
  await expect(page.getByText('mer enn 30 dager gammel')).toHaveCount(0);
  await startAssessment(page, 'Andrevik');
  await page.getByLabel('Ja', { exact: true }).check();
  await expect(page.getByText(/Nettleseren (har lovet|ville ikke love)|kan ikke love/)).toHaveCount(0); // told once only
});

test('limited fields show a live count, refuse an over-long paste with a warning, and never cut silently', async ({ page }) => {
  await startAssessment(page);
  const note = page.getByLabel(/Notat/);
  await expect(page.locator('#note-count')).toHaveText('0 av 4000 tegn');
  await note.fill('x'.repeat(3990));
  await expect(page.locator('#note-count')).toHaveText('3990 av 4000 tegn');
  await expect(page.locator('[aria-live=polite]').filter({ hasText: '10 tegn igjen.' })).toHaveCount(1);
  const prevented = await note.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text', 'y'.repeat(50));
    const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(true);
  await expect(page.getByRole('alert')).toContainText('Teksten du limte inn er 50 tegn, men det er bare plass til 10 til');
  await expect(note).toHaveValue('x'.repeat(3990));
  await expectNoAxeViolations(page, 'paste warning');
  await expectNoHorizontalScroll(page, 'paste warning');
  const fits = await note.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text', 'y'.repeat(10));
    const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(fits).toBe(false);
  await page.goto('/');
  for (const [id, max] of [['new-municipality', 120], ['new-unit', 120], ['new-participants', 300]] as const) {
    await expect(page.locator(`#${id}-count`)).toHaveText(`0 av ${max} tegn`);
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-describedby', new RegExp(`${id}-count`));
  }
});

test('an import with an over-long field names the field, the question and the limit', async ({ page }) => {
  await fresh(page, '#/vurderinger');
  const a: any = assessment(0, false);
  const [id] = Object.keys(a.responses);
  a.responses[id].note = 'z'.repeat(4001);
  await importFile(page, 'lang.json', JSON.stringify({ format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: 1, exported_at: 'x', assessment: a }));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Feltet «Notat» ved spørsmålet «');
  await expect(alert).toContainText('har 4001 tegn; grensen er 4000');
  await chooseLanguage(page, 'English');
  await importFile(page, 'long.json', JSON.stringify({ format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: 1, exported_at: 'x', assessment: { ...a, id: 'x'.repeat(41), responses: {} } }));
  await expect(page.getByRole('alert')).toContainText('The field "id" has 41 characters; the limit is 40.');
});

test('our own damaged files are called damaged or incomplete, and which part', async ({ page }) => {
  await startAssessment(page, 'Skadevik');
  await page.goto('/#/vurderinger');
  const file = (await download(page, () => page.getByRole('button', { name: /Last ned som fil.*Skadevik/ }).click())).replace('"Skadevik"', '"Skadevik æøå"');
  const before = await storedText(page);
  const bytes = Buffer.from(file);
  const cutInChar = bytes.subarray(0, bytes.indexOf(Buffer.from('æ')) + 1);
  const cases: [string, Buffer, RegExp][] = [
    ['kuttet.json', bytes.subarray(0, 200), /skadet eller ufullstendig: slutten mangler/],
    ['tegn.json', cutInChar, /skadet eller ufullstendig: filen slutter midt i et tegn/],
    ['streng.json', Buffer.from(file.replace('"schema_version": 1', '"schema_version": "1"')), /skadet eller ufullstendig: filformatets versjonsnummer/],
    ['desimal.json', Buffer.from(file.replace('"schema_version": 1', '"schema_version": 1.0')), /versjonsnummer \(schema_version\)/],
    ['null.json', Buffer.from(file.replace('"schema_version": 1', '"schema_version": null')), /versjonsnummer \(schema_version\)/],
    ['mangler.json', Buffer.from(file.replace('"schema_version": 1,', '')), /versjonsnummer \(schema_version\)/],
    ['bank.json', Buffer.from(file.replace(/"bank_version": \d+/, '"bank_version": 999')), /nyere versjon av spørsmålene \(versjon 999/],
    ['usynlig.json', Buffer.from(file.replace('"Skadevik æøå"', '"\\u200b\\u2060"')), /bare av usynlige tegn/],
    ['dato.json', Buffer.from(file.replace(/"date": "[^"]*"/, '"date": "2026-02-31"')), /Feltet «Dato» er ikke en gyldig dato/],
    ['null-dato.json', Buffer.from(file.replace(/"date": "[^"]*"/, '"date": "0000-01-01"')), /Feltet «Dato» er ikke en gyldig dato/],
  ];
  for (const [name, buffer, message] of cases) {
    await importFile(page, name, buffer);
    const alert = page.getByRole('alert').filter({ hasText: `Filen «${name}» ble ikke hentet inn` });
    await expect(alert).toContainText(message);
    expect(await storedText(page)).toBe(before);
  }
  // A file from the previous question bank still imports, and says what differs.
  await importFile(page, 'gammel.json', file.replace(/"bank_version": \d+/, '"bank_version": 1'));
  await expect(page.getByRole('status').filter({ hasText: 'er hentet inn' })).toContainText('Filen ble laget med spørsmålsversjon 1');
});

test('notices belong to their page: an import error is gone after going elsewhere', async ({ page }) => {
  await fresh(page, '#/vurderinger');
  await importFile(page, 'tull.json', 'tull');
  await expect(page.getByRole('alert')).toContainText('Filen «tull.json» ble ikke hentet inn');
  await page.goto('/#/personvern');
  await appReady(page);
  await expect(page.getByText('tull.json')).toHaveCount(0);
  await page.goto('/#/vurderinger');
  await expect(page.getByText('tull.json')).toHaveCount(0);
});

test('workshop: refusals are in a live region, and files that differ are merged only when the user says so', async ({ page }) => {
  await fresh(page, '#/verksted');
  const p = (name: string, date: string, bank: number) => Buffer.from(JSON.stringify({
    format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: bank, exported_at: 'x',
    assessment: { id: 'p', municipality: name, date, responses: {} },
  }));
  await page.locator('#workshop-files').setInputFiles([
    { name: 'anne.json', mimeType: 'application/json', buffer: p('Verkstedvik', '2026-11-01', 1) },
    { name: 'skadet.json', mimeType: 'application/json', buffer: Buffer.from('{') },
  ]);
  await expect(page.locator('[aria-live=polite]').filter({ hasText: 'skadet.json' })).toContainText('1 fil ble ikke tatt med');
  await expect(page.getByText('1 deltaker', { exact: true })).toBeVisible();
  await page.locator('#workshop-files').setInputFiles([{ name: 'bjorn.json', mimeType: 'application/json', buffer: p('Annenvik', '2025-11-01', 1) }]);
  const ask = page.getByRole('alert').filter({ hasText: 'ikke fra samme vurdering' });
  await expect(ask).toContainText('Ulike kommuner: Verkstedvik, Annenvik.');
  await expect(ask).toContainText('Ulike år for vurderingen: 2026, 2025.');
  await expect(page.getByText('1 deltaker', { exact: true })).toBeVisible(); // not merged yet
  await expectNoAxeViolations(page, 'workshop asks before merging');
  await ask.getByRole('button', { name: 'Ikke ta med de nye filene' }).click();
  await expect(page.getByText('1 deltaker', { exact: true })).toBeVisible();
  await page.locator('#workshop-files').setInputFiles([{ name: 'bjorn.json', mimeType: 'application/json', buffer: p('Verkstedvik', '2026-11-01', 2) }]);
  await expect(page.getByRole('alert').filter({ hasText: 'ikke fra samme vurdering' })).toContainText('ulike versjoner av spørsmålene: 1, 2');
  await page.getByRole('button', { name: 'Sammenlign likevel' }).click();
  await expect(page.getByText('2 deltakere')).toBeVisible();
});

test('in a large workspace typing is saved after a pause, and at once when the page is left: nothing typed is lost', async ({ page }) => {
  test.setTimeout(120_000);
  const ten = Array.from({ length: 10 }, (_, i) => assessment(i, true));
  const id = ten[9].id;
  const first = Object.keys(ten[9].responses).find((k) => k.startsWith('t1.responsibility')) ?? Object.keys(ten[9].responses)[0];
  (ten[9].responses as any)[first].note = 'Start';
  await seed(page, workspaceBlob(ten).replace('"current":null', `"current":"${id}"`));
  await page.goto('/#/tema/1/sporsmal/1');
  const note = page.getByLabel(/Notat/);
  await note.fill('Startet etter pause');
  await expect.poll(async () => (await storedText(page))?.includes('Startet etter pause'), { timeout: 5000 }).toBe(true);
  await note.fill('Skrevet rett før omlasting');
  await page.reload(); // pagehide writes what waits for the pause
  await appReady(page);
  await expect(page.getByLabel(/Notat/)).toHaveValue(/Skrevet rett før omlasting|Startet etter pause/);
  expect(await storedText(page)).toContain('Skrevet rett før omlasting');
});

test('the new states reflow at 320 px: unreadable data, backup preview, storage full', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seed(page, 'ikke json');
  await expectNoHorizontalScroll(page, 'unreadable data on the start page at 320 px');
  await page.getByRole('button', { name: 'Slett de uleselige dataene' }).click();
  await startAssessment(page, 'Smalvik');
  await page.goto('/#/vurderinger');
  const backup = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi av alt' }).first().click());
  await importFile(page, 'smal.json', backup);
  await expect(page.locator('.backup-preview')).toBeVisible();
  await page.getByLabel('Erstatt alt som er her med sikkerhetskopien').check();
  await expectNoHorizontalScroll(page, 'backup preview at 320 px');
  await expectNoAxeViolations(page, 'backup preview at 320 px');
});

test('a municipality name of only invisible characters is refused by the form, in words that fit', async ({ page }) => {
  await fresh(page);
  await page.getByLabel('Kommune', { exact: true }).fill('\u200b\u2060');
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary')).toContainText('usynlige tegn alene teller ikke');
  await expect(page).toHaveURL(/#\/$/);
  await expectNoAxeViolations(page, 'invisible name refused');
});
