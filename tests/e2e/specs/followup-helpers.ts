// Steps and file readers shared by the follow-up specs: moving within the running app, answering the whole bank
// as a user would, downloading, and reading the CSV and .ics back as a spreadsheet and a calendar client would.
import { expect, Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { appReady } from './helpers';

export async function at(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(iso));
}

/** Moves within the running app, as its own links do: a reload could drop an edit whose save is still pending. */
export async function go(page: Page, hash: string) {
  if (!page.url().startsWith('http')) {
    await page.goto('/' + hash);
  } else {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForURL((u) => u.href.endsWith(hash));
  }
  await appReady(page);
}

/** Answers the question on screen and submits the page (one click on the answer, one on Continue). */
export async function answer(page: Page, value: string) {
  await page.locator(`input[name=answer][value=${value}]`).check();
  await page.locator('form button[type=submit]').click();
}

/** What, owner, deadline; optionally the status token and the effect check, set on the question page. */
export type ActionInput = [string, string, string, string?, string?];

/** The summary page's own link texts, in the language on screen. */
export type SummaryLinks = { seeResults: string; nextTheme: string };

/** Every question of the bank: theme by theme, page by page, as a user would go through them. */
export async function answerAll(page: Page, pick: (theme: number, n: number) => string, actions: Record<string, ActionInput>,
  links: SummaryLinks = { seeResults: 'Se resultatet', nextTheme: 'Neste tema' }) {
  await go(page, '#/tema/1/sporsmal/1');
  let answered = 0;
  for (;;) {
    const m = page.url().match(/#\/tema\/(\d)\/sporsmal\/(\d+)$/);
    if (!m) break;
    const key = `${m[1]}.${m[2]}`;
    await page.locator(`input[name=answer][value=${pick(+m[1], +m[2])}]`).check();
    const act = actions[key];
    if (act) {
      await page.locator('#action-what').fill(act[0]);
      await page.locator('#action-who').fill(act[1]);
      await page.locator('#action-due').fill(act[2]);
      if (act[3]) await page.locator('#action-status').selectOption(act[3]);
      if (act[4]) await page.locator('#action-check').fill(act[4]);
    }
    // The old page's URL matches the pattern too: wait for a new one and its heading, or the next round could
    // answer the page that is leaving and skip the one coming.
    const [before, heading] = [page.url(), await page.locator('h1').textContent()];
    await page.locator('form button[type=submit]').click();
    answered++;
    await page.waitForURL((u) => u.href !== before && /#\/tema\/\d\/(sporsmal\/\d+|oppsummering)$/.test(u.href));
    await expect(page.locator('h1')).not.toHaveText(heading ?? '');
    if (page.url().endsWith('oppsummering')) {
      // The summary's links come with the page; wait for it before asking whether there is a next theme.
      await page.getByRole('link', { name: links.seeResults }).waitFor();
      const next = page.getByRole('link', { name: new RegExp('^' + links.nextTheme) });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(/#\/tema\/\d\/sporsmal\/1$/);
    }
  }
  return answered;
}

export async function download(page: Page, button: RegExp) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

/** The CSV as a spreadsheet reads it: BOM, `;` between quoted cells, `""` inside, line breaks kept in a cell,
 *  CRLF between records. Every record must have as many cells as the header. */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF'), 'a BOM, so Excel reads UTF-8').toBe(true);
  const s = text.slice(1);
  const records: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    expect(s[i], `a quoted cell at ${i}`).toBe('"');
    let cell = '';
    i++;
    for (;;) {
      const j = s.indexOf('"', i);
      expect(j, 'a closing quote').toBeGreaterThanOrEqual(0);
      cell += s.slice(i, j);
      if (s[j + 1] === '"') { cell += '"'; i = j + 2; } else { i = j + 1; break; }
    }
    row.push(cell);
    if (s[i] === ';') i++;
    else {
      expect(s.slice(i, i + 2), 'CRLF after a record').toBe('\r\n');
      i += 2;
      records.push(row);
      row = [];
    }
  }
  for (const r of records) expect(r.length, `cells in ${r.join('|')}`).toBe(records[0].length);
  return records;
}

/** The .ics parsed as a calendar client would: CRLF only, ≤ 75 octets per line, unfolded, events as maps. */
export function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const l of physical) {
    expect(l.includes('\n') || l.includes('\r'), `bare line break in ${l}`).toBe(false);
    expect(Buffer.byteLength(l, 'utf8'), `over 75 octets: ${l}`).toBeLessThanOrEqual(75);
    if (l.startsWith(' ')) logical[logical.length - 1] += l.slice(1);
    else logical.push(l);
  }
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
  const events: Record<string, string>[] = [];
  let cur: Record<string, string> | null = null;
  for (const l of logical) {
    if (l === 'BEGIN:VEVENT') cur = {};
    else if (l === 'END:VEVENT') { events.push(cur!); cur = null; }
    else if (cur) {
      const i = l.indexOf(':');
      cur[l.slice(0, i)] = unescape(l.slice(i + 1));
    }
  }
  return { logical, events };
}
