// The trainer's camera scanner (issue 14), in Chromium with a fake camera: a participant's QR code, drawn by the
// app's own on-demand QR module, becomes the camera's video file; the scanner reads it and the participant is in
// the room, with the camera stopped. A refused camera says so and leaves typing as it was. Nothing leaves the
// origin, the QR module loads only when needed, and each scanner state passes axe.
import { Browser, chromium, expect, Page, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { appReady, expectNoAxeViolations, expectNoHorizontalScroll, watchTraffic } from './helpers';

const PORT = process.env.E2E_PORT ?? '8089';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const W = 640, H = 480;

function launch(extra: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...BASE_ARGS, ...extra] });
}

/** A participant answers three questions in participant mode and shows the code (with its QR code, unless told
 *  otherwise); returns the code as shown. */
async function participant(page: Page, qr = true): Promise<string> {
  await page.goto('/#/deltaker');
  await appReady(page);
  await page.getByLabel('Bolig', { exact: true }).check();
  const yes = page.locator('input[value="yes"]');
  for (let i = 0; i < 3; i++) await yes.nth(i).check();
  await page.getByRole('button', { name: 'Vis koden min' }).click();
  if (qr) await expect(page.locator('svg.qr[role=img]')).toBeVisible();
  return ((await page.locator('#participant-code').textContent()) ?? '').replace(/\s/g, '');
}

/** The QR code on the participant's screen as a camera would film it: luma of a W×H frame, the code centred. */
async function qrLuma(page: Page): Promise<number[]> {
  return page.evaluate(({ W, H }) => {
    const svg = document.querySelector('svg.qr')!;
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const scale = Math.floor((H - 40) / size);
    const c = document.createElement('canvas');
    c.width = W; c.height = H;
    const g = c.getContext('2d')!;
    g.fillStyle = '#9a9a9a'; g.fillRect(0, 0, W, H);
    const x0 = Math.floor((W - size * scale) / 2), y0 = Math.floor((H - size * scale) / 2);
    g.fillStyle = '#f4f4f4'; g.fillRect(x0, y0, size * scale, size * scale);
    g.fillStyle = '#151515';
    for (const m of svg.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
      g.fillRect(x0 + Number(m[1]) * scale, y0 + Number(m[2]) * scale, scale, scale);
    }
    const px = g.getImageData(0, 0, W, H).data;
    const out: number[] = [];
    for (let i = 0; i < px.length; i += 4) out.push(Math.round(0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2]));
    return out;
  }, { W, H });
}

/** A few frames of YUV 4:2:0 video (the format Chromium's fake camera plays), grey in colour, looping. */
function writeY4m(path: string, luma: number[]) {
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(luma), Buffer.alloc((W / 2) * (H / 2) * 2, 128)]);
  writeFileSync(path, Buffer.concat([header, frame, frame, frame, frame, frame]));
}

/** Records each camera stream the page gets, so the test can see the camera was stopped afterwards. */
const recordStreams = () => {
  const streams: MediaStream[] = ((window as any).__streams = []);
  const get = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (c) => { const s = await get(c); streams.push(s); return s; };
};
const cameraState = (page: Page) => page.evaluate(() => ((window as any).__streams as MediaStream[]).map((s) => s.getTracks().map((t) => t.readyState).join()));

