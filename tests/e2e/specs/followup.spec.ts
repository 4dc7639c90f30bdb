// Issue 16, as a municipality lives it: year 1 with actions, the action list with status, overdue, filters, CSV
// and .ics; year 2 carried forward and confirmed theme by theme; the comparison per question; the trend over
// three years; spot checks in nynorsk and English; axe on every new state. The browser clock is set per year,
// so carry-forward dates the new assessment as a real municipality's would be.
import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { appReady, expectNoAxeViolations, expectNoHorizontalScroll, chooseLanguage } from './helpers';

const MUNI = 'Fjordvik kommune';

async function at(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(iso));
}

/** Moves within the running app, as its own links do: a reload could drop an edit whose save is still pending. */
async function go(page: Page, hash: string) {
  if (!page.url().startsWith('http')) {
    await page.goto('/' + hash);
  } else {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForURL((u) => u.href.endsWith(hash));
  }
  await appReady(page);
}

/** Answers the question on screen and submits the page (one click on the answer, one on Continue). */
async function answer(page: Page, value: string) {
  await page.locator(`input[name=answer][value=${value}]`).check();
  await page.locator('form button[type=submit]').click();
}

/** Every question of the bank: theme by theme, page by page, as a user would go through them. */
async function answerAll(page: Page, pick: (theme: number, n: number) => string, actions: Record<string, [string, string, string]>) {
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
    }
    await page.locator('form button[type=submit]').click();
    answered++;
    await page.waitForURL(/#\/tema\/\d\/(sporsmal\/\d+|oppsummering)$/);
    if (page.url().endsWith('oppsummering')) {
      // The summary's links come with the page; wait for it before asking whether there is a next theme.
      await page.getByRole('link', { name: 'Se resultatet' }).waitFor();
      const next = page.getByRole('link', { name: /^Neste tema/ });
      if ((await next.count()) === 0) break;
      await next.click();
    }
  }
  return answered;
}

async function download(page: Page, button: RegExp) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

