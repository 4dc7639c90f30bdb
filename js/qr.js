// QR codes on demand: the participant's code drawn as a QR code, and the trainer's camera read for one. Fetched only
// when a code card is shown or the scanner is opened (window.__loadQr in index.html; inline in the single file),
// with the small wasm module built from scanner/ (scripts/build_scanner.sh), so the first load carries neither.
// Camera frames are decoded here in the browser; no picture and no code is sent anywhere.
import init, { decode, qr } from './qr-wasm.js';

let ready;
// The wasm starts once, whichever use comes first (the single file hands it the bytes it carries instead).
const start = () => (ready ??= init().catch((e) => { ready = undefined; throw e; }));

/** `text` as a QR code: its side in modules (quiet border included) and an SVG path of the dark modules. */
export async function qrCode(text) {
  await start();
  const code = qr(text);
  if (!code) throw new Error('the text does not fit a QR code');
  const out = { size: code.size, path: code.path };
  code.free();
  return out;
}

const EVERY_MS = 200;
// Frames are scaled down to this width before decoding: a code held up to a laptop camera is still many pixels a
// module, and a smaller frame keeps each decode well inside the interval.
const MAX_WIDTH = 640;

/**
 * Shows the camera in `video` and decodes a frame every 200 ms; the first code read is passed to `onCode` after
 * the camera is stopped. Resolves to the function that stops the camera (the scanner calls it when it closes);
 * rejects with the browser's error (its name says refused, missing or busy) when there is no camera to use.
 */
export async function startScanner(video, onCode) {
  try {
    await start();
  } catch {
    // Named apart from the camera's own errors, so the page can say the scanner itself did not load.
    throw new DOMException('the QR module did not load', 'NotSupportedError');
  }
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera API here', 'NotFoundError');
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  let stopped = false;
  let timer = 0;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    stream.getTracks().forEach((t) => t.stop());
    video.srcObject = null;
  };
  try {
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
  } catch (e) {
    stop();
    throw e;
  }
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const tick = () => {
    if (stopped) return;
    const w = video.videoWidth, h = video.videoHeight;
    if (w && h && ctx) {
      const scale = Math.min(1, MAX_WIDTH / w);
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      let text;
      // A frame the decoder chokes on is skipped: the next one, 200 ms later, is another chance.
      try { text = decode(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height); } catch { text = undefined; }
      if (text) {
        stop();
        onCode(text);
        return;
      }
    }
    timer = setTimeout(tick, EVERY_MS);
  };
  // The first look waits for the caller to hold `stop`, so a code read at once never races the start.
  timer = setTimeout(tick, 0);
  return stop;
}
