// Issue #17: a first visit downloads each file once. The service worker fills its offline cache from what the page
// has already fetched (sw.template.js), instead of downloading the whole app a second time. Counted where it
// matters, at the server: a static server of its own per test logs every request (scripts/serve_dist.py SERVE_LOG)
// and sends no cache headers for compressed files, like the static host the issue measured.
import { test, expect } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady } from './helpers';

const DIST = process.env.E2E_DIST ?? join(process.cwd(), '..', '..', 'dist');
// Beside the suite's own server (E2E_PORT), so parallel suites with their own E2E_PORT do not collide.
const PORT = Number(process.env.E2E_PORT ?? 8089) + 1000;
const BASE = `http://127.0.0.1:${PORT}`;

/** What the built service worker caches at install, under which cache name, and the bokmål lean build (wasm and
 *  glue, named in index.html) that a first visit with no saved language uses: the worker keeps those from the
 *  page's hand-over although they are on demand (scripts/lang_builds.py). */
function swFiles(): { cache: string; files: string[]; build: string[] } {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const cache = sw.match(/const CACHE = "([^"]+)"/)![1];
  const files = JSON.parse(sw.match(/const FILES = (\[[^\]]*\])/)![1]) as string[];
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const nb = JSON.parse(index.match(/var F = (\{.*?\}), lang = 'nb'/)![1]).nb.lean;
  const onDemand = sw.match(/const ON_DEMAND = (\[[^\]]*\])/)![1];
  expect(onDemand).toContain(nb.wasm);
  return { cache, files, build: [nb.wasm, nb.js] };
}

let server: ChildProcess | undefined;
let log = '';

async function startServer(dir = DIST) {
  log = join(mkdtempSync(join(tmpdir(), 'first-visit-')), 'requests.log');
  server = spawn('python3', [join(process.cwd(), '..', '..', 'scripts', 'serve_dist.py'), String(PORT), dir], {
    env: { ...process.env, SERVE_LOG: log },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${BASE}/sw.js`, { method: 'HEAD' })).ok) break; } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopServer() {
  server?.kill();
  server = undefined;
}

/** GET requests the server has seen, per path (the probe of startServer excluded). */
function gets(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of existsSync(log) ? readFileSync(log, 'utf8').split('\n') : []) {
    const m = line.match(/^GET (\S+)$/);
    if (m) counts[m[1].split('?')[0]] = (counts[m[1].split('?')[0]] ?? 0) + 1;
  }
  return counts;
}

test.afterEach(stopServer);

for (const entry of ['/', '/#/tema/2/sporsmal/3']) {
  test(`a first visit to ${entry} downloads each file once, and the app then works with the server gone`, async ({ page }) => {
    await startServer();
    const { cache, files: installed, build } = swFiles();
    const files = [...installed, ...build];
    await page.goto(BASE + entry);
    await appReady(page);
    // The worker is installed and in control, and its cache holds every file (and the hand-over cache is gone).
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expect.poll(() => page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return { entries: keys.map((r) => new URL(r.url).pathname).sort(), caches: await caches.keys() };
    }, cache)).toEqual({ entries: files.map((f) => f.slice(1)).sort(), caches: [cache] });

    const counts = gets();
    expect(Object.keys(counts).sort(), 'what the first visit fetched').toEqual([...files.map((f) => f.slice(1)), '/sw.js'].sort());
    expect(Object.entries(counts).filter(([, n]) => n > 1), 'files downloaded more than once').toEqual([]);

    // With nothing to download from, the app still starts, on the page it was opened on.
    stopServer();
    await page.reload();
    await appReady(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(new URL(page.url()).hash).toBe(new URL(BASE + entry).hash);
    // A first visit has no assessment yet, so the linked question says so and offers to start one.
    if (entry.includes('sporsmal')) await expect(page.locator('h1')).toHaveText('Ingen egenvurdering er åpen');
    else await expect(page.getByRole('button', { name: 'Start egenvurderingen' })).toBeVisible();
  });
}

// force-cache takes whatever the HTTP cache holds, however old. Here the page got an index.html that is not the one
// of this build (a deploy happened between the page load and the worker's install): the worker must not keep it
// for offline use, or an offline start would load a page whose files are gone from the cache.
test('a copy of index.html that is not this build\'s is refused and the right one downloaded', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'first-visit-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const built = readFileSync(join(DIST, 'index.html'), 'utf8');
  writeFileSync(join(dir, 'index.html'), built + '<!-- another build -->\n');
  await startServer(dir);
  const { cache } = swFiles();
  await page.goto(BASE + '/', { waitUntil: 'commit' });
  // The document has been sent once its subresources are asked for; the worker installs only after the wasm has
  // run, far later. Now the host has the build that sw.js belongs to.
  await expect.poll(() => Object.keys(gets()).some((p) => p.endsWith('.wasm')), { timeout: 30_000 }).toBe(true);
  writeFileSync(join(dir, 'index.html'), built);
  await appReady(page);
  await expect.poll(() => page.evaluate(async (name) => {
    const hit = await (await caches.open(name)).match('./');
    return hit ? hit.text() : null;
  }, cache), { timeout: 30_000 }).toBe(built);
  expect(gets()['/'], 'index.html: the page\'s copy, then the right one').toBe(2);
});
