// Scale figures for scripts/bench (figures, not pass/fail), for 1, 10 and 30 assessments with every text field at
// its limit (notes 4,000 characters of Norwegian prose, actions 300, header fields at theirs):
//  - start-up: navigation start to the app's own h1 (wasm loaded, stored workspace read and checked, page rendered),
//    median of 5 cold loads;
//  - keystroke-to-frame: keydown in the open assessment's note to the first frame after the app has handled the
//    input (requestAnimationFrame, then a message: the frame has been produced), median and p95 of 100 keys. Each key
//    also saves the whole workspace (encode, pack when needed, write, read back to verify);
//  - the longest main-thread task while typing and saving after the pause (the save itself, at scale);
//  - answer-to-render: radio click to the progress bar's new value, median and p95.
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerToRender } from './measure.mjs';

const URL = process.env.BENCH_URL ?? 'http://127.0.0.1:8097/';
const here = dirname(fileURLToPath(import.meta.url));
const bank = join(here, '../../../src/model/bank');
const inOrder = readdirSync(bank).filter((f) => /^theme\d\.rs$/.test(f)).sort()
  .flatMap((f) => [...readFileSync(join(bank, f), 'utf8').matchAll(/\bid: "(t\d\.[a-z0-9-]+)"/g)].map((m) => m[1]));
const first = inOrder[0]; // the question at #/tema/1/sporsmal/1
const ids = [...inOrder].sort(); // the app keeps responses sorted
const bankVersion = Number(/BANK_VERSION: u32 = (\d+)/.exec(readFileSync(join(bank, 'mod.rs'), 'utf8'))[1]);
const WORDS = ['Rutinen', 'for', 'tildeling', 'er', 'revidert', 'i', 'kvalitetssystemet,', '«versjon', '3»', 'og', 'gjennomgått', 'med', 'ansatte', 'på', 'Nav-kontoret', 'før sommeren.'];
const prose = (n, seed) => { let s = '', i = seed; while (s.length < n) { s += WORDS[i % WORDS.length] + ' '; i = (i * 7 + 3) % 1000003; } return s.slice(0, n); };

function assessment(i, open) {
  const responses = {};
  ids.forEach((id, n) => {
    // The open one is unanswered (so answering moves the progress bar) and its first note has room for 100 keys.
    const note = open && id === first ? prose(3800, n) : prose(4000, i * 100 + n);
    responses[id] = { answer: open ? null : 'partly', note, action: { what: prose(300, n + 1), who: prose(300, n + 2), due: '2027-06-30' } };
  });
  return { id: `a${(0x19a0b000000 + i).toString(16)}`, municipality: prose(120, i), unit: prose(120, i + 1), date: '2026-11-23',
    participants: prose(300, i + 2), responses, to_confirm: [], last_exported: null, updated: '2026-11-23T08:00:00.000Z' };
}

/** src/model/packing.rs: 15 bits of UTF-8 per UTF-16 unit from U+0800, used when plain JSON does not fit. */
function pack(text) {
  const bytes = Buffer.from(text, 'utf8');
  let out = '\u2063EVR15:' + bytes.length + ':', acc = 0, bits = 0;
  const parts = [];
  for (const b of bytes) {
    acc = (acc << 8) | b; bits += 8;
    if (bits >= 15) { bits -= 15; parts.push(String.fromCharCode(0x800 + ((acc >> bits) & 0x7fff))); acc &= (1 << bits) - 1; }
  }
  if (bits > 0) parts.push(String.fromCharCode(0x800 + ((acc << (15 - bits)) & 0x7fff)));
  return out + parts.join('');
}

function blob(n) {
  const assessments = Array.from({ length: n }, (_, i) => assessment(i, i === n - 1));
  const json = JSON.stringify({ format: 'egenvurdering-rus/workspace', schema_version: 1, app_version: '0.1.0', bank_version: bankVersion,
    saved_at: '2026-11-30T08:00:00.000Z', revision: 1, data: { assessments, current: assessments[n - 1].id } });
  return { json, value: json.length > 5_000_000 - 40 ? pack(json) : json };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const f = (x) => x.toFixed(1);

for (const n of [1, 10, 30]) {
  const { json, value } = blob(n);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('h1:not(#prerender h1)')) { window.__appH1 = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(URL);
  await page.waitForFunction(() => window.__appH1 !== undefined);
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); localStorage.setItem('egenvurdering-rus.v1.meta', '{"persist_told":true}'); }, ['egenvurdering-rus.v1.workspace', value]);
  const startup = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__appH1 !== undefined);
    startup.push(await page.evaluate(() => window.__appH1));
  }
  const cards = await page.evaluate(() => { location.hash = '#/vurderinger'; return new Promise((r) => setTimeout(() => r(document.querySelectorAll('.card').length), 500)); });

  await page.goto(`${URL}#/tema/1/sporsmal/1`);
  await page.waitForSelector('#note');
  await page.evaluate(() => {
    window.__keys = [];
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
    const note = document.getElementById('note');
    note.addEventListener('keydown', (e) => { window.__t0 = e.timeStamp; });
    note.addEventListener('input', () => {
      const t0 = window.__t0;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__keys.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    });
    note.focus();
    note.setSelectionRange(note.value.length, note.value.length);
  });
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('a');
    await page.waitForFunction((k) => window.__keys.length > k, i);
  }
  const keys = await page.evaluate(() => window.__keys);
  await page.waitForTimeout(1000); // past the quiet period, so the last keys are saved
  const saved = await page.evaluate(() => localStorage.getItem('egenvurdering-rus.v1.workspace').length);
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));

  const answers = [];
  for (let q = 2; q <= 9; q++) {
    await page.goto(`${URL}#/tema/1/sporsmal/${q}`);
    await page.waitForSelector('#answer-yes');
    answers.push(await answerToRender(page));
  }
  await context.close();
  const kind = value === json ? 'plain' : 'packed';
  console.log(`scale ${String(n).padStart(2)} full    ${(json.length / 1e6).toFixed(2)} MB JSON, stored ${kind} (${(value.length / 1e6).toFixed(2)} M units; after typing ${(saved / 1e6).toFixed(2)} M); ${cards} cards`);
  console.log(`  start-up      median ${f(pct(startup, 50))} ms (5 loads, navigation start to the app's h1; target 300 ms at 30)`);
  console.log(`  keystroke     median ${f(pct(keys, 50))} ms, p95 ${f(pct(keys, 95))} ms over ${keys.length} keys (keydown to the next frame; target p95 16 ms at 30)`);
  console.log(`  save          longest task ${f(longest)} ms while typing and the save after the pause (tasks over 50 ms only)`);
  console.log(`  answer        median ${f(pct(answers, 50))} ms, p95 ${f(pct(answers, 95))} ms over ${answers.length} answers (click to the progress bar)`);
}
await browser.close();
