// A few hundred mutated export files, imported in the browser: each is either refused with storage unchanged, or
// accepted and still there, intact, after a reload. Deterministic (seeded), so a failure can be replayed.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, startAssessment, WORKSPACE_KEY } from './helpers';

const COUNT = Number(process.env.FUZZ_COUNT ?? 300);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function mutate(good: Buffer, r: () => number): Buffer {
  const text = good.toString('utf8');
  const at = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: T[]) => xs[at(xs.length)];
  const i = at(good.length);
  switch (at(12)) {
    case 0: return good.subarray(0, i); // cut short, possibly inside a character
    case 1: { const b = Buffer.from(good); b[i] ^= 1 << at(8); return b; } // one bit flipped
    case 2: return Buffer.concat([good.subarray(0, i), good.subarray(i + 1)]); // one byte gone
    case 3: return Buffer.concat([good.subarray(0, i), Buffer.from(pick(['"', '{', '}', ',', '0', 'ø', '\\', ' ', '\u200b', ']'])), good.subarray(i)]);
    case 4: return Buffer.from(text.replace(/\d/g, (d) => (r() < 0.1 ? String(at(10)) : d)));
    case 5: { const j = at(good.length); return Buffer.concat([good.subarray(0, i), good.subarray(Math.min(i, j), Math.max(i, j)), good.subarray(i)]); }
    case 6: return Buffer.from(text.replace(/"(yes|no|partly|dont_know|not_relevant)"/, `"${pick(['maybe', 'yes', 'no', '', 'YES'])}"`));
    case 7: return Buffer.from(text.replace(/"(schema_version|bank_version)": \d+/, (_, k) => `"${k}": ${pick(['"1"', '1.0', 'null', '0', '2', '999', '-1', '1e0'])}`));
    case 8: return Buffer.from(text.replace(/"(note|what|who|municipality|unit|participants|id|updated)": "([^"]*)"/, (_, k) => `"${k}": "${'x'.repeat(pick([39, 40, 41, 119, 120, 121, 299, 300, 301, 3999, 4000, 4001]))}"`));
    case 9: return Buffer.from(text.replace(/"(date|due)": "[^"]*"/, (_, k) => `"${k}": "${pick(['2026-02-29', '2024-02-29', '2026-02-31', '0000-01-01', '2026-13-01', '', '1.1.2026', '9999-12-31'])}"`));
    case 10: return Buffer.from(text.replace(/"municipality": "[^"]*"/, `"municipality": "${pick(['\\u200b', ' ', '\\u00ad\\u2060', 'Ny kommune', '<b>x</b>', ''])}"`));
    default: return Buffer.from(text.replace(/,\s*"[a-z_]+": [^,{}\[\]]+/, '')); // one simple field removed
  }
}

test(`${COUNT} mutated export files: each refused with storage unchanged, or accepted and intact after a reload`, async ({ page }) => {
  test.setTimeout(900_000);
  await startAssessment(page, 'Fuzzvik æøå');
  await page.getByLabel('Delvis').check();
  await page.getByLabel(/Notat/).fill('Rutine «A» – versjon 2');
  await page.getByLabel('Hva skal gjøres').fill('Skrive rutine');
  await page.goto('/#/vurderinger');
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned som fil.*Fuzzvik/ }).click()]);
  const good = readFileSync(await d.path());
  const stored = () => page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY);
  await expect.poll(stored).toContain('last_exported":"2');
  const r = rng(13);
  let accepted = 0, refused = 0;
  for (let n = 0; n < COUNT; n++) {
    const file = mutate(good, r);
    const name = `fuzz-${n}.json`;
    const before = await stored();
    const cards = await page.locator('.card').count();
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: file });
    await page.waitForFunction(([name, cards]) => document.body.innerText.includes(name as string) || document.querySelectorAll('.card').length > (cards as number), [name, cards]);
    if (await page.locator('.card').count() > cards) {
      accepted++;
      await expect.poll(stored, { message: `${name} saved` }).not.toBe(before);
    } else {
      refused++;
      expect(await stored(), `${name} refused and storage unchanged`).toBe(before);
    }
  }
  const last = await stored();
  await page.reload();
  await appReady(page);
  await expect(page.getByText('kunne ikke leses')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(1 + accepted);
  expect(await stored()).toBe(last);
  console.log(`fuzz: ${COUNT} files, ${accepted} accepted, ${refused} refused`);
  expect(refused).toBeGreaterThan(COUNT / 3);
  expect(accepted).toBeGreaterThan(5);
});

test('mutated backup files: each refused with storage unchanged, or shown, imported, and intact after a reload', async ({ page }) => {
  test.setTimeout(600_000);
  const count = Math.max(20, Math.floor(COUNT / 5));
  await startAssessment(page, 'Kopivik');
  await page.getByLabel('Nei').check();
  await page.getByLabel('Hva skal gjøres').fill('Ny rutine «B»');
  await startAssessment(page, 'Andrevik');
  await page.goto('/#/vurderinger');
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned sikkerhetskopi av alt' }).first().click()]);
  // Pretty-printed, so the mutations that look for '"key": value' find their targets.
  const good = Buffer.from(JSON.stringify(JSON.parse(readFileSync(await d.path(), 'utf8')), null, 2));
  const stored = () => page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY);
  const r = rng(7);
  let shown = 0, refused = 0;
  for (let n = 0; n < count; n++) {
    const name = `kopi-${n}.json`;
    const before = await stored();
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: mutate(good, r) });
    await page.waitForFunction((name) => document.body.innerText.includes(name), name);
    if (await page.locator('.backup-preview').count()) {
      shown++;
      await page.getByLabel(n % 2 ? 'Erstatt alt som er her med sikkerhetskopien' : 'Legg til det som er her (ingenting slettes)').check();
      await page.getByRole('button', { name: 'Hent inn', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: /Sikkerhetskopien (er hentet inn|erstattet)/ })).toBeVisible();
    } else {
      refused++;
      expect(await stored(), `${name} refused and storage unchanged`).toBe(before);
    }
  }
  const last = await stored();
  const cards = await page.locator('.card').count();
  await page.reload();
  await appReady(page);
  await expect(page.getByText('kunne ikke leses')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(cards);
  expect(await stored()).toBe(last);
  console.log(`fuzz backups: ${count} files, ${shown} shown and imported, ${refused} refused`);
  expect(refused).toBeGreaterThan(count / 3);
});