test('a participant code read from the camera joins the room, and the camera stops', async ({ page }, info) => {
  test.setTimeout(120_000);
  const code = await participant(page);
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20,30}$/);
  const video = info.outputPath('qr.y4m');
  writeY4m(video, await qrLuma(page));

  const browser = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  try {
    const context = await browser.newContext({ baseURL: ORIGIN, locale: 'nb-NO' });
    await context.addInitScript(recordStreams);
    const trainer = await context.newPage();
    const { requests, errors, cspViolations } = await watchTraffic(context, trainer);
    await trainer.goto('/#/verksted');
    await appReady(trainer);
    // Nothing of the QR module before the scanner is opened.
    expect(requests.filter((u) => /\/qr[.-]/.test(u))).toEqual([]);
    await trainer.getByRole('button', { name: 'Skann QR-kode med kameraet' }).click();
    await expect(trainer.locator('#code-status')).toHaveText(/^Deltaker 1 \(Bolig\)/);
    await expect(trainer.locator('.code-list li')).toHaveCount(1);
    await expect(trainer.locator('#scanner')).toHaveCount(0);
    await expect(trainer.locator('#code-input')).toBeFocused();
    expect(await cameraState(trainer)).toEqual(['ended']);
    // The same code typed now is the same participant: the scanner read exactly what the phone showed.
    await trainer.keyboard.type(code);
    await trainer.keyboard.press('Enter');
    await expect(trainer.locator('#code-status')).toContainText('allerede med som deltaker 1');
    expect(requests.filter((u) => new URL(u).origin !== ORIGIN), 'requests to another origin').toEqual([]);
    expect(requests.some((u) => /\/qr-[0-9a-f]+_bg\.wasm$/.test(u))).toBe(true);
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the scanner open with a camera that sees no code: labelled, axe-clean, closed by keyboard, camera off', async () => {
  test.setTimeout(90_000);
  // Chromium's own fake camera: a moving test pattern, no QR code in it.
  const browser = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  try {
    const context = await browser.newContext({ baseURL: ORIGIN, locale: 'nb-NO' });
    await context.addInitScript(recordStreams);
    const trainer = await context.newPage();
    await trainer.goto('/#/verksted');
    await appReady(trainer);
    await trainer.getByRole('button', { name: 'Skann QR-kode med kameraet' }).click();
    const region = trainer.getByRole('region', { name: 'Skann deltakerens QR-kode' });
    await expect(region.locator('#scanner-status')).toContainText('Hold QR-koden');
    await expect(region.locator('#scanner-status')).toHaveAttribute('aria-live', 'polite');
    await expect(trainer.locator('#scan-close')).toBeFocused();
    expect(await cameraState(trainer)).toEqual(['live']);
    await expectNoAxeViolations(trainer, 'workshop, the scanner looking');
    await trainer.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(trainer, 'the scanner at 320 px');
    await trainer.locator('#scan-close').focus();
    await trainer.keyboard.press('Enter');
    await expect(region).toHaveCount(0);
    await expect(trainer.locator('#scan-open')).toBeFocused();
    expect(await cameraState(trainer)).toEqual(['ended']);
  } finally {
    await browser.close();
  }
});

test('a refused camera is said in the page language, and typing the code still works', async ({ page }) => {
  test.setTimeout(90_000);
  const code = await participant(page);
  // A camera is there, but the permission is not given (no fake consent, none granted): the browser says no.
  const browser = await launch(['--use-fake-device-for-media-stream']);
  try {
    const ctx = await browser.newContext({ baseURL: ORIGIN, locale: 'nb-NO' });
    const trainer = await ctx.newPage();
    const { requests } = await watchTraffic(ctx, trainer);
    await trainer.goto('/#/verksted');
    await appReady(trainer);
    await trainer.getByRole('button', { name: 'Skann QR-kode med kameraet' }).click();
    const status = trainer.locator('#scanner-status');
    await expect(status).toHaveText('Nettleseren fikk ikke lov til å bruke kameraet. Skriv inn koden i feltet over i stedet, eller gi tilgang til kameraet i nettleserens innstillinger og prøv igjen.');
    await expect(trainer.locator('#scanner video')).toBeHidden();
    await expectNoAxeViolations(trainer, 'workshop, the camera refused');
    await trainer.locator('#code-input').focus();
    await trainer.keyboard.type(code);
    await trainer.keyboard.press('Enter');
    await expect(trainer.locator('#code-status')).toHaveText(/^Deltaker 1 \(Bolig\)/);
    await trainer.getByRole('button', { name: 'Lukk skanneren' }).click();
    await expect(trainer.locator('#scan-open')).toBeFocused();
    expect(requests.filter((u) => new URL(u).origin !== ORIGIN)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the QR module, once fetched, is kept by the service worker: a code card offline still has its QR code', async ({ page, context }) => {
  await page.goto('/#/deltaker');
  await appReady(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await participant(page);
  // The entry, its glue and the wasm, each kept on first use (sw.template.js, ON_DEMAND in post_build.py).
  await expect.poll(() => page.evaluate(async () => {
    const names = (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat();
    return names.filter((u) => /\/qr(-[0-9a-f]+(_bg\.wasm|\.js)|\.js)$/.test(u)).length;
  })).toBe(3);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await participant(page);
  await expect(page.getByTestId('qr-failed')).toHaveCount(0);
  await context.setOffline(false);
});

test('when the QR module cannot be fetched, the code card still shows the code and the scanner says why', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nb-NO' });
  await context.route(/\/qr(-[0-9a-f]+(_bg\.wasm|\.js)|\.js)$/, (r) => r.abort());
  const page = await context.newPage();
  await participant(page, false);
  await expect(page.getByTestId('qr-failed')).toHaveText('QR-koden kunne ikke lages her. Les opp eller vis koden over i stedet; den er like god.');
  await expect(page.locator('#participant-code')).toHaveText(/^[0-9A-HJKMNP-TV-Z ]{20,40}$/);
  await page.goto('/#/verksted');
  await appReady(page);
  await page.getByRole('button', { name: 'Skann QR-kode med kameraet' }).click();
  await expect(page.locator('#scanner-status')).toHaveText('Skanneren kunne ikke lastes. Skriv inn koden i feltet over i stedet.');
  await context.close();
});