/** The .ics parsed as a calendar client would: CRLF only, ≤ 75 octets per line, unfolded, events as maps. */
function parseIcs(text: string) {
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

test('year 1 → actions → year 2 → compare → trend, in bokmål, with nynorsk and English spot checks', async ({ page }) => {
  test.setTimeout(300_000);

  // ---- Year 1: the start page says how long, what to have and who to bring ----
  await at(page, '2024-03-01T09:00:00+01:00');
  await go(page, '#/');
  const duration = page.getByTestId('duration');
  await expect(duration).toContainText(/\d+ spørsmål i 4 tema/);
  await expect(duration).toContainText('2 minutter per spørsmål');
  await expect(page.getByRole('heading', { name: 'Hvem bør delta' })).toBeVisible();
  for (const who of ['Nav-kontoret', 'Helse- og omsorgstjenesten', 'Boligkontoret', 'Ledelsen']) {
    await expect(page.locator('.prep li').filter({ hasText: new RegExp('^' + who) })).toBeVisible();
  }
  await expect(page.getByText('sendes aldri noe sted')).toBeVisible();
  await expectNoAxeViolations(page, 'start page with preparation');

  await page.getByLabel('Kommune', { exact: true }).fill(MUNI);
  await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
  await expect(page).toHaveURL(/#\/tema\/1\/sporsmal\/1$/);
  const total = await answerAll(page, (t, n) => (t === 1 && n === 1 ? 'no' : t === 3 && n === 1 ? 'partly' : t === 2 && n === 2 ? 'no' : 'yes'), {
    '1.1': ['Skriv rutine; del den, og lær opp', 'Kari Nordmann', '2024-06-30'],
    '3.1': ['Boligsosial plan, «revidert»', 'Per Hansen', '2025-01-31'],
    '2.2': ['Samarbeidsavtale med helseforetaket', 'Kari Nordmann', '2024-09-15'],
  });
  expect(total).toBeGreaterThan(40);

  // ---- The action list: status, the check, filters ----
  await go(page, '#/tiltak');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiltak og oppfølging' })).toBeVisible();
  await expect(page.locator('.action-card')).toHaveCount(3);
  await expectNoAxeViolations(page, 'action list');
  const card = page.locator('.action-card', { hasText: 'Skriv rutine' });
  await card.getByLabel('Status').selectOption({ label: 'Pågår' });
  await card.getByLabel('Slik kontrollerer ledelsen effekten').fill('Stikkprøve av ti saker i juni,\nresultat til kommunedirektøren');
  await expect(card.getByLabel('Slik kontrollerer ledelsen effekten')).toHaveAttribute('maxlength', '600');
  await page.locator('.action-card', { hasText: 'Samarbeidsavtale' }).getByLabel('Status').selectOption({ label: 'Gjennomført' });

  await page.getByLabel('Ansvarlig', { exact: true }).selectOption('Kari Nordmann');
  await expect(page.locator('.action-card')).toHaveCount(2);
  await page.getByLabel('Status', { exact: true }).first().selectOption({ label: 'Pågår' });
  await expect(page.locator('.action-card')).toHaveCount(1);
  await expect(page.getByText('Viser 1 av 3 tiltak.')).toBeVisible();
  await page.getByLabel('Ansvarlig', { exact: true }).selectOption('');
  await page.getByLabel('Status', { exact: true }).first().selectOption('');
  await page.getByLabel('Tema', { exact: true }).selectOption({ index: 3 });
  await expect(page.locator('.action-card')).toHaveCount(1);
  await expect(page.locator('.action-card')).toContainText('Boligsosial plan');
  await page.getByLabel('Tema', { exact: true }).selectOption('');
  await page.getByLabel('Pliktsubjekt', { exact: true }).selectOption({ label: 'Nav (sosiale tjenester)' });
  const navCount = await page.locator('.action-card').count();
  expect(navCount).toBeLessThanOrEqual(3);
  await expectNoAxeViolations(page, 'filtered action list');
  await page.getByLabel('Pliktsubjekt', { exact: true }).selectOption('');

  // ---- The files: CSV keeps every field, the .ics has one event per deadline ----
  const csv = await download(page, /Last ned tiltaksplanen/);
  expect(csv.name).toMatch(/^egenvurdering-rus-fjordvik-kommune-2024-03-01-handlingsplan\.csv$/);
  const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(rows[0]).toContain('"Tiltak";"Ansvarlig";"Frist";"Status";"Slik kontrollerer ledelsen effekten";"Overført svar ikke bekreftet"');
  const rutine = rows.find((r) => r.includes('Skriv rutine'))!;
  expect(rutine).toContain('"Skriv rutine; del den, og lær opp";"Kari Nordmann";"2024-06-30";"Pågår";"Stikkprøve av ti saker i juni,\nresultat til kommunedirektøren"');
  expect(rows.find((r) => r.includes('Samarbeidsavtale'))).toContain('"Gjennomført"');

  const ics = await download(page, /Last ned fristene/);
  expect(ics.name).toMatch(/\.ics$/);
  const cal = parseIcs(ics.text);
  expect(cal.logical[0]).toBe('BEGIN:VCALENDAR');
  expect(cal.logical).toContain('VERSION:2.0');
  expect(cal.logical).toContain('X-WR-TIMEZONE:Europe/Oslo');
  expect(cal.events).toHaveLength(3);
  expect(new Set(cal.events.map((e) => e.UID)).size).toBe(3);
  const june = cal.events.find((e) => e['DTSTART;VALUE=DATE'] === '20240630')!;
  expect(june.SUMMARY).toBe('Frist for tiltak: Skriv rutine; del den, og lær opp');
  expect(june.DESCRIPTION).toContain('Ansvarlig: Kari Nordmann\nStatus: Pågår\nSlik kontrollerer ledelsen effekten: Stikkprøve av ti saker i juni,\nresultat til kommunedirektøren');
  expect(june.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  expect(cal.events.find((e) => e['DTSTART;VALUE=DATE'] === '20250131')!.SUMMARY).toBe('Frist for tiltak: Boligsosial plan, «revidert»');

  // ---- Later in year 1: the June deadline passes while the action is still in progress ----
  await at(page, '2024-12-01T09:00:00+01:00');
  await go(page, '#/');
  const overdueHome = page.getByTestId('overdue');
  await expect(overdueHome).toContainText('1 tiltak har passert fristen');
  await expect(overdueHome).toContainText('Skriv rutine');
  await expect(overdueHome).not.toContainText('Samarbeidsavtale'); // done, so not overdue
  await expectNoAxeViolations(page, 'start page with an overdue action');
  await go(page, '#/resultat');
  await expect(page.getByTestId('overdue')).toContainText('30. juni 2024');
  await go(page, '#/tiltak');
  await expect(page.locator('.action-card.is-overdue')).toHaveCount(1);
  await expectNoAxeViolations(page, 'action list with an overdue action');

  // ---- Year 2: carry forward, review theme by theme ----
  await at(page, '2025-03-01T09:00:00+01:00');
  await go(page, '#/vurderinger');
  await page.getByRole('button', { name: /Start neste års vurdering fra denne/ }).click();
  await expect(page).toHaveURL(/#\/vurdering$/);
  await go(page, '#/resultat');
  await expect(page.getByTestId('unconfirmed')).toContainText(`${total} overførte svar er ikke bekreftet`);
  await go(page, '#/rapport');
  await expect(page.getByTestId('draft-mark')).toContainText(String(total));
  await expect(page.locator('.appendix-q .carried-mark')).toHaveCount(total);

  // The old way, on theme 1: open each question and confirm it there (the click count before).
  let clicksBefore = 0;
  await go(page, '#/tema/1/sporsmal/1');
  for (;;) {
    await expect(page.getByText('Overført fra forrige vurdering – bekreft')).toBeVisible();
    await page.getByRole('button', { name: 'Bekreft svaret' }).click();
    clicksBefore++;
    await page.locator('form button[type=submit]').click();
    clicksBefore++;
    await page.waitForURL(/#\/tema\/1\/(sporsmal\/\d+|oppsummering)$/);
    if (page.url().endsWith('oppsummering')) break;
  }
  const theme1 = await page.locator('.summary-row').count();
  expect(clicksBefore).toBe(2 * theme1);

  // The new way, themes 2–4: the summary shows the carried answers, then one button confirms them.
  let clicksAfter = 0;
  await go(page, '#/vurdering');
  await page.locator('a[href="#/tema/2/oppsummering"]').click();
  clicksAfter++;
  for (let theme = 2; theme <= 4; theme++) {
    await expect(page).toHaveURL(new RegExp(`#/tema/${theme}/oppsummering$`));
    const review = page.locator('.carried-review');
    await expect(review.getByRole('heading', { name: 'Overført fra i fjor – ikke bekreftet' })).toBeVisible();
    const carried = await review.locator('.carried-list li').count();
    expect(carried).toBe(await page.locator('.summary-row').count());
    await expect(page.locator('.carried-mark').first()).toBeVisible();
    if (theme === 3) {
      // The open action comes along with its status.
      await expect(review).toContainText('Boligsosial plan, «revidert» (Ikke startet)');
      await expectNoAxeViolations(page, 'theme summary with carried answers');
    }
    // The button comes after the list it confirms.
    const listBox = await review.locator('.carried-list').boundingBox();
    const button = review.getByRole('button', { name: 'Bekreft alle uendret i dette temaet' });
    expect((await button.boundingBox())!.y).toBeGreaterThan(listBox!.y + listBox!.height - 1);
    await button.click();
    clicksAfter++;
    await expect(page.locator('.carried-review')).toHaveCount(0);
    await expect(page.locator('.carried-mark')).toHaveCount(0);
    if (theme < 4) {
      await page.getByRole('link', { name: /^Neste tema/ }).click();
      clicksAfter++;
    }
  }
  await expectNoAxeViolations(page, 'theme summary after confirming');
  const perQuestion = total - theme1;
  console.log(`CLICKS to confirm an unchanged year: before ${total * 2} (2 per question × ${total}; measured ${clicksBefore} for theme 1's ${theme1}), after: ${clicksAfter} for themes 2–4 (${perQuestion} answers) → ${clicksAfter + 2} for all ${total} with theme 1 done the new way too`);
  expect(clicksAfter).toBe(6);
  await go(page, '#/resultat');
  await expect(page.getByTestId('unconfirmed')).toHaveCount(0);
  await go(page, '#/rapport');
  await expect(page.locator('.appendix-q .carried-mark')).toHaveCount(0);

  // Year 2's changes: the housing plan is done and the question now met.
  await go(page, '#/tema/3/sporsmal/1');
  await answer(page, 'yes');
  await go(page, '#/tiltak');
  await page.locator('.action-card', { hasText: 'Boligsosial plan' }).getByLabel('Status').selectOption({ label: 'Kontrollert at det virker' });
  await page.locator('.action-card', { hasText: 'Skriv rutine' }).getByLabel('Status').selectOption({ label: 'Gjennomført' });

  // ---- Compare per question ----
  await go(page, '#/sammenlign');
  const diff = page.locator('.q-changes li');
  await expect(diff).toHaveCount(1);
  await expect(diff.first().locator('.q-change')).toHaveText('Delvis → Ja');
  await expect(diff.first().locator('.q-change-action')).toContainText('Boligsosial plan, «revidert» (Kontrollert at det virker)');
  const closed = page.locator('.closed-list li');
  await expect(closed).toHaveCount(2);
  await expect(closed.filter({ hasText: 'Skriv rutine' })).toContainText('Pågår → Gjennomført');
  await expect(closed.filter({ hasText: 'Boligsosial plan' })).toContainText('Ikke startet → Kontrollert at det virker');
  await expect(page.getByText('Utviklingen vises når det finnes tre eller flere')).toBeVisible();
  await expectNoAxeViolations(page, 'comparison per question');

  // ---- Year 3 and the trend ----
  await at(page, '2026-03-01T09:00:00+01:00');
  await go(page, '#/vurderinger');
  await page.getByRole('button', { name: /Start neste års vurdering fra denne.*2025-03-01/ }).click();
  await expect(page).toHaveURL(/#\/vurdering$/);
  for (let theme = 1; theme <= 4; theme++) {
    await go(page, `#/tema/${theme}/oppsummering`);
    await page.getByRole('button', { name: 'Bekreft alle uendret i dette temaet' }).click();
  }
  await go(page, '#/tema/1/sporsmal/1');
  await answer(page, 'yes');
  await go(page, '#/sammenlign');
  const chart = page.locator('svg.trend-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart).toHaveAttribute('aria-label', /Fjordvik kommune, 2024–2026/);
  await expect(chart.locator('polyline')).toHaveCount(4);
  const table = page.locator('table.trend-table');
  await expect(table.locator('thead th')).toHaveText(['Tema', '2024', '2025', '2026']);
  await expect(table.locator('tbody tr')).toHaveCount(4);
  // Housing rose from year 1 to year 2 (Delvis → Ja); the table says so in figures.
  const housing = await table.locator('tbody tr').nth(2).locator('td').allTextContents();
  expect(parseInt(housing[1])).toBeGreaterThan(parseInt(housing[0]));
  await expectNoAxeViolations(page, 'trend chart with table');
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page, 'comparison and trend at 320 px');
  await go(page, '#/tiltak');
  await expectNoHorizontalScroll(page, 'action list at 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // ---- Nynorsk and English spot checks ----
  await go(page, '#/tiltak');
  await chooseLanguage(page, 'Nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiltak og oppfølging' })).toBeVisible();
  await expect(page.getByLabel('Ansvarleg')).toBeVisible();
  await expect(page.locator('.action-card', { hasText: 'Skriv rutine' }).getByLabel('Status')).toHaveValue('done');
  await expect(page.getByRole('button', { name: 'Last ned fristane til kalenderen (.ics)' })).toBeVisible();
  await expectNoAxeViolations(page, 'action list in nynorsk');
  await go(page, '#/sammenlign');
  await expect(page.locator('table.trend-table caption')).toContainText('Del oppfylt per tema og år');
  await expectNoAxeViolations(page, 'trend in nynorsk');

  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { name: 'Trend per theme over the years' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Actions closed' })).toBeVisible();
  await go(page, '#/tiltak');
  await expect(page.getByRole('heading', { level: 1, name: 'Actions and follow-up' })).toBeVisible();
  const en = parseIcs((await download(page, /Download the deadlines/)).text);
  expect(en.events.length).toBe(3);
  expect(en.events.every((e) => e.SUMMARY.startsWith('Action deadline: '))).toBe(true);
  await expectNoAxeViolations(page, 'action list in English');
  await go(page, '#/');
  await expect(page.getByTestId('duration')).toContainText('How long does it take?');
  await go(page, '#/tema/2/oppsummering');
  await expectNoAxeViolations(page, 'theme summary in English');
});
