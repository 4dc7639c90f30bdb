// Speed figures for scripts/bench (figures, not pass/fail):
//  - time to first render: navigation start to the first h1 in the DOM (the start page prerendered into
//    index.html), and to the app's own h1 (wasm loaded, app rendered and usable), medians of 7 cold loads;
//  - answer-to-render: radio click to the question page's progress bar showing one more answer (the live score
//    was removed from the question page on purpose), median and p95 over the bank's questions, measured inside
//    the page with performance.now() and a MutationObserver. Scale figures (1, 10, 30 full assessments) are in
//    scale.mjs.
import { chromium } from '@playwright/test';
import { answerToRender } from './measure.mjs';

const URL = process.env.BENCH_URL ?? 'http://127.0.0.1:8097/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

const firstRender = [];
const appReady = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (window.__firstH1 === undefined && document.querySelector('h1')) window.__firstH1 = performance.now();
      if (document.querySelector('h1:not(#prerender h1)')) { window.__appH1 = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(URL);
  await page.waitForFunction(() => window.__appH1 !== undefined);
  const [first, app] = await page.evaluate(() => [window.__firstH1, window.__appH1]);
  firstRender.push(first);
  appReady.push(app);
  await context.close();
}

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(URL);
await page.getByLabel('Kommune', { exact: true }).fill('Fartsvik');
await page.getByRole('button', { name: 'Start egenvurderingen' }).click();
await page.waitForSelector('progress');
const latencies = [];
for (let t = 1; t <= 4; t++) {
  for (let n = 1; n <= 9; n++) {
    await page.goto(`${URL}#/tema/${t}/sporsmal/${n}`);
    if (!(await page.locator('#answer-yes').count())) break;
    latencies.push(await answerToRender(page));
  }
}
await browser.close();

const f = (x) => x.toFixed(1);
console.log(`first render    median ${f(pct(firstRender, 50))} ms (7 loads, navigation start to the prerendered h1, no throttling)`);
console.log(`app ready       median ${f(pct(appReady, 50))} ms (7 loads, navigation start to the wasm app's h1, no throttling)`);
console.log(`answer->render  median ${f(pct(latencies, 50))} ms, p95 ${f(pct(latencies, 95))} ms over ${latencies.length} answers (radio click to the progress bar's new value; target p95 <= 16 ms)`);
