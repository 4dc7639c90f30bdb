import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 8089);
const DIST = process.env.E2E_DIST ?? '../../dist';

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: 'nb-NO',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // The release dist as a static host would serve it: gzip, no dev server, no autoreload script.
    command: `python3 ../../scripts/serve_dist.py ${PORT} ${DIST}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    // The static server logs every request; that is noise in CI output.
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 20_000,
  },
});
