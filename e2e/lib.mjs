// Shared machinery of the browser journey tests (foundation, catalogue, applications):
// the message catalogues, starting and stopping `passerelle demo`, the checks run on every page,
// screenshots, and a small harness (`defineJourney`) that gives each journey a server, a
// headless Chromium, ordered steps and a list of soft defects.
//
// Headless Chromium from Debian (`/usr/bin/chromium`), driven by playwright-core: no browser is
// ever downloaded.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const OUTPUT = join(HERE, 'output');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const HEALTH_TIMEOUT_MS = 60_000;
export const STEP_TIMEOUT_MS = 120_000;
export const LOCALES = ['fr', 'pl', 'en'];

// ---------------------------------------------------------------------------------------------
// Message catalogues: every id (to catch untranslated ids on screen) and the simple one-line
// values (to look up exact strings). Every `*.ftl` file of `locales/<lang>/` is read (main.ftl,
// schemes.ftl, catalogue.ftl and whatever else exists), in name order.

export function readCatalogue(locale) {
  const dir = join(ROOT, 'locales', locale);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort();
  assert.ok(files.length > 0, `no *.ftl file in ${dir}`);
  const ids = [];
  const values = new Map(); // id → the text on the id's own line
  const blocks = new Map(); // id → that text and its indented continuation lines
  const origin = new Map(); // id → file name
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    let current = null;
    for (const line of text.split('\n')) {
      // Ids are lower-case kebab/snake case, a few with an upper-case tail (`country-FR`).
      const m = /^([a-zA-Z][a-zA-Z0-9_-]*) =(.*)$/.exec(line);
      if (m) {
        current = m[1];
        ids.push(m[1]);
        values.set(m[1], m[2].trim());
        blocks.set(m[1], m[2].trim());
        origin.set(m[1], file);
      } else if (current && /^\s+\S/.test(line)) {
        blocks.set(current, `${blocks.get(current)}\n${line}`);
      } else {
        current = null;
      }
    }
  }
  return { files, ids, values, blocks, origin };
}

export const CATALOGUES = Object.fromEntries(LOCALES.map((l) => [l, readCatalogue(l)]));
export const MESSAGE_IDS = [...new Set(Object.values(CATALOGUES).flatMap((c) => c.ids))];

/** The translation of a simple message (no placeables), failing loudly if it is missing. */
export function msg(locale, id) {
  const v = CATALOGUES[locale].values.get(id);
  assert.ok(v, `message ${id} missing from locales/${locale}/*.ftl`);
  assert.ok(!v.includes('{'), `message ${id} has placeables; not usable as a plain string`);
  return v;
}

/**
 * A message made of one selector on `$count` (`{ $count -> [0] … [one] … *[other] … }`, the way
 * the result headings are written), rendered the way Fluent does: an exact numeric key first,
 * then the CLDR plural category of `count` in `locale`, then the default variant. `{ $count }`
 * in the chosen variant becomes the number.
 */
