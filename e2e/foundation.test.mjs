// Browser journey through Passerelle's foundation: sign-up, e-mail confirmation through the demo
// outbox, creating an organisation (with a refused SIRET first), and the language switch.
//
// Headless Chromium from Debian (`/usr/bin/chromium`), driven by playwright-core: no browser is
// ever downloaded. The test starts `passerelle demo` itself on a free loopback port with a fresh
// data directory, and always stops it. Run with `npm test` (or `./run.sh`) from this folder.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, createWriteStream, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUTPUT = join(HERE, 'output');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const HEALTH_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// Journey data.

const USER = {
  name: 'Camille Durand',
  email: 'camille.durand@exemple.fr',
  password: 'Bicyclette-Orange-47',
};
const ORG = {
  name: 'Les Jardins Partagés du Parc',
  legalForm: '9220',
  badSiret: '73282932000075',
  siret: '73282932000074',
  commune: 'Nanterre',
};

// ---------------------------------------------------------------------------------------------
// Message catalogues: every id (to catch untranslated ids on screen) and the simple one-line
// values (to look up exact Polish strings).

function readCatalogue(locale) {
  const text = readFileSync(join(ROOT, 'locales', locale, 'main.ftl'), 'utf8');
  const ids = [];
  const values = new Map();
  for (const line of text.split('\n')) {
    // Ids are lower-case kebab/snake case, a few with an upper-case tail (`country-FR`).
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*) =(.*)$/.exec(line);
    if (!m) continue;
    ids.push(m[1]);
    values.set(m[1], m[2].trim());
  }
  return { ids, values };
}

const CATALOGUES = Object.fromEntries(['fr', 'pl', 'en'].map((l) => [l, readCatalogue(l)]));
const MESSAGE_IDS = [...new Set(Object.values(CATALOGUES).flatMap((c) => c.ids))];

