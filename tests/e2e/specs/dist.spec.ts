// Static checks of the release build: CSP first and strict, SRI everywhere, no external URL, no eval.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const DIST = process.env.E2E_DIST ?? join(process.cwd(), '..', '..', 'dist');
const html = readFileSync(join(DIST, 'index.html'), 'utf8');

test('the CSP meta tag comes first in head and allows only this origin', () => {
  const head = html.slice(html.indexOf('<head>') + 6).replace(/<!--[\s\S]*?-->/g, '');
  const firstTag = head.match(/<[a-z]+[^>]*>/g)!.filter((t) => !t.startsWith('<meta charset'))[0];
  expect(firstTag).toContain('http-equiv="Content-Security-Policy"');
  const csp = firstTag.match(/content="([^"]+)"/)![1];
  expect(csp).toContain("default-src 'none'");
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('BOOTSTRAP');
});

test('the stylesheet is inline, and the CSP allows exactly its text and no other style', () => {
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
  const styleSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src'))!;
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  expect(styles).toHaveLength(1);
  expect(styles[0]).toContain('.skip-link');
  const digest = createHash('sha256').update(styles[0], 'utf8').digest('base64');
  expect(styleSrc).toBe(`style-src 'sha256-${digest}'`);
  expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
});

test('every script and every language build carries a sha384 integrity hash that matches the file', () => {
  const tags = (html.match(/<(script|link)\b[^>]*(src|href)="[^"]+"[^>]*>/g) ?? []).filter((t) => !t.includes('rel="icon"'));
  for (const t of tags) expect(t, t).toMatch(/integrity="sha384-/);
  // One build per language (scripts/lang_builds.py); the early script fetches the chosen one's wasm with its hash
  // checked, and preloads its glue with its hash (not a <link rel=preload>, which some engines fetch twice).
  const files = JSON.parse(html.match(/var F = (\{.*?\}), lang = 'nb'/)![1]);
  expect(Object.keys(files).sort()).toEqual(['en', 'nb', 'nn']);
  const sri = (name: string) => 'sha384-' + createHash('sha384').update(readFileSync(join(DIST, name))).digest('base64');
  for (const lang of ['nb', 'nn', 'en']) {
    // Two editions per language: lean loads first, full has the report, comparison and workshop too.
    expect(Object.keys(files[lang]).sort()).toEqual(['full', 'lean']);
    for (const edition of ['lean', 'full']) {
      const f = files[lang][edition];
      expect(f.wasm, lang).toMatch(new RegExp(`^\\./egenvurdering-rus-${lang}-${edition}-[0-9a-f]{16}_bg\\.wasm$`));
      expect(sri(f.wasm), `${lang} ${edition} wasm`).toBe(f.wasmSri);
      expect(sri(f.js), `${lang} ${edition} glue`).toBe(f.jsSri);
    }
  }
  expect(html).toContain("window.__wasmFetch = fetch(f.wasm, { integrity: f.wasmSri, credentials: 'same-origin' })");
  expect(html).toContain('module_or_path: window.__wasmFetch');
  expect(html).not.toMatch(/<link rel="preload"[^>]*\.wasm/);
  // Trunk's build with all three languages lives only in the single file, not among the served files.
  expect(readdirSync(DIST).filter((n) => n.startsWith('egenvurdering-rus') && n.endsWith('.wasm')).length).toBe(6);
});

test('no file in dist fetches anything from another origin, and no JS uses eval', () => {
  for (const f of readdirSync(DIST)) {
    if (!/\.(html|js|css)$/.test(f)) continue;
    const text = readFileSync(join(DIST, f), 'utf8');
    const urls = (text.match(/https?:\/\/[^\s"'<>)]+/g) ?? []).filter((u) => !u.startsWith('http://www.w3.org/'));
    // Documentation links inside wasm-bindgen's error-message strings: text shown to developers, never fetched.
    // XML namespace names of the Word writer (docx.js, inline in the single file): identifiers written into the
    // document, never fetched.
    const tolerated = urls.filter((u) => !/^https:\/\/developer\.mozilla\.org\/en-US\/docs\//.test(u))
      .filter((u) => !(['docx.js', 'egenvurdering-rus.html'].includes(f) && /^http:\/\/(schemas\.openxmlformats\.org|purl\.org\/dc)\//.test(u)));
    expect(tolerated, f).toEqual([]);
    if (f.endsWith('.js')) {
      expect(text, f).not.toMatch(/\beval\(|new Function\(|setTimeout\("/);
    }
  }
});
