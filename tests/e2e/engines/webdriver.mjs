// A minimal W3C WebDriver client for the engines Playwright cannot drive here (Debian's Firefox ESR through
// geckodriver, WebKitGTK through WebKitWebDriver). Only what the smoke tests use; every call fails loudly.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const ENGINES = {
  firefox: {
    command: (port) => [process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`, ['--port', String(port)]],
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'toolkit.telemetry.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
        },
      },
    }),
  },
  webkit: {
    command: (port) => [process.env.WEBKITDRIVER ?? '/usr/bin/WebKitWebDriver', [`--port=${port}`]],
    capabilities: () => ({}),
  },
};

export class Session {
  static async start(engine, port, downloads) {
    const spec = ENGINES[engine];
    if (!spec) throw new Error(`unknown engine ${engine}`);
    const [cmd, args] = spec.command(port);
    const driver = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    driver.stderr.on('data', (d) => { stderr += d; });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`${base}/status`);
        if (r.ok && (await r.json()).value?.ready !== false) break;
      } catch { /* not listening yet */ }
      if (i > 100 || driver.exitCode !== null) throw new Error(`${engine} driver did not start: ${stderr}`);
      await sleep(100);
    }
    const s = new Session(engine, base, driver);
    const r = await s.call('POST', '/session', { capabilities: { alwaysMatch: spec.capabilities(downloads) } }, false);
    s.id = r.sessionId;
    s.browser = `${r.capabilities.browserName} ${r.capabilities.browserVersion}`;
    return s;
  }

  constructor(engine, base, driver) {
    Object.assign(this, { engine, base, driver, id: null });
  }

  async call(method, path, body, inSession = true) {
    const url = inSession ? `${this.base}/session/${this.id}${path}` : `${this.base}${path}`;
    const r = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(`${this.engine} ${method} ${path}: ${json.value?.error ?? r.status} ${json.value?.message ?? ''}`);
    return json.value;
  }

  goto(url) { return this.call('POST', '/url', { url }); }
  refresh() { return this.call('POST', '/refresh', {}); }
  exec(script, ...args) { return this.call('POST', '/execute/sync', { script, args }); }
  execAsync(script, ...args) { return this.call('POST', '/execute/async', { script, args }); }

  async find(css) {
    const v = await this.call('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }
  async click(css) { return this.call('POST', `/element/${await this.find(css)}/click`, {}); }
  async type(css, text) { return this.call('POST', `/element/${await this.find(css)}/value`, { text }); }

  /** Polls a page expression until it is truthy; fails with `what` and the last value after `ms`. */
  async until(what, script, ms = 15000, ...args) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try {
        last = await this.exec(script, ...args);
        if (last) return last;
      } catch (e) { last = String(e); }
      await sleep(100);
    }
    throw new Error(`${this.engine}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
  }

  async quit() {
    try { if (this.id) await this.call('DELETE', ''); } finally { this.driver.kill(); }
  }
}
