// Issue 16, as a municipality lives it: year 1 with actions, the action list with status, overdue, filters, CSV
// and .ics; year 2 carried forward and confirmed theme by theme; the comparison per question; the trend over
// three years; spot checks in nynorsk and English; axe on every new state. The browser clock is set per year,
// so carry-forward dates the new assessment as a real municipality's would be.
import { test, expect } from '@playwright/test';
import { chooseLanguage, expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from './helpers';
import { answer, answerAll, at, download, go, parseCsv, parseIcs } from './followup-helpers';

const MUNI = 'Fjordvik kommune';

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
  await expect(page.locator('.question-links .carried-mark')).toHaveCount(total);
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
  await expect(page.locator('.summary-row').first()).toBeVisible();
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

// The same path in nynorsk and English, end to end: every step reads the words on screen in that language, the
// status and effect check are set where the action is written, the action list is reached from the main menu,
// and both files are read back in full.
type Words = {
  button: string; duration: RegExp; who: string; docs: string; privacy: string; municipality: string; start: string;
  links: { seeResults: string; nextTheme: string }; navLabel: string; navActions: string; menu: string;
  actionsH1: string; status: string; check: string; owner: string; theme: string; duty: string; nav: string;
  st: Record<'not_started' | 'in_progress' | 'done' | 'verified', string>; yes: string; no: string; partly: string;
  shown: string; csvButton: RegExp; icsButton: RegExp; csvCols: string[]; icsPrefix: string; icsOwner: string;
  overdue: string; longDate: string; carry: string; unconfirmed: (n: number) => string; mark: string;
  themeCarried: (n: number) => string; themeUnconfirmed: (n: number) => string; carriedTitle: string; confirmTheme: string; qChanges: string; closed: string;
  trendNeedThree: string; trendTable: string; themeCol: string; draft: string;
  acts: { rutine: string; check: string; housing: string; agreement: string };
};

const WORDS: Record<'nn' | 'en', Words> = {
  nn: {
    button: 'Nynorsk', duration: /^Kor lang tid tek det\? \d+ spørsmål i 4 tema\./, who: 'Kven bør vere med', docs: 'Ha for handa',
    privacy: 'blir aldri sende nokon stad', municipality: 'Kommune', start: 'Start eigenvurderinga',
    links: { seeResults: 'Sjå resultatet', nextTheme: 'Neste tema' }, navLabel: 'Hovudmeny', navActions: 'Tiltak', menu: 'Meny',
    actionsH1: 'Tiltak og oppfølging', status: 'Status', check: 'Slik kontrollerer leiinga effekten', owner: 'Ansvarleg',
    theme: 'Tema', duty: 'Pliktsubjekt', nav: 'Nav (sosiale tenester)',
    st: { not_started: 'Ikkje starta', in_progress: 'Pågår', done: 'Gjennomført', verified: 'Kontrollert at det verkar' },
    yes: 'Ja', no: 'Nei', partly: 'Delvis', shown: 'Viser 1 av 3 tiltak.',
    csvButton: /Last ned tiltaksplanen/, icsButton: /Last ned fristane/,
    csvCols: ['Tema', 'Spørsmål-ID', 'Spørsmål', 'Svar', 'Krav', 'Tiltak', 'Ansvarleg', 'Frist', 'Status',
      'Slik kontrollerer leiinga effekten', 'Overført svar ikkje stadfesta', 'Heimel i dag', 'Heimel i tilsynet 2004 (historisk)'],
    icsPrefix: 'Frist for tiltak', icsOwner: 'Ansvarleg', overdue: '1 tiltak har passert fristen utan å vere gjennomført.',
    longDate: '30. juni 2024', carry: 'Start neste års vurdering frå denne',
    unconfirmed: (n) => `${n} overførte svar er ikkje stadfesta og tel med i tala som svara frå i fjor.`,
    mark: 'Overført, ikkje stadfesta', themeCarried: (n) => `Overført, ikkje stadfesta: ${n}`,
    themeUnconfirmed: (n) => `${n} svar i temaet er overførte og ikkje stadfesta og tel her som svara frå i fjor.`,
    carriedTitle: 'Overført frå i fjor – ikkje stadfesta', confirmTheme: 'Stadfest alle uendra i dette temaet',
    qChanges: 'Endring per spørsmål', closed: 'Tiltak som vart lukka',
    trendNeedThree: 'Utviklinga blir vist når det finst tre eller fleire', trendTable: 'Del oppfylt per tema og år', themeCol: 'Tema',
    draft: 'Overført og ikkje stadfesta',
    acts: { rutine: 'Skriv rutine; del ho, og lær opp', check: 'Stikkprøve av ti saker i juni,\nresultat til kommunedirektøren',
      housing: 'Bustadsosial plan, «revidert»', agreement: 'Samarbeidsavtale med helseføretaket' },
  },
  en: {
    button: 'English', duration: /^How long does it take\? \d+ questions in 4 themes\./, who: 'Who should take part', docs: 'Have at hand',
    privacy: 'are never sent anywhere', municipality: 'Municipality', start: 'Start the self-assessment',
    links: { seeResults: 'See the results', nextTheme: 'Next theme' }, navLabel: 'Main menu', navActions: 'Actions', menu: 'Menu',
    actionsH1: 'Actions and follow-up', status: 'Status', check: 'How management checks the effect', owner: 'Owner',
    theme: 'Theme', duty: 'Duty holder', nav: 'Nav (social services)',
    st: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', verified: 'Checked that it works' },
    yes: 'Yes', no: 'No', partly: 'Partly', shown: 'Showing 1 of 3 actions.',
    csvButton: /Download the action plan/, icsButton: /Download the deadlines/,
    csvCols: ['Theme', 'Question ID', 'Question', 'Answer', 'Requirement', 'Action', 'Owner', 'Deadline', 'Status',
      'How management checks the effect', 'Carried answer not confirmed', 'Legal basis today', 'Basis in the 2004 audit (history)'],
    icsPrefix: 'Action deadline', icsOwner: 'Owner', overdue: '1 action is past its deadline and not done.',
    longDate: '30 June 2024', carry: "Start next year's assessment from this one",
    unconfirmed: (n) => `${n} carried answers are not confirmed and count in the figures as last year's answers.`,
    mark: 'Carried, not confirmed', themeCarried: (n) => `Carried, not confirmed: ${n}`,
    themeUnconfirmed: (n) => `${n} answers in this theme are carried and not confirmed and count here as last year's answers.`,
    carriedTitle: 'Carried over from last year – not confirmed', confirmTheme: 'Confirm all unchanged in this theme',
    qChanges: 'Change per question', closed: 'Actions closed',
    trendNeedThree: 'The trend shows once there are three or more', trendTable: 'Share met per theme and year', themeCol: 'Theme',
    draft: 'Carried over and not confirmed',
    acts: { rutine: 'Write a procedure; share it, and train staff', check: 'Spot check of ten cases in June,\nresult to the chief executive',
      housing: 'Social housing plan, "revised"', agreement: 'Cooperation agreement with the health trust' },
  },
};

for (const code of ['nn', 'en'] as const) {
  const w = WORDS[code];
  test(`year 1 → actions → year 2 → compare → trend, all in ${code}, with the action list from the main menu`, async ({ page }) => {
    test.setTimeout(300_000);
    const mainMenu = page.getByRole('navigation', { name: w.navLabel });
    const menuEntry = mainMenu.getByRole('link', { name: w.navActions, exact: true });

    // ---- Year 1: the start page in the chosen language ----
    await at(page, '2024-03-01T09:00:00+01:00');
    await go(page, '#/');
    await chooseLanguage(page, w.button as 'Nynorsk' | 'English');
    await expect(page.getByTestId('duration')).toHaveText(w.duration);
    await expect(page.getByRole('heading', { name: w.who })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.docs })).toBeVisible();
    await expect(page.locator('.prep li')).toHaveCount(9);
    await expect(page.getByText(w.privacy)).toBeVisible();
    await page.getByLabel(w.municipality, { exact: true }).fill(MUNI);
    await page.getByRole('button', { name: w.start }).click();
    await expect(page).toHaveURL(/#\/tema\/1\/sporsmal\/1$/);

    // Status and effect check are written with the action, on the question page.
    const total = await answerAll(page, (t, n) => (t === 1 && n === 1 ? 'no' : t === 3 && n === 1 ? 'partly' : t === 2 && n === 2 ? 'no' : 'yes'), {
      '1.1': [w.acts.rutine, 'Kari Nordmann', '2024-06-30', 'in_progress', w.acts.check],
      '3.1': [w.acts.housing, 'Per Hansen', '2025-01-31'],
      '2.2': [w.acts.agreement, 'Kari Nordmann', '2024-09-15', 'done'],
    }, w.links);
    expect(total).toBeGreaterThan(40);
    await go(page, '#/tema/1/sporsmal/1');
    await expect(page.getByLabel(w.status, { exact: true })).toHaveValue('in_progress');
    await expect(page.getByLabel(w.status, { exact: true }).locator('option:checked')).toHaveText(w.st.in_progress);
    await expect(page.getByLabel(w.check, { exact: true })).toHaveValue(w.acts.check);
    // The same word for the owner here as in the action list, the CSV and the calendar.
    await expect(page.getByLabel(w.owner, { exact: true })).toHaveValue('Kari Nordmann');
    await expectNoAxeViolations(page, `question page with status and effect check in ${code}`);

    // ---- The action list, from the main menu ----
    await menuEntry.click();
    await expect(page).toHaveURL(/#\/tiltak$/);
    await expect(menuEntry).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1, name: w.actionsH1 })).toBeVisible();
    const cards = page.locator('.action-card');
    await expect(cards).toHaveCount(3);
    const rutine = cards.filter({ hasText: w.acts.rutine });
    await expect(rutine.getByLabel(w.status, { exact: true })).toHaveValue('in_progress');
    await expect(rutine.getByLabel(w.check, { exact: true })).toHaveValue(w.acts.check);
    await expect(cards.filter({ hasText: w.acts.agreement }).getByLabel(w.status, { exact: true })).toHaveValue('done');
    await expect(cards.filter({ hasText: w.acts.housing }).getByLabel(w.status, { exact: true })).toHaveValue('not_started');
    const filter = page.locator('.action-filters');
    await filter.getByLabel(w.owner, { exact: true }).selectOption('Kari Nordmann');
    await expect(cards).toHaveCount(2);
    await filter.getByLabel(w.status, { exact: true }).selectOption({ label: w.st.in_progress });
    await expect(cards).toHaveCount(1);
    await expect(page.getByText(w.shown)).toBeVisible();
    await filter.getByLabel(w.owner, { exact: true }).selectOption('');
    await filter.getByLabel(w.status, { exact: true }).selectOption('');
    await filter.getByLabel(w.theme, { exact: true }).selectOption({ index: 3 });
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText(w.acts.housing);
    await filter.getByLabel(w.theme, { exact: true }).selectOption('');
    await filter.getByLabel(w.duty, { exact: true }).selectOption({ label: w.nav });
    expect(await cards.count()).toBeLessThan(3);
    await filter.getByLabel(w.duty, { exact: true }).selectOption('');
    await expect(cards).toHaveCount(3);
    await expectNoAxeViolations(page, `action list in ${code}`);

    // ---- The CSV keeps every field, in the language on screen ----
    const csv = await download(page, w.csvButton);
    expect(csv.name).toBe('egenvurdering-rus-fjordvik-kommune-2024-03-01-handlingsplan.csv');
    const records = parseCsv(csv.text);
    expect(records[0]).toEqual(w.csvCols);
    expect(records).toHaveLength(4);
    const row = (what: string) => records.find((r) => r[5] === what)!;
    expect(row(w.acts.rutine).slice(3, 11)).toEqual([w.no, expect.any(String), w.acts.rutine, 'Kari Nordmann', '2024-06-30', w.st.in_progress, w.acts.check, '']);
    expect(row(w.acts.agreement).slice(5, 11)).toEqual([w.acts.agreement, 'Kari Nordmann', '2024-09-15', w.st.done, '', '']);
    expect(row(w.acts.housing).slice(3, 11)).toEqual([w.partly, expect.any(String), w.acts.housing, 'Per Hansen', '2025-01-31', w.st.not_started, '', '']);

    // ---- The calendar: one all-day event per deadline, escaped and folded, in Norwegian time ----
    const ics = await download(page, w.icsButton);
    expect(ics.name).toBe('egenvurdering-rus-fjordvik-kommune-2024-03-01-tiltaksfrister.ics');
    const cal = parseIcs(ics.text);
    expect(cal.logical[0]).toBe('BEGIN:VCALENDAR');
    expect(cal.logical[cal.logical.length - 1]).toBe('END:VCALENDAR');
    expect(cal.logical).toContain('VERSION:2.0');
    expect(cal.logical).toContain('X-WR-TIMEZONE:Europe/Oslo');
    expect(cal.events).toHaveLength(3);
    expect(new Set(cal.events.map((e) => e.UID)).size).toBe(3);
    expect(cal.events.map((e) => e['DTSTART;VALUE=DATE']).sort()).toEqual(['20240630', '20240915', '20250131']);
    const june = cal.events.find((e) => e['DTSTART;VALUE=DATE'] === '20240630')!;
    expect(june.SUMMARY).toBe(`${w.icsPrefix}: ${w.acts.rutine}`);
    expect(june.DESCRIPTION).toContain(`\n${w.icsOwner}: Kari Nordmann\nStatus: ${w.st.in_progress}\n${w.check}: ${w.acts.check}`);
    expect(june.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(cal.events.find((e) => e['DTSTART;VALUE=DATE'] === '20250131')!.SUMMARY).toBe(`${w.icsPrefix}: ${w.acts.housing}`);
    // The raw line escapes the comma and semicolon, as RFC 5545 asks.
    expect(cal.logical).toContain(`SUMMARY:${w.icsPrefix}: ${w.acts.rutine.replace(/[\\;,]/g, '\\$&')}`);

    // ---- The June deadline passes while the action is in progress ----
    await at(page, '2024-12-01T09:00:00+01:00');
    await go(page, '#/');
    const overdue = page.getByTestId('overdue');
    await expect(overdue).toContainText(`${MUNI} (2024-03-01): ${w.overdue}`);
    await expect(overdue).toContainText(w.acts.rutine);
    await expect(overdue).not.toContainText(w.acts.agreement);
    await go(page, '#/resultat');
    await expect(page.getByTestId('overdue')).toContainText(w.longDate);
    await go(page, '#/tiltak');
    await expect(page.locator('.action-card.is-overdue')).toHaveCount(1);

    // ---- Year 2: carried answers are marked everywhere and counted ----
    await at(page, '2025-03-01T09:00:00+01:00');
    await go(page, '#/vurderinger');
    await page.getByRole('button', { name: new RegExp(w.carry) }).click();
    await expect(page).toHaveURL(/#\/vurdering$/);
    const perQuestion = page.locator('.question-links li');
    await expect(perQuestion).toHaveCount(total);
    await expect(page.locator('.question-links .carried-mark')).toHaveCount(total);
    await expect(page.locator('.question-links .carried-mark').first()).toHaveText(w.mark);
    const theme1 = await page.locator('#theme-1-h').locator('..').locator('.question-links li').count();
    await expect(page.getByTestId('theme-carried')).toHaveCount(4);
    await expect(page.getByTestId('theme-carried').first()).toHaveText(w.themeCarried(theme1));
    await expectNoAxeViolations(page, `overview with carried answers in ${code}`);
    await go(page, '#/resultat');
    await expect(page.getByTestId('unconfirmed')).toContainText(w.unconfirmed(total));
    await expect(page.getByTestId('theme-unconfirmed')).toHaveCount(4);
    await expect(page.getByTestId('theme-unconfirmed').first()).toContainText(w.themeUnconfirmed(theme1));
    const unmet = page.locator('.findings-unmet .finding');
    expect(await unmet.count()).toBeGreaterThan(0);
    await expect(page.locator('.findings-unmet .finding .carried-mark')).toHaveCount(await unmet.count());
    await expect(unmet.filter({ hasText: w.acts.rutine })).toContainText(`${w.status}: ${w.st.in_progress}`);
    await expect(page.locator('.plan-table .carried-mark')).toHaveCount(3);
    await expectNoAxeViolations(page, `results with carried answers in ${code}`);
    await go(page, '#/rapport');
    await expect(page.getByTestId('draft-mark')).toContainText(`${w.draft}: ${total}.`);
    await expect(page.locator('.appendix-q .carried-mark')).toHaveCount(total);
    await expect(page.getByTestId('theme-unconfirmed')).toHaveCount(4);
    await menuEntry.click();
    await expect(page.locator('.action-card .carried-mark')).toHaveCount(3);

    // Review theme by theme: the carried answers first, then one button.
    await go(page, '#/vurdering');
    await page.locator('a[href="#/tema/1/oppsummering"]').click();
    for (let theme = 1; theme <= 4; theme++) {
      await expect(page).toHaveURL(new RegExp(`#/tema/${theme}/oppsummering$`));
      const review = page.locator('.carried-review');
      await expect(review.getByRole('heading', { name: w.carriedTitle })).toBeVisible();
      expect(await review.locator('.carried-list li').count()).toBe(await page.locator('.summary-row').count());
      if (theme === 3) await expect(review).toContainText(`${w.acts.housing} (${w.st.not_started})`);
      await review.getByRole('button', { name: w.confirmTheme }).click();
      await expect(page.locator('.carried-review')).toHaveCount(0);
      await expect(page.locator('.carried-mark')).toHaveCount(0);
      if (theme < 4) await page.getByRole('link', { name: new RegExp('^' + w.links.nextTheme) }).click();
    }
    await go(page, '#/vurdering');
    await expect(page.locator('.carried-mark')).toHaveCount(0);
    await go(page, '#/resultat');
    await expect(page.getByTestId('unconfirmed')).toHaveCount(0);
    await expect(page.locator('.carried-mark')).toHaveCount(0);

    // Year 2's changes, on the question pages: the housing plan works and the question is met; the procedure is done.
    await go(page, '#/tema/3/sporsmal/1');
    await page.locator('input[name=answer][value=yes]').check();
    await page.getByLabel(w.status, { exact: true }).selectOption({ label: w.st.verified });
    await page.locator('form button[type=submit]').click();
    // By keyboard alone: from the deadline (a date field Tab steps through day, month, year), Tab reaches the
    // status, and an arrow moves it on one step.
    await go(page, '#/tema/1/sporsmal/1');
    await page.locator('#action-due').focus();
    await tabTo(page, (el) => el.id === 'action-status', 5);
    await expect(page.getByLabel(w.status, { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel(w.status, { exact: true })).toHaveValue('done');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(w.check, { exact: true })).toBeFocused();
    await menuEntry.click();
    await expect(cards.filter({ hasText: w.acts.housing }).getByLabel(w.status, { exact: true })).toHaveValue('verified');
    await expect(cards.filter({ hasText: w.acts.rutine }).getByLabel(w.status, { exact: true })).toHaveValue('done');

    // ---- Compare per question ----
    await go(page, '#/sammenlign');
    await expect(page.getByRole('heading', { name: w.qChanges })).toBeVisible();
    const diff = page.locator('.q-changes li');
    await expect(diff).toHaveCount(1);
    await expect(diff.locator('.q-change')).toHaveText(`${w.partly} → ${w.yes}`);
    await expect(diff.locator('.q-change-action')).toContainText(`${w.acts.housing} (${w.st.verified})`);
    await expect(page.getByRole('heading', { name: w.closed })).toBeVisible();
    const closed = page.locator('.closed-list li');
    await expect(closed).toHaveCount(2);
    await expect(closed.filter({ hasText: w.acts.rutine })).toContainText(`${w.st.in_progress} → ${w.st.done}`);
    await expect(closed.filter({ hasText: w.acts.housing })).toContainText(`${w.st.not_started} → ${w.st.verified}`);
    await expect(page.getByText(w.trendNeedThree)).toBeVisible();
    await expectNoAxeViolations(page, `comparison in ${code}`);

    // ---- Year 3 and the trend ----
    await at(page, '2026-03-01T09:00:00+01:00');
    await go(page, '#/vurderinger');
    await page.getByRole('button', { name: new RegExp(`${w.carry}.*2025-03-01`) }).click();
    await expect(page).toHaveURL(/#\/vurdering$/);
    for (let theme = 1; theme <= 4; theme++) {
      await go(page, `#/tema/${theme}/oppsummering`);
      await page.getByRole('button', { name: w.confirmTheme }).click();
      await expect(page.locator('.carried-review')).toHaveCount(0);
    }
    await go(page, '#/tema/1/sporsmal/1');
    await answer(page, 'yes');
    await go(page, '#/sammenlign');
    const chart = page.locator('svg.trend-chart');
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`${MUNI}, 2024–2026`));
    await expect(chart.locator('polyline')).toHaveCount(4);
    const table = page.locator('table.trend-table');
    await expect(table.locator('caption')).toContainText(w.trendTable);
    await expect(table.locator('thead th')).toHaveText([w.themeCol, '2024', '2025', '2026']);
    await expect(table.locator('tbody tr')).toHaveCount(4);
    const share = async (row: number) => (await table.locator('tbody tr').nth(row).locator('td').allTextContents()).map((v) => parseInt(v));
    const [guidance, housing] = [await share(0), await share(2)];
    expect(housing[1]).toBeGreaterThan(housing[0]);
    expect(guidance[2]).toBeGreaterThan(guidance[1]);
    await expectNoAxeViolations(page, `trend in ${code}`);

    // ---- On a phone: the menu with the extra entry reflows and passes axe ----
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(page, `comparison and trend at 320 px in ${code}`);
    const menu = page.getByRole('button', { name: w.menu });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(menuEntry).toBeVisible();
    await expectNoHorizontalScroll(page, `open menu at 320 px in ${code}`);
    await expectNoAxeViolations(page, `open menu at 320 px in ${code}`);
    await menuEntry.click();
    await expect(page).toHaveURL(/#\/tiltak$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expectNoHorizontalScroll(page, `action list at 320 px in ${code}`);
    await go(page, '#/tema/1/sporsmal/1');
    await expect(page.getByLabel(w.status, { exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page, `question page with status and effect check at 320 px in ${code}`);
  });
}
