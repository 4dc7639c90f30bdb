import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: Number(process.argv[3] ?? 1280), height: 900 } });
const errors = [];
p.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text()); });
p.on('pageerror', e => errors.push('pageerror: ' + e.message));
await p.goto('http://127.0.0.1:8093/' + (process.argv[2] ?? ''));
await p.waitForSelector('h1');
for (const step of (process.argv[4] ?? '').split('|').filter(Boolean)) { await eval(`(async () => { ${step} })()`); await p.waitForTimeout(200); }
await p.screenshot({ path: process.argv[5] ?? '/tmp/shot.png', fullPage: !process.env.CLIP, clip: process.env.CLIP ? { x: 0, y: 0, width: Number(process.argv[3] ?? 1280), height: Number(process.env.CLIP) } : undefined });
const sw = await p.evaluate(() => document.documentElement.scrollWidth);
console.log('scrollWidth', sw, 'errors', JSON.stringify(errors));
await b.close();
