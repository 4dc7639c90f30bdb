// Shared by the storage specs: real question ids, files of every size, and reading the stored workspace whether
// it is plain or packed (src/model/packing.rs).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
import { Page, expect } from '@playwright/test';
import { WORKSPACE_KEY } from './helpers';

/** The question ids of the bank this build was made from. */
export function questionIds(): string[] {
  const dir = join(here, '../../../src/model/bank');
  const ids: string[] = [];
  for (const f of readdirSync(dir).filter((f) => /^theme\d\.rs$/.test(f)).sort()) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bid: "(t\d\.[a-z0-9-]+)"/g)) ids.push(m[1]);
  }
  return ids;
}

export function bankVersion(): number {
  const src = readFileSync(join(here, '../../../src/model/bank/mod.rs'), 'utf8');
  return Number(/BANK_VERSION: u32 = (\d+)/.exec(src)![1]);
}

/** Norwegian prose of exactly n characters. */
export function prose(n: number, seed = 0): string {
  const words = ['Rutinen', 'for', 'tildeling', 'er', 'revidert', 'i', 'kvalitetssystemet,', '«versjon', '3»', 'og', 'gjennomgått', 'med', 'ansatte', 'på', 'Nav-kontoret', 'før sommeren.'];
  let s = '';
  let i = seed;
  while (s.length < n) { s += words[i % words.length] + ' '; i = (i * 7 + 3) % 1000003; }
  return s.slice(0, n);
}

export function assessment(i: number, full: boolean, ids = questionIds()) {
  const responses: Record<string, unknown> = {};
  // Sorted, as the app keeps them (a BTreeMap), so the JSON text compares byte for byte.
  for (const [n, id] of [...ids].sort().entries()) {
    responses[id] = full
      ? { answer: 'partly', note: prose(4000, i * 100 + n), action: { what: prose(300, n + 1), who: prose(300, n + 2), due: '2027-06-30' } }
      : { answer: 'yes', note: '', action: { what: '', who: '', due: '' } };
  }
  return {
    id: `a${(0x19a0b000000 + i).toString(16)}`,
    municipality: full ? `Kommune ${i} ` + prose(120 - `Kommune ${i} `.length, i) : `Kommune ${i}`,
    unit: full ? prose(120, i + 1) : '',
    date: `20${(10 + (i % 16)).toString().padStart(2, '0')}-11-23`,
    participants: full ? prose(300, i + 2) : '',
    responses,
    to_confirm: [],
    last_exported: null,
    updated: '2026-11-23T08:00:00.000Z',
  };
}

export function backupFile(assessments: unknown[]): string {
  return JSON.stringify({ format: 'egenvurdering-rus/backup', schema_version: 1, app_version: '0.1.0', bank_version: bankVersion(), exported_at: '2026-11-30T08:00:00.000Z', assessments });
}

export function workspaceBlob(assessments: unknown[], revision = 1): string {
  return JSON.stringify({ format: 'egenvurdering-rus/workspace', schema_version: 1, app_version: '0.1.0', bank_version: bankVersion(), saved_at: '2026-11-30T08:00:00.000Z', revision, data: { assessments, current: null } });
}

export function exportFile(a: unknown, bank = bankVersion()): string {
  return JSON.stringify({ format: 'egenvurdering-rus/assessment', schema_version: 1, app_version: '0.1.0', bank_version: bank, exported_at: '2026-11-30T08:00:00.000Z', assessment: a }, null, 2);
}

/** The stored value as text: unpacks a packed value (15 bits per UTF-16 unit from U+0800). */
export function unpack(s: string): string {
  const MARK = '\u2063EVR15:';
  if (!s.startsWith(MARK)) return s;
  const rest = s.slice(MARK.length);
  const colon = rest.indexOf(':');
  const len = Number(rest.slice(0, colon));
  const bytes = new Uint8Array(len);
  let acc = 0, bits = 0, n = 0;
  for (let i = colon + 1; i < rest.length; i++) {
    acc = (acc << 15) | (rest.charCodeAt(i) - 0x800);
    bits += 15;
    while (bits >= 8 && n < len) { bits -= 8; bytes[n++] = (acc >> bits) & 0xff; acc &= (1 << bits) - 1; }
  }
  return Buffer.from(bytes).toString('utf8');
}

export async function storedText(page: Page): Promise<string | null> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY);
  return raw === null ? null : unpack(raw);
}

export async function storedAssessments(page: Page): Promise<unknown[]> {
  const t = await storedText(page);
  return t === null ? [] : JSON.parse(t).data.assessments;
}

export async function importFile(page: Page, name: string, body: string | Buffer) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: typeof body === 'string' ? Buffer.from(body) : body });
}

/** Imports a backup and confirms the shown mode. */
export async function importBackup(page: Page, name: string, body: string, mode: 'add' | 'replace' = 'add') {
  await importFile(page, name, body);
  await expect(page.getByRole('heading', { name: new RegExp(`sikkerhetskopien «${name}»`) })).toBeVisible({ timeout: 30_000 });
  if (mode === 'replace') await page.getByLabel('Erstatt alt som er her med sikkerhetskopien').check();
  await page.getByRole('button', { name: 'Hent inn', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Sikkerhetskopien (er hentet inn|erstattet)/ })).toBeVisible({ timeout: 30_000 });
}