/** The translation of a simple message (no placeables), failing loudly if it is missing. */
function msg(locale, id) {
  const v = CATALOGUES[locale].values.get(id);
  assert.ok(v, `message ${id} missing from locales/${locale}/main.ftl`);
  assert.ok(!v.includes('{'), `message ${id} has placeables; not usable as a plain string`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Server.

function passerelleBinary() {
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

function freePort() {
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitHealthy(base, child, logPath) {
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

function tail(path, lines = 40) {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function stopServer(child) {
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

/** Fails on any message id visible as a whole word in the page's text. */
async function assertNoMessageIds(page) {
  const text = await page.evaluate(() => document.body.innerText);
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shown = MESSAGE_IDS.filter((id) => new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`).test(text));
  assert.deepEqual(shown, [], `untranslated message ids visible on ${page.url()}`);
}

/** Landmarks, skip link, labels and language of the current page. */
async function assertAccessible(page, lang) {
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
async function checkPage(page, { lang, title }) {
  if (title !== undefined) assert.equal(await page.title(), `${title} · Passerelle`, `<title> of ${page.url()}`);
  await assertAccessible(page, lang);
  await assertNoMessageIds(page);
}

async function screenshot(page, name) {
  const path = join(OUTPUT, name);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.screenshot({ path, fullPage: true });
  assert.ok(existsSync(path), `${path} written`);
  const size = statSync(path).size;
  assert.ok(size > 10 * 1024, `${name} is non-trivial (${size} bytes)`);
  return path;
}

// ---------------------------------------------------------------------------------------------
// The journey.

if (!existsSync(CHROMIUM)) {
  console.log(`browser test skipped: ${CHROMIUM} not installed`);
  test.skip(`foundation journey (browser test skipped: ${CHROMIUM} not installed)`);
} else {
  describe('foundation journey in a browser', { timeout: 10 * 60_000 }, () => {
    let server;
    let serverLog;
    let dataDir;
    let browser;
    let context;
    let page;
    let base;
    let failed = false;
    let orgUrl;
    const problems = []; // failed sub-resources, page errors
    const defects = []; // wrong output that does not block the journey, reported at the end

    /** Runs an assertion; a failure is recorded in `defects` instead of stopping the journey. */
    const soft = async (fn) => {
      try {
        await fn();
      } catch (e) {
        if (!(e instanceof assert.AssertionError)) throw e;
        defects.push(e.message.split('\n')[0] + (e.actual !== undefined ? ` (got ${JSON.stringify(e.actual)})` : ''));
      }
    };

    // Steps run in order; once one fails the rest are skipped rather than failing in cascade.
    const step = (name, fn) =>
      test(name, { timeout: STEP_TIMEOUT_MS }, async (t) => {
        if (failed) return t.skip('an earlier step failed');
        try {
          await fn(t);
        } catch (e) {
          failed = true;
          if (page) {
            await page.screenshot({ path: join(OUTPUT, 'failure.png'), fullPage: true }).catch(() => {});
            t.diagnostic(`failed at ${page.url()}; screenshot in e2e/output/failure.png`);
          }
          if (serverLog) t.diagnostic(`server log tail:\n${tail(serverLog, 20)}`);
          throw e;
        }
      });

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
      for (const f of ['signup.png', 'organisation-error.png', 'organisation.png', 'organisation-pl.png', 'failure.png', 'openapi.json']) {
        rmSync(join(OUTPUT, f), { force: true });
      }
      const bin = passerelleBinary();
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      dataDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-data-'));
      serverLog = join(OUTPUT, 'server.log');
      const log = createWriteStream(serverLog);
      console.log(`server: ${bin} demo --bind 127.0.0.1:${port} --data-dir ${dataDir}`);
      server = spawn(bin, ['demo', '--bind', `127.0.0.1:${port}`, '--data-dir', dataDir], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'info' },
      });
      server.stdout.pipe(log);
      server.stderr.pipe(log);
      process.once('exit', killOnExit);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      await waitHealthy(base, server, serverLog);

      const { chromium } = await import('playwright-core');
      // chromium.launch() gives the browser a fresh temporary profile (user-data dir) of its own
      // and removes it on close; it refuses an explicit --user-data-dir.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      context = await browser.newContext({
        baseURL: base,
        locale: 'fr-FR',
        viewport: { width: 1280, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
      page.on('response', (r) => {
        // Documents are checked by each step (a 422 form page is expected); sub-resources must load.
        if (r.request().resourceType() !== 'document' && r.status() >= 400) {
          problems.push(`${r.status()} for ${r.url()}`);
        }
      });
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    });

    after(async () => {
      await context?.close().catch(() => {});
      await browser?.close().catch(() => {});
      await stopServer(server);
      process.removeListener('exit', killOnExit);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    step('the demo binary answers the API checks of the issue', async () => {
      const get = async (path) => {
        const res = await fetch(`${base}${path}`);
        return { status: res.status, body: await res.text() };
      };
      assert.equal((await get('/healthz')).status, 200);
      const search = JSON.parse((await get('/api/v1/territories?q=nanterre')).body);
      assert.equal(search.items[0].id, 'fr:commune:92050');
      const nanterre = JSON.parse((await get('/api/v1/territories/fr:commune:92050')).body);
      const ancestors = nanterre.ancestors.map((a) => a.id);
      assert.ok(ancestors.includes('fr:departement:92') && ancestors.includes('fr:region:11'), ancestors.join(' '));
      const wroclaw = JSON.parse((await get('/api/v1/territories/pl:gmina:0264011')).body);
      assert.equal(wroclaw.name, 'Wrocław');
      const openapi = await get('/api/v1/openapi.json');
      assert.equal(openapi.status, 200);
      const doc = JSON.parse(openapi.body);
      assert.match(doc.openapi, /^3\./);
      // Kept for the validator run by scripts/test.sh (openapi-spec-validator, when installed).
      writeFileSync(join(OUTPUT, 'openapi.json'), openapi.body);
    });

    step('home page in French, then the sign-up form', async () => {
      const res = await page.goto('/');
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'fr', title: msg('fr', 'home-title') });
      await page.getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Créer un compte', exact: true }).click();
      await page.waitForURL(`${base}/signup`);
      await checkPage(page, { lang: 'fr', title: 'Créer un compte' });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Créer un compte');

      await page.getByLabel('Nom', { exact: true }).fill(USER.name);
      await page.getByLabel('Adresse électronique', { exact: true }).fill(USER.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill(USER.password);
      await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill(USER.password);
      // The password hint is tied to its field.
      const described = await page.getByLabel('Mot de passe', { exact: true }).getAttribute('aria-describedby');
      assert.ok(described, 'the password field is described by its hint');
      assert.match(await page.locator(`#${described.split(' ')[0]}`).innerText(), /10 caractères/);
      await screenshot(page, 'signup.png');
    });

    step('sign up lands on "Mes organisations" asking to confirm the address', async () => {
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await page.waitForURL(`${base}/me/organisations`);
      await checkPage(page, { lang: 'fr', title: 'Mes organisations' });
      await assert.doesNotReject(
        page.getByRole('note').filter({ hasText: msg('fr', 'banner-unconfirmed') }).waitFor(),
        'banner asking to confirm the address',
      );
      assert.equal(
        await page.getByRole('status').innerText(),
        'Votre compte est créé. Un lien de confirmation vous a été envoyé par courriel.',
      );
      assert.ok(await page.getByText('Vous n’êtes membre d’aucune organisation.').isVisible());
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      assert.ok(await nav.getByRole('button', { name: `Se déconnecter (${USER.name})` }).isVisible());
    });

    step('the confirmation mail in the demo outbox confirms the address', async () => {
      const subject = 'Confirmez votre adresse sur Passerelle';
      // Tolerant of lost spaces so the journey goes on; the exact text is checked softly below.
      const subjectLoose = /^\s*Confirmez\s*votre\s*adresse\s*sur\s*Passerelle\s*$/;
      await page.getByRole('link', { name: 'Courriels envoyés (démo)' }).click();
      await page.waitForURL(`${base}/dev/outbox`);
      await checkPage(page, { lang: 'fr', title: 'Courriels envoyés (démonstration)' });
      // Newest first: the first row to our address with the confirmation subject.
      const row = page.getByRole('row')
        .filter({ has: page.getByRole('cell', { name: USER.email, exact: true }) })
        .filter({ has: page.getByRole('link', { name: subjectLoose }) })
        .first();
      const mailLink = row.getByRole('link');
      const listed = await mailLink.innerText();
      soft(() => assert.equal(listed, subject, 'subject as listed at /dev/outbox'));
      await mailLink.click();
      await page.waitForURL(/\/dev\/outbox\/[^/]+\.eml$/);
      await checkPage(page, { lang: 'fr' });
      const title = await page.title();
      soft(() => assert.equal(title, `${subject} · Passerelle`, `<title> of the mail page ${page.url()}`));
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      soft(() => assert.equal(heading, subject, `<h1> of the mail page ${page.url()}`));
      assert.ok(await page.getByText(`Destinataire : ${USER.email}`).isVisible());
      assert.match(await page.locator('pre.mail').innerText(), new RegExp(`Bonjour ${USER.name},`));

      const link = page.locator('main li a').filter({ hasText: /\/confirm\?token=/ });
      assert.equal(await link.count(), 1, 'one confirmation link listed under "Liens du message"');
      const href = await link.getAttribute('href');
      assert.ok(href.startsWith(`${base}/confirm?token=`), `confirmation link points at this server: ${href}`);
      await link.click();
      await page.waitForURL(`${base}/me/organisations`);
      await checkPage(page, { lang: 'fr', title: 'Mes organisations' });
      assert.equal(await page.getByRole('status').innerText(), 'Votre adresse électronique est confirmée.');
      assert.equal(await page.getByRole('note').count(), 0, 'no "confirm your address" banner any more');
    });

    step('an invalid SIRET is refused, tied to its field, and nothing is created', async () => {
      await page.getByRole('link', { name: 'Ajouter une organisation' }).click();
      await page.waitForURL(`${base}/organisations/new`);
      await checkPage(page, { lang: 'fr', title: 'Nouvelle organisation' });

      await page.getByLabel('Raison sociale', { exact: true }).fill(ORG.name);
      await page.getByLabel('Pays', { exact: true }).selectOption({ label: 'France' });
      const forms = page.getByLabel('Forme juridique', { exact: true });
      await forms.selectOption(ORG.legalForm);
      assert.equal(await forms.inputValue(), ORG.legalForm);
      await page.getByLabel('SIRET', { exact: true }).fill(ORG.badSiret);
      await page.getByLabel('Commune', { exact: true }).fill(ORG.commune);

      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${base}/organisations` && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Créer l’organisation' }).click(),
      ]);
      assert.equal(res.status(), 422, 'invalid form answered 422');
      await page.waitForLoadState();
      await checkPage(page, { lang: 'fr', title: 'Nouvelle organisation' });

      const summary = page.locator('.error-summary[role=alert]');
      assert.equal(await summary.count(), 1, 'error summary shown');
      assert.equal(await summary.getByRole('heading').innerText(), 'Le formulaire contient des erreurs');
      const summaryLink = summary.locator('a[href="#id_siret"]');
      assert.equal(await summaryLink.count(), 1, 'the summary links to the SIRET field');

      const siret = page.locator('#id_siret[aria-invalid=true]');
      assert.equal(await siret.count(), 1, '#id_siret is marked aria-invalid');
      const describedBy = (await siret.getAttribute('aria-describedby')) ?? '';
      const described = await page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.textContent.trim() ?? '').filter(Boolean),
        describedBy.split(/\s+/).filter(Boolean),
      );
      const expected = msg('fr', 'error-id_bad_checksum');
      assert.ok(described.includes(expected), `aria-describedby (${describedBy}) leads to "${expected}" (got ${JSON.stringify(described)})`);
      assert.equal(await summaryLink.innerText(), expected);

      // What was typed is kept.
      assert.equal(await page.getByLabel('Raison sociale', { exact: true }).inputValue(), ORG.name);
      assert.equal(await page.getByLabel('Pays', { exact: true }).inputValue(), 'FR');
      assert.equal(await forms.inputValue(), ORG.legalForm);
      assert.equal(await page.getByLabel('SIRET', { exact: true }).inputValue(), ORG.badSiret);
      assert.match(await page.getByLabel('Commune', { exact: true }).inputValue(), /^Nanterre/);
      await screenshot(page, 'organisation-error.png');

      // Nothing was created: checked in a second tab, so this form stays as it is.
      const other = await context.newPage();
      try {
        await other.goto('/me/organisations');
        await checkPage(other, { lang: 'fr', title: 'Mes organisations' });
        assert.ok(await other.getByText('Vous n’êtes membre d’aucune organisation.').isVisible());
        assert.equal(await other.locator('main .card').count(), 0, 'no organisation listed');
      } finally {
        await other.close();
      }
    });

    step('a valid SIRET creates the organisation', async () => {
      // Following the summary link puts focus on the field to correct.
      await page.locator('.error-summary a[href="#id_siret"]').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'id_siret');
      await page.getByLabel('SIRET', { exact: true }).fill(ORG.siret);
      await page.getByRole('button', { name: 'Créer l’organisation' }).click();
      await page.waitForURL(/\/organisations\/[^/]+$/);
      assert.doesNotMatch(page.url(), /\/organisations\/new$/);
      orgUrl = page.url();
      await checkPage(page, { lang: 'fr', title: ORG.name });
      assert.equal(await page.getByRole('status').innerText(), 'L’organisation a été créée.');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ORG.name);

      const facts = await dlFacts(page);
      assert.equal(facts['Pays'], 'France');
      assert.match(facts['Forme juridique'] ?? '', /^9220\b/, 'legal form 9220 shown');
      assert.equal(facts['Catégorie'], 'Association');
      assert.equal(facts['SIRET'], ORG.siret);
      assert.match(facts['Commune'] ?? '', /^Nanterre\b/);
      assert.ok(await page.getByRole('heading', { name: 'Membres', level: 2 }).isVisible());
      await screenshot(page, 'organisation.png');

      // And it is now listed as one of mine.
      const other = await context.newPage();
      try {
        await other.goto('/me/organisations');
        const card = other.locator('main .card').getByRole('link', { name: ORG.name, exact: true });
        assert.equal(await card.count(), 1, 'the new organisation is listed under "Mes organisations"');
        assert.equal(new URL(await card.getAttribute('href'), base).href, orgUrl);
      } finally {
        await other.close();
      }
    });

    step('switching to Polski translates the organisation page', async () => {
      await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Polski', exact: true }).click();
      await page.waitForURL(orgUrl);
      await page.waitForFunction(() => document.documentElement.lang === 'pl');
      await checkPage(page, { lang: 'pl', title: ORG.name });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ORG.name);

      const nav = page.getByRole('navigation', { name: msg('pl', 'nav-main-label') });
      assert.ok(await nav.getByRole('link', { name: 'Moje organizacje', exact: true }).isVisible());
      assert.ok(await nav.getByRole('link', { name: msg('pl', 'nav-home'), exact: true }).isVisible());
      const langs = page.getByRole('navigation', { name: msg('pl', 'nav-language-label') });
      assert.equal(await langs.locator('a[aria-current="true"]').innerText(), 'Polski');

      const facts = await dlFacts(page);
      assert.equal(facts[msg('pl', 'field-country')], msg('pl', 'country-FR'));
      assert.match(facts[msg('pl', 'field-legal-form')] ?? '', /^9220\b/);
      assert.equal(facts[msg('pl', 'field-legal-category')], msg('pl', 'legal-category-association'));
      assert.equal(facts['SIRET'], ORG.siret);
      assert.match(facts[msg('pl', 'field-commune')] ?? '', /^Nanterre\b/);
      assert.ok(await page.getByRole('heading', { name: msg('pl', 'org-members'), level: 2 }).isVisible());
      assert.ok(await page.getByText(msg('pl', 'footer-text')).isVisible());
      await screenshot(page, 'organisation-pl.png');
    });

    step('switching back to Français', async () => {
      await page.getByRole('navigation', { name: msg('pl', 'nav-language-label') })
        .getByRole('link', { name: 'Français', exact: true }).click();
      await page.waitForURL(orgUrl);
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      await checkPage(page, { lang: 'fr', title: ORG.name });
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      assert.ok(await nav.getByRole('link', { name: 'Mes organisations', exact: true }).isVisible());
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ORG.name);
    });

    step('no page error and every sub-resource loaded', async () => {
      assert.deepEqual(problems, []);
    });

    test('no wrong output along the way', () => {
      if (defects.length) assert.fail(`wrong output seen during the journey:\n  - ${defects.join('\n  - ')}`);
    });
  });
}

/** The `<dl class="facts">` of an organisation page as { term: description }. */
async function dlFacts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const dt of document.querySelectorAll('main dl.facts dt')) {
      const dd = dt.nextElementSibling;
      if (dd && dd.tagName === 'DD') out[dt.textContent.trim()] = dd.textContent.trim();
    }
    return out;
  });
}