export function plural(locale, id, count) {
  const block = CATALOGUES[locale].blocks.get(id);
  assert.ok(block, `message ${id} missing from locales/${locale}/*.ftl`);
  assert.match(block, /^\{ \$count ->$/m, `message ${id} is a selector on $count`);
  const variants = new Map();
  let fallback;
  for (const line of block.split('\n').slice(1)) {
    const v = /^\s*(\*?)\[([\w-]+)\]\s?(.*)$/.exec(line);
    if (!v) continue;
    variants.set(v[2], v[3]);
    if (v[1]) fallback = v[2];
  }
  const key = [String(count), new Intl.PluralRules(locale).select(count), fallback].find((k) => variants.has(k));
  assert.ok(key !== undefined, `message ${id}: no variant for ${count}`);
  assert.ok(!/\{ \$(?!count \})/.test(variants.get(key)), `message ${id} [${key}] has other placeables`);
  return variants.get(key).replaceAll('{ $count }', String(count));
}

/**
 * A message made of one selector on `$<selector>` (`{ $required -> [one] … *[other] … }`),
 * rendered the way Fluent does (exact key, then the CLDR plural category, then the default
 * variant), with `args` (selector included) filled into the chosen variant.
 */
export function selectMessage(locale, id, selector, args) {
  const block = CATALOGUES[locale].blocks.get(id);
  assert.ok(block, `message ${id} missing from locales/${locale}/*.ftl`);
  const value = args[selector];
  let text = block;
  if (new RegExp(`^\\{ \\$${selector} ->$`, 'm').test(block)) {
    const variants = new Map();
    let fallback;
    for (const line of block.split('\n').slice(1)) {
      const v = /^\s*(\*?)\[([\w-]+)\]\s?(.*)$/.exec(line);
      if (!v) continue;
      variants.set(v[2], v[3]);
      if (v[1]) fallback = v[2];
    }
    const key = [String(value), new Intl.PluralRules(locale).select(Number(value)), fallback].find((k) => variants.has(k));
    assert.ok(key !== undefined, `message ${id}: no variant for ${value}`);
    text = variants.get(key);
  }
  for (const [k, x] of Object.entries(args)) text = text.replaceAll(`{ $${k} }`, String(x));
  assert.ok(!text.includes('{'), `message ${id}: placeables left in "${text}"`);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Server.

export function passerelleBinary() {
  if (process.env.PASSERELLE_BIN) return resolve(process.env.PASSERELLE_BIN);
  const candidates = [join(ROOT, 'target', 'debug', 'passerelle')];
  if (process.env.CARGO_TARGET_DIR) {
    candidates.push(join(resolve(ROOT, process.env.CARGO_TARGET_DIR), 'debug', 'passerelle'));
  }
  const found = candidates.filter((p) => existsSync(p));
  if (found.length === 0) {
    throw new Error(
      `passerelle binary not found (looked at ${candidates.join(', ')}); ` +
        'build it with `cargo build -p passerelle-cli` or set PASSERELLE_BIN',
    );
  }
  // Both may exist (a stale ./target next to a CARGO_TARGET_DIR build): take the newest.
  found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0];
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitHealthy(base, child, logPath) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`passerelle exited early (${child.exitCode ?? child.signalCode}); log:\n${tail(logPath)}`);
    }
    try {
      const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (r.status === 200) return;
      last = `status ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await sleep(250);
  }
  throw new Error(`GET ${base}/healthz not 200 within ${HEALTH_TIMEOUT_MS / 1000} s (${last}); log:\n${tail(logPath)}`);
}

export function tail(path, lines = 40) {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts `passerelle demo` on a free loopback port with a fresh data directory, its output
 * going to `logPath`, and waits until `/healthz` answers 200. Returns { child, base, dataDir }.
 * `onSpawn(child, dataDir)` is called as soon as the process exists, so the caller can clean
 * up even if the health wait fails. `demoArgs` are added to the command line, for example
 * `['--now', '2023-12-15T10:00:00+01:00']` to start the demo clock at that instant.
 */
export async function startServer(logPath, onSpawn = () => {}, demoArgs = []) {
  const bin = passerelleBinary();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-data-'));
  const log = createWriteStream(logPath);
  const args = ['demo', '--bind', `127.0.0.1:${port}`, '--data-dir', dataDir, ...demoArgs];
  console.log(`server: ${bin} ${args.join(' ')}`);
  const child = spawn(bin, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'info' },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  onSpawn(child, dataDir);
  await waitHealthy(base, child, logPath);
  return { child, base, dataDir };
}

export async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done) {
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(5_000)]);
  }
}

// ---------------------------------------------------------------------------------------------
// Page checks shared by every visited page.

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ID_PATTERNS = MESSAGE_IDS.map((id) => [id, new RegExp(`(?<![\\w-])${escapeRe(id)}(?![\\w-])`)]);

/** Fails on any message id visible as a whole word in the page's text. */
export async function assertNoMessageIds(page) {
  const text = await page.evaluate(() => document.body.innerText);
  const shown = ID_PATTERNS.filter(([, re]) => re.test(text)).map(([id]) => id);
  assert.deepEqual(shown, [], `untranslated message ids visible on ${page.url()}`);
}

/** Landmarks, skip link, labels and language of the current page. */
export async function assertAccessible(page, lang) {
  const where = page.url();
  assert.equal(await page.locator('html').getAttribute('lang'), lang, `<html lang> on ${where}`);
  assert.equal(await page.locator('main').count(), 1, `exactly one <main> on ${where}`);

  // The skip link is the first thing Tab reaches on a freshly loaded page, and it leads to
  // <main>. (Run this once per page load: after a Tab, the browser continues from where the
  // focus was, even once it is blurred.)
  const initial = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  assert.ok(initial, `nothing has focus before the first Tab on ${where} (autofocus, or a page checked twice?)`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? { skip: el.matches('a.skip-link'), href: el.getAttribute('href'), text: el.textContent.trim() } : null;
  });
  assert.ok(focused && focused.skip, `first Tab stop is a.skip-link on ${where} (got ${JSON.stringify(focused)})`);
  assert.equal(focused.text, msg(lang, 'skip-to-content'), `skip link text on ${where}`);
  const target = await page.evaluate((href) => !!document.querySelector(`main${href}`), focused.href);
  assert.ok(target, `skip link ${focused.href} points at <main> on ${where}`);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());

  // Every visible form control has a <label for=…> with text.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => !(el.tagName === 'INPUT' && el.type === 'hidden'))
      .filter((el) => {
        if (!el.id) return true;
        const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
        return !label || label.textContent.trim() === '';
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  assert.deepEqual(unlabelled, [], `form controls without a <label for> on ${where}`);
}

/** Title, language, accessibility and no message ids; returns nothing. */
export async function checkPage(page, { lang, title }) {
  if (title !== undefined) assert.equal(await page.title(), `${title} · Passerelle`, `<title> of ${page.url()}`);
  await assertAccessible(page, lang);
  await assertNoMessageIds(page);
}

export async function screenshot(page, name) {
  const path = join(OUTPUT, name);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.screenshot({ path, fullPage: true });
  assert.ok(existsSync(path), `${path} written`);
  const size = statSync(path).size;
  assert.ok(size > 10 * 1024, `${name} is non-trivial (${size} bytes)`);
  return path;
}

// ---------------------------------------------------------------------------------------------
// The journey harness.

/**
 * Declares a browser journey: a `describe` whose `before` starts the server and the browser
 * (context in `locale`, one page) and whose `after` always stops them. `body(j)` is called
 * inside the `describe` to declare the steps; it may register its own `before` hooks, which run
 * after the harness's one. `j` holds:
 *
 * - `base`, `browser`, `context`, `page` (set once the harness's `before` has run);
 * - `step(name, fn)`: a test that is skipped once an earlier step failed, and on failure saves
 *   a screenshot of `j.page` to `output/<failureShot>` and prints the server log tail;
 * - `soft(fn)`: runs an assertion, recording a failure in `defects` instead of throwing;
 * - `watch(page)`: records page errors and failed sub-resources of another page in `problems`;
 * - `problems`, `defects`: the lists the journey checks at its end.
 *
 * Options: `name` (describe title: "<name> in a browser"), `outputs` (files of `output/` to
 * remove first), `serverLog` and `failureShot` (file names in `output/`), `demoArgs` (extra
 * arguments of `passerelle demo`, e.g. `['--now', '2023-12-15T10:00:00+01:00']`).
 */
export function defineJourney({ name, outputs = [], serverLog = 'server.log', failureShot = 'failure.png', locale = 'fr-FR', demoArgs = [] }, body) {
  if (!existsSync(CHROMIUM)) {
    console.log(`browser test skipped: ${CHROMIUM} not installed`);
    test.skip(`${name} (browser test skipped: ${CHROMIUM} not installed)`);
    return;
  }
  describe(`${name} in a browser`, { timeout: 10 * 60_000 }, () => {
    let server;
    let dataDir;
    let failed = false;
    const logPath = join(OUTPUT, serverLog);
    const j = {
      base: undefined,
      browser: undefined,
      context: undefined,
      page: undefined,
      problems: [], // failed sub-resources, page errors
      defects: [], // wrong output that does not block the journey, reported at the end
    };

    /** Runs an assertion; a failure is recorded in `defects` instead of stopping the journey. */
    j.soft = softInto(j.defects);

    // Steps run in order; once one fails the rest are skipped rather than failing in cascade.
    j.step = (stepName, fn) =>
      test(stepName, { timeout: STEP_TIMEOUT_MS }, async (t) => {
        if (failed) return t.skip('an earlier step failed');
        try {
          await fn(t);
        } catch (e) {
          failed = true;
          if (j.page) {
            await j.page.screenshot({ path: join(OUTPUT, failureShot), fullPage: true }).catch(() => {});
            t.diagnostic(`failed at ${j.page.url()}; screenshot in e2e/output/${failureShot}`);
          }
          if (server) t.diagnostic(`server log tail:\n${tail(logPath, 20)}`);
          throw e;
        }
      });

    j.watch = (page) => {
      page.on('pageerror', (e) => j.problems.push(`page error on ${page.url()}: ${e.message}`));
      page.on('response', (r) => {
        // Documents are checked by each step (a 422 form page is expected); sub-resources must load.
        if (r.request().resourceType() !== 'document' && r.status() >= 400) {
          j.problems.push(`${r.status()} for ${r.url()}`);
        }
      });
      page.on('requestfailed', (r) => j.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      return page;
    };

    // Last resort if the runner itself is stopped (after() does not run then).
    const killOnExit = () => {
      if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    };
    const onSignal = (sig) => {
      killOnExit();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      process.exit(sig === 'SIGINT' ? 130 : 143);
    };

    before(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      for (const f of [...outputs, failureShot]) rmSync(join(OUTPUT, f), { force: true });
      const started = await startServer(logPath, (child, dir) => {
        server = child;
        dataDir = dir;
        process.once('exit', killOnExit);
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
      }, demoArgs);
      j.base = started.base;

      const { chromium } = await import('playwright-core');
      // chromium.launch() gives the browser a fresh temporary profile (user-data dir) of its own
      // and removes it on close; it refuses an explicit --user-data-dir.
      j.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      j.context = await j.newContext({ locale });
      j.page = j.watch(await j.context.newPage());
    });

    /** A new browser context on this server (same viewport and timeout as the main one). */
    j.newContext = async (options = {}) => {
      const context = await j.browser.newContext({
        baseURL: j.base,
        locale,
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      context.setDefaultTimeout(15_000);
      return context;
    };

    after(async () => {
      await j.context?.close().catch(() => {});
      await j.browser?.close().catch(() => {});
      await stopServer(server);
      process.removeListener('exit', killOnExit);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    body(j);
  });
}

/**
 * A `soft(fn)` that runs an assertion and, when it fails, records its first line (and the actual
 * value) in `list` instead of throwing. Other errors are thrown.
 */
export function softInto(list) {
  return async (fn) => {
    try {
      await fn();
    } catch (e) {
      if (!(e instanceof assert.AssertionError)) throw e;
      list.push(e.message.split('\n')[0] + (e.actual !== undefined ? ` (got ${JSON.stringify(e.actual)})` : ''));
    }
  };
}

/** Fails listing every soft defect collected along the journey. */
export function assertNoDefects(defects) {
  if (defects.length) assert.fail(`wrong output seen during the journey:\n  - ${defects.join('\n  - ')}`);
}

/** The `<dl>` matching `selector` (terms and descriptions) as { term: description }. */
export async function dlFacts(page, selector = 'main dl.facts') {
  return page.evaluate((sel) => {
    const out = {};
    for (const dt of document.querySelectorAll(`${sel} dt`)) {
      const dd = dt.nextElementSibling;
      if (dd && dd.tagName === 'DD') out[dt.textContent.trim()] = dd.textContent.trim();
    }
    return out;
  }, selector);
}
