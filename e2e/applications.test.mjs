// Browser journey through an application, on the demo data: an applicant fills the Progr'ESS
// form (progress-2024, Hauts-de-Seine) section by section, with the buttons and with autosave,
// checks it, submits it and gets the receipt (page, PDF, mail); then a programme officer finds it
// in the call's inbox, filters, sorts and exports the list, opens the dossier, asks for more
// information; the applicant answers by message and sends the completion; the officer accepts.
//
// The call was open from 6 November to 31 December 2023 (Europe/Paris), so the demo runs with
// `--now 2023-12-15T10:00:00+01:00`: its clock starts at that instant and runs on.
//
// Same machinery as the other journeys (lib.mjs): its own `passerelle demo` on a free port with
// a fresh data directory, headless Chromium from Debian. Run with `npm test` or `./run.sh`.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, ROOT, assertNoDefects, assertNoMessageIds, checkPage, defineJourney, dlFacts, msg, plural, screenshot, selectMessage, sleep } from './lib.mjs';

// ---------------------------------------------------------------------------------------------
// Demo data: the call, its form and the demo accounts, read from data/demo/.

const NOW = '2023-12-15T10:00:00+01:00';
const SLUG = 'progress-2024';
const readDemo = (...path) => readFileSync(join(ROOT, 'data', 'demo', ...path), 'utf8');
const SCHEME = JSON.parse(readDemo('schemes', `${SLUG}.json`)).scheme;
const FORM = JSON.parse(readDemo('forms', `${SLUG}.json`)).form;
const SCHEME_TITLE = SCHEME.title.fr;
const REFERENCE = 'PROGRESS-2024-000001';
const PASSWORD = 'Passerelle-demo-2026';

/** The `[[account]]` / `[[organisation]]` blocks of tenants.toml, as their raw text. */
const TOML_BLOCKS = readDemo('tenants.toml').split(/^(?=\[\[)/m);
const tomlString = (block, key) => (new RegExp(`^${key} = "([^"]*)"`, 'm').exec(block) ?? [])[1];
const accountName = (email) => {
  const block = TOML_BLOCKS.find((b) => b.startsWith('[[account]]') && tomlString(b, 'email') === email);
  assert.ok(block, `demo account ${email} in data/demo/tenants.toml`);
  return tomlString(block, 'name');
};

const APPLICANT = { email: 'porteur@demo.passerelle.test' };
APPLICANT.name = accountName(APPLICANT.email);
const OFFICER = { email: 'agent@demo.passerelle.test' };
OFFICER.name = accountName(OFFICER.email);
// The demo association the applicant owns (Nanterre, an SSE association by its status).
const ORG = tomlString(
  TOML_BLOCKS.find((b) => b.startsWith('[[organisation]]') && b.includes(`email = "${APPLICANT.email}", role = "owner"`)) ?? '',
  'legal_name',
);
assert.ok(ORG, `an organisation owned by ${APPLICANT.email} in data/demo/tenants.toml`);
const AUTHORITY = tomlString(TOML_BLOCKS.find((b) => /^slug = "hauts-de-seine"$/m.test(b)) ?? '', 'name');
assert.ok(AUTHORITY, 'the hauts-de-seine tenant in data/demo/tenants.toml');

/** A section of the form, its French title and the French label of each field. */
const section = (id) => {
  const s = FORM.sections.find((x) => x.id === id);
  assert.ok(s, `section ${id} in data/demo/forms/${SLUG}.json`);
  return s;
};
const field = (sid, fid) => {
  const f = section(sid).fields.find((x) => x.id === fid);
  assert.ok(f, `field ${sid}.${fid} in data/demo/forms/${SLUG}.json`);
  return f;
};
const label = (sid, fid) => field(sid, fid).label.fr;
const option = (sid, fid, value) => field(sid, fid).options.find((o) => o.value === value).label.fr;
const optionOf = (options, value) => options.find((o) => o.value === value).label.fr;
const required = (sid) => section(sid).fields.filter((f) => f.required).length;
// A label followed by " (obligatoire)" when the question is required.
const labelRe = (sid, fid) => new RegExp(`^${escapeRe(label(sid, fid))}(\\s|$)`);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// What the applicant writes. The title has accents; the officer searches one of its words
// typed without them. The team's text has no apostrophe or other character the page escapes,
// so it can be looked for as is in the page's HTML.
const PROJECT = {
  title: 'Réparer ensemble : atelier vélo solidaire',
  searchWord: 'reparer',
  description: 'Un atelier ouvert deux soirs par semaine où les habitants de Nanterre apprennent à réparer leur vélo avec des bénévoles, et où les vélos abandonnés retrouvent une seconde vie.',
  theme: 'sustainable-development',
  innovation: 'service',
  detail: 'Les pièces viennent du réemploi, l’adhésion est à prix libre et les ateliers sont animés par les habitants formés.',
  team: 'Deux salariés (coordination et mécanique) et une dizaine de bénévoles formés.',
  staff: '2',
  requested: '12 000',
  line: { year: '2024', category: 'staff', label: 'Animation de l’atelier', amount: '15 000' },
};
const NOTE = 'Merci de préciser le nombre de personnes accueillies chaque semaine.';
const ANSWER = 'Nous accueillons une trentaine de personnes chaque semaine, la moitié sont des jeunes du quartier.';

// ---------------------------------------------------------------------------------------------
// Helpers.

/** A one-line message of the French catalogue with its placeables filled in. */
function t(id, args = {}) {
  let v = CATALOGUES.fr.values.get(id);
  assert.ok(v, `message ${id} missing from locales/fr/*.ftl`);
  for (const [k, x] of Object.entries(args)) v = v.replaceAll(`{ $${k} }`, x);
  assert.ok(!v.includes('{'), `message ${id}: placeables left in "${v}"`);
  return v;
}

/** An amount as the pages write it: groups and the unit separated by (narrow) no-break spaces. */
const euros = (digits) => new RegExp(`^${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\\s?')},00\\s?€`);

/**
 * Runs `action` (a click that submits a form or follows a link) and waits for the new document:
 * its URL must differ from the current one and satisfy `want(url)`. Returns the response.
 */
async function navigate(page, action, want = () => true) {
  const before = page.url();
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
    page.waitForURL((u) => u.href !== before && want(u)),
    action(),
  ]);
  await page.waitForLoadState();
  return res;
}

/**
 * Runs `action` (a form post answered by a redirect to the page it came from) and waits for the
 * new document at the same address to be loaded. Returns the response of its GET.
 */
async function postAndReturn(page, action) {
  const before = page.url();
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()
      && r.request().method() === 'GET'),
    page.waitForEvent('load'),
    action(),
  ]);
  assert.equal(page.url(), before, 'back on the same page');
  return res;
}

/**
 * Clicks `link` and waits for the file it downloads. Following a link answered with a file
 * (Content-Disposition: attachment) ends that navigation as "aborted" once the download starts:
 * its URL is added to `downloads` so that the final check does not count it as a failed request.
 */
async function download(page, link, downloads) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  downloads.add(file.url());
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Signs in on `/login` with a demo account. */
async function signIn(page, email) {
  const res = await page.goto('/login');
  assert.equal(res.status(), 200);
  await checkPage(page, { lang: 'fr', title: msg('fr', 'login-title') });
  await page.getByLabel(msg('fr', 'field-email'), { exact: true }).fill(email);
  await page.getByLabel(msg('fr', 'field-password'), { exact: true }).fill(PASSWORD);
  await navigate(page, () => page.getByRole('button', { name: msg('fr', 'action-sign-in'), exact: true }).click(),
    (u) => u.pathname !== '/login');
  const nav = page.getByRole('navigation', { name: msg('fr', 'nav-main-label') });
  assert.ok(await nav.getByRole('button', { name: t('nav-sign-out', { name: accountName(email) }) }).isVisible(), `${email} is signed in`);
}

/** The flash message(s) of the page (`div.flash[role=status]` under the header). */
const flash = (page) => page.locator('div.flash[role=status]').innerText().then((s) => s.trim());

/**
 * Keeps count of the background saves of a section (applications.js posts the form with
 * `fetch`) so that a button is not pressed while one is on its way: the page would then post
 * the version the background save is replacing.
 */
function trackAutosaves(page) {
  const pending = new Set();
  const isAutosave = (r) => r.method() === 'POST' && r.resourceType() === 'fetch' && /\/sections\/[^/]+$/.test(new URL(r.url()).pathname);
  page.on('request', (r) => { if (isAutosave(r)) pending.add(r); });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return {
    isAutosave,
    async idle() {
      const deadline = Date.now() + 15_000;
      while (pending.size > 0) {
        assert.ok(Date.now() < deadline, 'a background save still running after 15 s');
        await sleep(50);
      }
      await sleep(200); // its answer's version is written into the form
    },
  };
}

/**
 * The newest mail to `to` whose subject matches `subject` at /dev/outbox, waiting for the mail
 * sender (it runs as soon as the change is committed). Leaves `page` on the outbox.
 */
async function findMail(page, to, subject) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await page.goto('/dev/outbox');
    assert.equal(res.status(), 200);
    const link = page.getByRole('row')
      .filter({ has: page.getByRole('cell', { name: to, exact: true }) })
      .getByRole('link', { name: subject });
    if ((await link.count()) > 0) return link.first();
    assert.ok(Date.now() < deadline, `no mail to ${to} with the subject ${subject} at /dev/outbox within 30 s`);
    await sleep(500);
  }
}

/** The rows of the inbox table: reference, title, organisation, state, amount, verdict. */
async function inboxRows(page) {
  return page.locator('main table#ids tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent.trim());
      return {
        reference: cells[1], title: cells[2], organisation: cells[3], state: cells[4],
        amount: cells[5], submitted: cells[6], verdict: cells[7],
        href: tr.querySelector('th a')?.getAttribute('href'),
      };
    }),
  );
}

/** Texts of the accessible name and description sources of a control (label, legend, aria). */
async function tiedTexts(control) {
  return control.evaluate((el) => {
    const text = (n) => (n ? n.textContent.replace(/\s+/g, ' ').trim() : '');
    const out = [];
    if (el.id) document.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`).forEach((l) => out.push(text(l)));
    for (const attr of ['aria-labelledby', 'aria-describedby']) {
      for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) out.push(text(document.getElementById(id)));
    }
    for (let f = el.closest('fieldset'); f; f = f.parentElement?.closest('fieldset')) {
      const legend = f.querySelector(':scope > legend');
      if (legend && !legend.classList.contains('visually-hidden')) out.push(text(legend));
    }
    return out.filter(Boolean);
  });
}

// ---------------------------------------------------------------------------------------------
// The journey.

defineJourney(
  {
    name: 'applications journey',
    outputs: [
      'application-apply.png',
      'application-section.png',
      'application-check.png',
      'application-overview.png',
      'application-receipt.png',
      'inbox.png',
      'inbox-dossier.png',
      'application-info-requested.png',
    ],
    serverLog: 'applications-server.log',
    failureShot: 'applications-failure.png',
    demoArgs: ['--now', NOW],
  },
  (j) => {
    const { step, soft, problems, defects } = j;
    let page; // the applicant's
    let base;
    let saves;
    let appId;
    let appUrl;
    let sha256;
    let submittedAt; // as the receipt writes it
    let officerContext;
    let officer; // the officer's page
    let dossierUrl;
    const downloads = new Set(); // URLs of the files downloaded

    before(() => {
      ({ page, base } = j);
      saves = trackAutosaves(page);
    });

    // -------------------------------------------------------------------------------------
    // The applicant.

    step('the applicant signs in and opens "Candidater" on the Progr\'ESS page', async () => {
      await signIn(page, APPLICANT.email);
      const res = await page.goto(`/schemes/${SLUG}`);
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'fr', title: SCHEME_TITLE });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), SCHEME_TITLE);
      await navigate(page, () => page.getByRole('link', { name: msg('fr', 'scheme-apply'), exact: true }).click(),
        (u) => u.pathname === `/calls/${SLUG}/apply`);
      await checkPage(page, { lang: 'fr', title: `${msg('fr', 'app-apply-title')} · ${SCHEME_TITLE}` });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), msg('fr', 'app-apply-title'));
      assert.equal(await page.locator('main p.lead').innerText(), t('app-apply-intro', { scheme: SCHEME_TITLE }));
      // The parts of the form are announced.
      const parts = await page.locator('main form ol > li').allInnerTexts();
      assert.deepEqual(parts, FORM.sections.map((s) => s.title.fr));
      await screenshot(page, 'application-apply.png');
    });

    step('choosing the organisation starts a draft whose overview lists the sections', async () => {
      const group = page.getByRole('group', { name: msg('fr', 'app-apply-which-organisation'), exact: true });
      await group.getByRole('radio', { name: ORG, exact: true }).check();
      await navigate(page, () => page.getByRole('button', { name: msg('fr', 'app-apply-start'), exact: true }).click(),
        (u) => /^\/applications\/[^/]+$/.test(u.pathname));
      appUrl = page.url();
      appId = new URL(appUrl).pathname.split('/').pop();
      await checkPage(page, { lang: 'fr', title: msg('fr', 'app-untitled') });
      assert.equal(await flash(page), msg('fr', 'flash-app-started'));
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), msg('fr', 'app-untitled'));
      assert.equal(await page.locator('main p.meta .badge').innerText(), msg('fr', 'app-state-public-draft'));
      // The deadline, in the call's zone.
      assert.match(await page.locator('main').innerText(), /Dépôt possible jusqu’au .*31 décembre 2023/);

      const parts = page.getByRole('region', { name: msg('fr', 'app-sections'), exact: true }).getByRole('listitem');
      assert.equal(await parts.count(), FORM.sections.length);
      for (const [i, s] of FORM.sections.entries()) {
        const item = parts.nth(i);
        const link = item.getByRole('link', { name: s.title.fr, exact: true });
        assert.equal(await link.getAttribute('href'), `/applications/${appId}/sections/${s.id}`);
        const progress = (await item.locator('.progress').innerText()).replace(/\s+/g, ' ');
        assert.equal(progress, selectMessage('fr', 'app-section-progress', 'required', { done: 0, required: required(s.id) }), `progress of ${s.id}`);
      }
    });

    step('the project section, saved with "Enregistrer et passer à la suite"', async () => {
      const project = section('project');
      await navigate(page, () => page.getByRole('link', { name: project.title.fr, exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}/sections/project`);
      await checkPage(page, { lang: 'fr', title: `${project.title.fr} · ${msg('fr', 'app-untitled')}` });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), project.title.fr);

      const title = page.getByLabel(labelRe('project', 'title'));
      await title.click();
      await title.pressSequentially(PROJECT.title);
      const description = page.getByLabel(labelRe('project', 'description'));
      // The help is tied to the field.
      const described = await tiedTexts(description);
      assert.ok(described.includes(field('project', 'description').help.fr), `description help tied to its field (${JSON.stringify(described)})`);
      await description.fill(PROJECT.description);
      // applications.js counts the characters left.
      const max = field('project', 'description').max_len;
      assert.equal(
        await page.locator('[data-counter-for="f.description"]').innerText(),
        msg('fr', 'app-chars-left').replace('%n%', String(max - PROJECT.description.length)),
      );
      const themes = page.getByRole('group', { name: labelRe('project', 'theme') });
      assert.equal(await themes.getByRole('checkbox').count(), 2, 'the two themes of the call');
      await themes.getByRole('checkbox', { name: option('project', 'theme', PROJECT.theme), exact: true }).check();
      const innovation = page.getByRole('group', { name: labelRe('project', 'innovation') });
      assert.equal(await innovation.getByRole('radio').count(), 3);
      await innovation.getByRole('radio', { name: option('project', 'innovation', PROJECT.innovation), exact: true }).check();
      await page.getByLabel(labelRe('project', 'innovation_detail')).fill(PROJECT.detail);

      await saves.idle();
      await navigate(page, () => page.getByRole('button', { name: msg('fr', 'app-save-next'), exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}/sections/team`);
      assert.equal(await flash(page), msg('fr', 'flash-app-saved'));
    });

    step('the team section saves itself (autosave) and keeps the answer after a reload', async () => {
      const team = section('team');
      await checkPage(page, { lang: 'fr', title: `${team.title.fr} · ${PROJECT.title}` });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), team.title.fr);
      // The breadcrumb now names the project.
      assert.match(await page.getByRole('navigation', { name: msg('fr', 'breadcrumb-label') }).innerText(), new RegExp(`^${escapeRe(PROJECT.title)}`));

      const status = page.locator('main .autosave-status');
      assert.equal(await status.getAttribute('role'), 'status');
      assert.equal(await status.getAttribute('aria-live'), 'polite');
      assert.equal((await status.innerText()).trim(), '', 'nothing said before a change');

      // No button: the page saves in the background a few seconds after the last keystroke.
      const autosaved = page.waitForResponse((r) => saves.isAutosave(r.request())
        && new URLSearchParams(r.request().postData() ?? '').get('f.team') === PROJECT.team, { timeout: 30_000 });
      await page.getByLabel(labelRe('team', 'staff')).pressSequentially(PROJECT.staff);
      const text = page.getByLabel(labelRe('team', 'team'));
      await text.click();
      await text.pressSequentially(PROJECT.team, { delay: 5 });
      const res = await autosaved;
      assert.equal(res.status(), 200, 'the background save is accepted');
      assert.equal((await res.json()).saved, true);
      const saved = new RegExp(`^${escapeRe(msg('fr', 'app-autosave-saved')).replace('%time%', '\\d\\d:\\d\\d')}$`);
      await page.waitForFunction((el) => el.textContent.trim() !== '', await status.elementHandle());
      assert.match((await status.innerText()).trim(), saved, 'the status says when it was saved');
      await saves.idle();

      // Reloaded, the page comes from the server with the answers (checked in its HTML, so the
      // browser's own restoring of typed values does not count).
      const again = await page.reload();
      assert.equal(again.status(), 200);
      const html = await again.text();
      assert.ok(html.includes(`>${PROJECT.team}</textarea>`), 'the autosaved text is in the page as sent by the server');
      assert.ok(html.includes(`value="${PROJECT.staff}"`), 'the autosaved number is in the page as sent by the server');
      await checkPage(page, { lang: 'fr', title: `${team.title.fr} · ${PROJECT.title}` });
      assert.equal(await page.getByLabel(labelRe('team', 'team')).inputValue(), PROJECT.team);
      assert.equal(await page.getByLabel(labelRe('team', 'staff')).inputValue(), PROJECT.staff);

      // The overview counts the answers of both sections.
      await navigate(page, () => page.getByRole('link', { name: msg('fr', 'app-back-to-application'), exact: true }).click(),
        (u) => u.href === appUrl);
      await checkPage(page, { lang: 'fr', title: PROJECT.title });
      const parts = page.getByRole('region', { name: msg('fr', 'app-sections'), exact: true }).getByRole('listitem');
      for (const sid of ['project', 'team']) {
        const n = required(sid);
        const item = parts.filter({ has: page.getByRole('link', { name: section(sid).title.fr, exact: true }) });
        assert.equal((await item.locator('.progress.complete').innerText()).replace(/\s+/g, ' '),
          selectMessage('fr', 'app-section-progress', 'required', { done: n, required: n }), `${sid} complete`);
      }
    });

    step('the funding section: the amount, one budget line, and "Ajouter une ligne"', async () => {
      const funding = section('funding');
      await navigate(page, () => page.getByRole('link', { name: funding.title.fr, exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}/sections/funding`);
      await checkPage(page, { lang: 'fr', title: `${funding.title.fr} · ${PROJECT.title}` });

      const requested = page.getByLabel(labelRe('funding', 'requested'));
      await requested.click();
      await requested.pressSequentially(PROJECT.requested);

      const budget = page.getByRole('group', { name: labelRe('funding', 'budget') });
      const rows = budget.locator('table tbody tr');
      const before = await rows.count();
      assert.ok(before >= 1, 'the budget table has a line to fill');
      const line = rows.first();
      const cell = (name) => line.getByLabel(msg('fr', name), { exact: true });
      await cell('budget-year').pressSequentially(PROJECT.line.year);
      await cell('budget-category').selectOption({ label: optionOf(field('funding', 'budget').categories, PROJECT.line.category) });
      await cell('budget-label').pressSequentially(PROJECT.line.label);
      await cell('budget-amount').pressSequentially(PROJECT.line.amount);
      await cell('budget-eligible').check();

      // With JavaScript, each table gets a button that adds a blank line (and moves to it).
      // Its name says which table it adds to (the co-funding table has its own).
      const add = budget.getByRole('button', { name: `${msg('fr', 'app-add-row')} – ${label('funding', 'budget')}`, exact: true });
      assert.equal(await add.count(), 1, '"Ajouter une ligne" under the budget table');
      await add.click();
      assert.equal(await rows.count(), before + 1, 'one more line');
      const added = rows.last();
      const focusedIn = await added.evaluate((tr) => tr.contains(document.activeElement));
      assert.ok(focusedIn, 'the focus moves to the new line');
      assert.equal(await added.getByLabel(msg('fr', 'budget-year'), { exact: true }).getAttribute('name'), `f.budget.${before}.year`);
      for (const name of ['budget-year', 'budget-label', 'budget-amount']) {
        assert.equal(await added.getByLabel(msg('fr', name), { exact: true }).inputValue(), '', `${name} of the new line is blank`);
      }
      // Every control of the new line is labelled too.
      await screenshot(page, 'application-section.png');

      // The declaration is left unticked for now.
      await saves.idle();
      await navigate(page, () => page.getByRole('button', { name: msg('fr', 'app-save'), exact: true }).click(),
        (u) => u.href === appUrl);
      assert.equal(await flash(page), msg('fr', 'flash-app-saved'));
      await checkPage(page, { lang: 'fr', title: PROJECT.title });
    });

    step('"Vérifier et déposer" lists the missing declaration with a link to its question', async () => {
      await navigate(page, () => page.getByRole('link', { name: msg('fr', 'app-check-and-submit'), exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}/submit`);
      await checkPage(page, { lang: 'fr', title: msg('fr', 'app-submit-title') });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), msg('fr', 'app-submit-title'));
      const checks = page.getByRole('region', { name: msg('fr', 'app-submit-checks'), exact: true });
      assert.ok(await checks.getByText(msg('fr', 'app-submit-problems'), { exact: true }).isVisible());
      const items = checks.getByRole('listitem');
      assert.equal(await items.count(), 1, `one problem (${(await items.allInnerTexts()).join(' | ')})`);
      const link = items.first().getByRole('link', { name: label('funding', 'honour'), exact: true });
      assert.equal(await link.getAttribute('href'), `/applications/${appId}/sections/funding#field-honour`);
      assert.match(await items.first().innerText(), / — \S/, 'the problem is explained');
      const submit = page.getByRole('button', { name: msg('fr', 'app-event-submit'), exact: true });
      assert.ok(await submit.isDisabled(), 'nothing to submit while something is missing');
      await screenshot(page, 'application-check.png');

      await navigate(page, () => link.click(), (u) => u.pathname === `/applications/${appId}/sections/funding`);
      assert.equal(new URL(page.url()).hash, '#field-honour');
      // (checkPage's first Tab would start from the link's target, not from the top: the same
      // section page was checked in full above.)
      assert.equal(await page.title(), `${section('funding').title.fr} · ${PROJECT.title} · Passerelle`);
      await assertNoMessageIds(page);
      // What was saved is there.
      assert.equal(await page.getByLabel(labelRe('funding', 'requested')).inputValue(), PROJECT.requested.replace(/\s/g, ''));
      const line = page.getByRole('group', { name: labelRe('funding', 'budget') }).locator('table tbody tr').first();
      assert.equal(await line.getByLabel(msg('fr', 'budget-label'), { exact: true }).inputValue(), PROJECT.line.label);
      assert.ok(await line.getByLabel(msg('fr', 'budget-eligible'), { exact: true }).isChecked());
    });

    step('the declaration ticked with the keyboard, every section is complete', async () => {
      const box = page.locator('#field-honour').getByRole('checkbox');
      assert.equal(await box.count(), 1);
      // The link led to the question: the next Tab stop is its checkbox.
      await page.keyboard.press('Tab');
      assert.ok(await box.evaluate((el) => el === document.activeElement), 'one Tab after the link reaches the declaration');
      // The statement being certified should reach a screen reader with the box.
      const tied = await tiedTexts(box);
      await soft(async () => assert.ok(tied.some((x) => x.includes(label('funding', 'honour'))),
        `section funding, declaration: the checkbox's label, description or legend does not include the statement "${label('funding', 'honour')}" (${JSON.stringify(tied)})`));
      await page.keyboard.press('Space');
      assert.ok(await box.isChecked());
      await saves.idle();
      await navigate(page, () => page.getByRole('button', { name: msg('fr', 'app-save'), exact: true }).click(),
        (u) => u.href === appUrl);
      await checkPage(page, { lang: 'fr', title: PROJECT.title });
      const parts = page.getByRole('region', { name: msg('fr', 'app-sections'), exact: true }).getByRole('listitem');
      for (const s of FORM.sections) {
        const n = required(s.id);
        const item = parts.filter({ has: page.getByRole('link', { name: s.title.fr, exact: true }) });
        assert.equal((await item.locator('.progress.complete').innerText()).replace(/\s+/g, ' '),
          selectMessage('fr', 'app-section-progress', 'required', { done: n, required: n }), `${s.id} complete`);
      }
      await screenshot(page, 'application-overview.png');
    });

    step('the check page says "éligible" and the dossier is submitted to the receipt', async () => {
      await navigate(page, () => page.getByRole('link', { name: msg('fr', 'app-check-and-submit'), exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}/submit`);
      await checkPage(page, { lang: 'fr', title: msg('fr', 'app-submit-title') });
      const checks = page.getByRole('region', { name: msg('fr', 'app-submit-checks'), exact: true });
      assert.ok(await checks.getByText(msg('fr', 'app-submit-complete'), { exact: true }).isVisible());
      assert.equal(await checks.getByRole('listitem').count(), 0);
      const eligibility = page.getByRole('region', { name: msg('fr', 'app-submit-eligibility'), exact: true });
      const verdict = await eligibility.locator('strong').first().innerText();
      assert.equal(verdict, msg('fr', 'app-verdict-eligible'));
      assert.match(verdict, /éligible/);
      const criteria = eligibility.getByRole('listitem');
      assert.ok((await criteria.count()) >= 1, 'the conditions are listed');
      assert.equal(await eligibility.locator('li.not-met').count(), 0, 'no condition unmet');
      for (const c of await criteria.allInnerTexts()) {
        assert.match(c, new RegExp(`^(${['met', 'not-met', 'unknown'].map((v) => escapeRe(msg('fr', `app-criterion-${v}`))).join('|')})\\s?:`),
          `each condition says whether it is met (${c})`);
      }

      await navigate(page, () => page.getByRole('button', { name: msg('fr', 'app-event-submit'), exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}/receipt`);
      await checkPage(page, { lang: 'fr', title: `${msg('fr', 'receipt-title')} · ${REFERENCE}` });
      assert.equal(await flash(page), msg('fr', 'flash-app-submitted'));
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), msg('fr', 'receipt-title'));
      const facts = await dlFacts(page, 'main dl.receipt');
      assert.equal(facts[msg('fr', 'receipt-reference')], REFERENCE);
      assert.match(facts[msg('fr', 'receipt-submitted-at')] ?? '', /^15 décembre 2023 à 10:\d\d:\d\d \(Europe\/Paris\)$/);
      submittedAt = facts[msg('fr', 'receipt-submitted-at')];
      sha256 = facts[msg('fr', 'receipt-sha256')];
      assert.match(sha256 ?? '', /^[0-9a-f]{64}$/);
      await screenshot(page, 'application-receipt.png');
    });

    step('the receipt as a PDF, and by mail', async () => {
      const pdf = await download(page, page.getByRole('link', { name: msg('fr', 'app-receipt-pdf'), exact: true }), downloads);
      assert.match(pdf.name, /\.pdf$/);
      assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');

      const subject = t('mail-receipt-subject', { reference: REFERENCE });
      const mail = await findMail(page, APPLICANT.email, subject);
      await checkPage(page, { lang: 'fr', title: msg('fr', 'outbox-title') });
      assert.ok((await mail.innerText()).includes(REFERENCE));
      await navigate(page, () => mail.click(), (u) => /^\/dev\/outbox\/[^/]+\.eml$/.test(u.pathname));
      await checkPage(page, { lang: 'fr', title: subject });
      const body = await page.locator('pre.mail').innerText();
      assert.ok(body.includes(`Référence : ${REFERENCE}`), 'the mail gives the reference');
      assert.ok(body.includes(sha256), 'the mail gives the SHA-256');
      assert.match(body, /15 décembre 2023 à 10:\d\d:\d\d \(Europe\/Paris\)/);
      assert.ok(body.includes(PROJECT.title));
      const links = await page.locator('main li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.some((l) => l.startsWith(`${base}/applications/${appId}`)), `the mail links to the application (${links.join(' ')})`);
    });

    // -------------------------------------------------------------------------------------
    // The officer.

    step('the officer finds the call\'s inbox from the back office\'s scheme list', async () => {
      officerContext = await j.newContext();
      officer = j.watch(await officerContext.newPage());
      j.page = officer; // the page a failure's screenshot shows
      await signIn(officer, OFFICER.email);
      await officer.goto('/');
      await navigate(officer, () => officer.getByRole('link', { name: AUTHORITY, exact: true }).click(),
        (u) => u.pathname === '/authorities/hauts-de-seine');
      await checkPage(officer, { lang: 'fr', title: AUTHORITY });
      await navigate(officer, () => officer.getByRole('link', { name: msg('fr', 'bo-manage-link'), exact: true }).click(),
        (u) => u.pathname === '/authorities/hauts-de-seine/schemes');
      await checkPage(officer, { lang: 'fr', title: t('bo-list-title', { authority: AUTHORITY }) });

      const link = officer.getByRole('link', { name: `${plural('fr', 'bo-applications-link', 1)} – ${SCHEME_TITLE}`, exact: true });
      assert.equal(await link.count(), 1, `"${plural('fr', 'bo-applications-link', 1)}" for the call`);
      await navigate(officer, () => link.click(), (u) => u.pathname === `/schemes/${SLUG}/applications`);
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
      assert.equal(await officer.getByRole('heading', { level: 1 }).innerText(), t('inbox-title', { scheme: SCHEME_TITLE }));

      const counts = officer.getByRole('region', { name: msg('fr', 'inbox-counts-title'), exact: true });
      const submitted = counts.getByRole('listitem').filter({ has: officer.getByRole('link', { name: msg('fr', 'app-state-internal-submitted'), exact: true }) });
      assert.equal(await submitted.locator('.count').innerText(), '1', 'one dossier "À examiner"');

      assert.equal(await officer.locator('#results-title').innerText(), plural('fr', 'inbox-found', 1));
      const rows = await inboxRows(officer);
      assert.equal(rows.length, 1);
      const [row] = rows;
      assert.equal(row.reference, REFERENCE);
      assert.equal(row.title, PROJECT.title);
      assert.equal(row.organisation, ORG);
      assert.equal(row.state, msg('fr', 'app-state-internal-submitted'));
      assert.match(row.amount, euros('12000'));
      assert.match(row.submitted, /15 décembre 2023/);
      assert.equal(row.verdict, msg('fr', 'verdict-eligible'));
      assert.equal(row.href, `/schemes/${SLUG}/applications/${appId}`);
      await screenshot(officer, 'inbox.png');
    });

    step('the inbox\'s full-text search, eligibility filter and sort', async () => {
      const filters = officer.locator('main form.inbox-filters');
      const apply = () => filters.getByRole('button', { name: msg('fr', 'inbox-filter-apply'), exact: true }).click();
      const q = filters.getByLabel(msg('fr', 'inbox-filter-q'), { exact: true });

      // A word of the title, typed without its accent.
      await q.fill(PROJECT.searchWord);
      await navigate(officer, apply, (u) => u.searchParams.get('q') === PROJECT.searchWord);
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
      assert.equal(await officer.locator('#results-title').innerText(), plural('fr', 'inbox-found', 1));
      assert.deepEqual((await inboxRows(officer)).map((r) => r.reference), [REFERENCE]);
      assert.equal(await q.inputValue(), PROJECT.searchWord, 'the words are kept');

      // A word in no dossier.
      await q.fill('piscine');
      await navigate(officer, apply, (u) => u.searchParams.get('q') === 'piscine');
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
      assert.equal(await officer.locator('#results-title').innerText(), plural('fr', 'inbox-found', 0));
      assert.ok(await officer.getByText(msg('fr', 'inbox-empty'), { exact: true }).isVisible());

      // The eligibility verdict and a sort, without words.
      await q.fill('');
      await filters.getByLabel(msg('fr', 'inbox-filter-verdict'), { exact: true }).selectOption({ label: msg('fr', 'verdict-eligible') });
      await filters.getByLabel(msg('fr', 'inbox-sort'), { exact: true }).selectOption({ label: msg('fr', 'inbox-sort-amount') });
      await navigate(officer, apply, (u) => u.searchParams.get('verdict') === 'eligible' && u.searchParams.get('q') === '');
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
      const sortParam = new URL(officer.url()).searchParams.get('sort');
      assert.ok(sortParam, 'the sort is in the address');
      assert.deepEqual((await inboxRows(officer)).map((r) => r.reference), [REFERENCE]);
      const verdict = filters.getByLabel(msg('fr', 'inbox-filter-verdict'), { exact: true });
      assert.equal(await verdict.locator('option:checked').innerText(), msg('fr', 'verdict-eligible'), 'the filter is kept');
      const sort = filters.getByLabel(msg('fr', 'inbox-sort'), { exact: true });
      assert.equal(await sort.locator('option:checked').innerText(), msg('fr', 'inbox-sort-amount'), 'the sort is kept');

      await verdict.selectOption({ label: msg('fr', 'verdict-not-eligible') });
      await navigate(officer, apply, (u) => u.searchParams.get('verdict') === 'not_eligible' || u.searchParams.get('verdict') === 'not-eligible');
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
      assert.equal(await officer.locator('#results-title').innerText(), plural('fr', 'inbox-found', 0));
      await verdict.selectOption({ label: msg('fr', 'verdict-eligible') });
      await navigate(officer, apply, (u) => u.searchParams.get('verdict') === 'eligible');
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
    });

    step('the CSV export of the inbox has a header line and the dossier', async () => {
      const link = officer.getByRole('link', { name: msg('fr', 'inbox-export-csv'), exact: true });
      assert.match(await link.getAttribute('href'), /verdict=eligible/, 'the export keeps the filters');
      const file = await download(officer, link, downloads);
      assert.match(file.name, /\.csv$/);
      const csv = file.bytes.toString('utf8').replace(/^\uFEFF/, '');
      const lines = csv.split(/\r?\n/).filter((l) => l !== '');
      assert.equal(lines.length, 2, `a header line and one dossier (${lines.length} lines)`);
      for (const head of ['export-reference', 'export-state', 'export-organisation', 'export-title']) {
        assert.ok(lines[0].includes(msg('fr', head)), `header "${msg('fr', head)}" in ${lines[0].slice(0, 200)}`);
      }
      assert.ok(lines[0].includes(label('project', 'description')), 'a column per question');
      assert.ok(lines[1].startsWith(REFERENCE) || lines[1].startsWith(`"${REFERENCE}"`), `the row starts with the reference: ${lines[1].slice(0, 80)}`);
      assert.ok(lines[1].includes(PROJECT.title) && lines[1].includes(ORG), 'the row has the title and the organisation');
      // The instant of submission is the receipt's (the CSV writes it 2023-12-15 hh:mm:ss).
      const time = /à (\d\d:\d\d:\d\d)/.exec(submittedAt)[1];
      assert.ok(lines[1].includes(`2023-12-15 ${time}`), `the row has the receipt's instant 2023-12-15 ${time}`);
    });

    step('the dossier page shows the answers and the history, and asks for more information', async () => {
      await navigate(officer, () => officer.getByRole('link', { name: REFERENCE, exact: true }).click(),
        (u) => u.pathname === `/schemes/${SLUG}/applications/${appId}`);
      dossierUrl = officer.url();
      await checkPage(officer, { lang: 'fr', title: `${PROJECT.title} · ${SCHEME_TITLE}` });
      assert.equal(await officer.getByRole('heading', { level: 1 }).innerText(), PROJECT.title);

      const summary = await dlFacts(officer, 'main dl.facts-list');
      assert.equal(summary[msg('fr', 'inbox-reference')], REFERENCE);
      assert.equal(summary[msg('fr', 'inbox-state')], msg('fr', 'app-state-internal-submitted'));
      assert.equal(summary[msg('fr', 'inbox-organisation')], ORG);
      assert.equal(summary[msg('fr', 'inbox-sha256')], sha256);

      const answers = officer.getByRole('region', { name: msg('fr', 'inbox-answers'), exact: true });
      assert.deepEqual(await answers.getByRole('heading', { level: 3 }).allInnerTexts(), FORM.sections.map((s) => s.title.fr));
      const given = await dlFacts(officer, 'main dl.inbox-answers');
      assert.equal(given[label('project', 'title')], PROJECT.title);
      assert.equal(given[label('project', 'description')], PROJECT.description);
      assert.equal(given[label('project', 'theme')], option('project', 'theme', PROJECT.theme));
      assert.equal(given[label('project', 'innovation')], option('project', 'innovation', PROJECT.innovation));
      assert.equal(given[label('team', 'team')], PROJECT.team);
      assert.match(given[label('funding', 'requested')] ?? '', euros('12000'));
      assert.match(given[label('funding', 'budget')] ?? '', new RegExp(escapeRe(PROJECT.line.label)));
      assert.equal(given[label('funding', 'honour')], msg('fr', 'answer-ticked'));
      const budget = answers.getByRole('table', { name: label('funding', 'budget'), exact: true });
      assert.equal(await budget.count(), 1, 'the budget as a table');
      const heads = await budget.getByRole('columnheader').allInnerTexts();
      assert.ok(heads.includes(msg('fr', 'budget-amount')), `budget columns (${heads.join(' | ')})`);
      if (field('funding', 'budget').phases.length === 0) {
        await soft(async () => assert.ok(!heads.includes(msg('fr', 'budget-phase')),
          `officer's dossier page, answer "${label('funding', 'budget')}": an empty "${msg('fr', 'budget-phase')}" column, though the form has no phases (the section page leaves it out)`));
      }

      const history = officer.getByRole('region', { name: msg('fr', 'inbox-history'), exact: true });
      const whats = await history.locator('tbody tr td:nth-child(3)').allInnerTexts();
      assert.ok(whats.includes(msg('fr', 'event-submit')), `history has "${msg('fr', 'event-submit')}" (${whats.join(' | ')})`);
      assert.ok(whats.includes(msg('fr', 'event-view')), `the officer's reading is recorded (${whats.join(' | ')})`);

      // Asking for more information, with a note for the applicant.
      const action = msg('fr', 'app-event-request-info');
      const transitions = officer.getByRole('region', { name: msg('fr', 'inbox-transitions'), exact: true });
      const note = transitions.getByLabel(t('inbox-note-for', { action }), { exact: true });
      await note.fill(NOTE);
      await postAndReturn(officer, () => transitions.getByRole('button', { name: action, exact: true }).click());
      await checkPage(officer, { lang: 'fr', title: `${PROJECT.title} · ${SCHEME_TITLE}` });
      assert.equal(await flash(officer), msg('fr', 'flash-inbox-state-changed'));
      const after = await dlFacts(officer, 'main dl.facts-list');
      assert.equal(after[msg('fr', 'inbox-state')], msg('fr', 'app-state-internal-info-requested'));
      const rows = await officer.getByRole('region', { name: msg('fr', 'inbox-history'), exact: true }).locator('tbody tr').allInnerTexts();
      assert.ok(rows.some((r) => r.includes(msg('fr', 'event-request-info')) && r.includes(OFFICER.name)),
        `the request is in the history with the officer's name (${rows.join(' | ')})`);
      // The page says the note is "conservée dans l’historique".
      assert.ok(await transitions.getByText(msg('fr', 'inbox-note-hint'), { exact: true }).count() === 1);
      await soft(async () => assert.ok(rows.some((r) => r.includes(NOTE)),
        `officer's dossier page, "${msg('fr', 'inbox-history')}": the note of "${action}" is not shown, though the page says it is kept in the history`));
      await screenshot(officer, 'inbox-dossier.png');
    });

    step('the applicant sees the new state and the note by mail, and answers', async () => {
      j.page = page;
      const subject = t('mail-app-state-subject', { reference: REFERENCE });
      const mail = await findMail(page, APPLICANT.email, subject);
      await navigate(page, () => mail.click(), (u) => /^\/dev\/outbox\/[^/]+\.eml$/.test(u.pathname));
      await checkPage(page, { lang: 'fr', title: subject });
      const body = await page.locator('pre.mail').innerText();
      assert.ok(body.includes(NOTE), 'the note is in the mail');
      assert.ok(body.includes(msg('fr', 'app-state-public-info-requested')), 'the mail says the new state as the applicant reads it');

      await navigate(page, () => page.locator('main li a').filter({ hasText: `/applications/${appId}` }).first().click(),
        (u) => u.pathname === `/applications/${appId}`);
      await checkPage(page, { lang: 'fr', title: PROJECT.title });
      assert.equal(await page.locator('main p.meta .badge').innerText(), msg('fr', 'app-state-public-info-requested'));
      assert.match(await page.locator('main p.meta').innerText(), new RegExp(escapeRe(REFERENCE)));
      const history = await page.getByRole('region', { name: msg('fr', 'dossier-history'), exact: true }).getByRole('listitem').allInnerTexts();
      await soft(async () => assert.deepEqual(history.flatMap((h) => h.match(/.{0,15}\S: .{0,15}/g) ?? []), [],
        `application overview, "${msg('fr', 'dossier-history')}": no space before ":" in French`));
      await soft(async () => assert.ok(history.some((h) => h.includes(NOTE)),
        `application overview, "${msg('fr', 'dossier-history')}": the officer's note on "${msg('fr', 'app-event-request-info')}" is not shown to the applicant (only in the mail)`));

      const messages = page.getByRole('region', { name: msg('fr', 'app-messages'), exact: true });
      await messages.getByLabel(msg('fr', 'app-message-label'), { exact: true }).fill(ANSWER);
      await navigate(page, () => messages.getByRole('button', { name: msg('fr', 'app-message-send'), exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}` && u.hash === '#messages');
      assert.equal(await flash(page), msg('fr', 'flash-app-message-sent'));
      // Back at #messages: checkPage's first Tab would start there (the page is checked in full
      // after the next step).
      assert.equal(await page.title(), `${PROJECT.title} · Passerelle`);
      await assertNoMessageIds(page);
      const thread = page.getByRole('region', { name: msg('fr', 'app-messages'), exact: true }).locator('ol.thread > li');
      assert.equal(await thread.count(), 1);
      assert.equal(await thread.locator('.body').innerText(), ANSWER);
      assert.match(await thread.locator('.meta').innerText(), new RegExp(`^${escapeRe(APPLICANT.name)} · ${escapeRe(msg('fr', 'app-side-applicant'))} · `));
      await screenshot(page, 'application-info-requested.png');

      // The completion goes back to the officer.
      const actions = page.getByRole('region', { name: msg('fr', 'app-actions'), exact: true });
      await navigate(page, () => actions.getByRole('button', { name: msg('fr', 'app-event-complete'), exact: true }).click(),
        (u) => u.pathname === `/applications/${appId}` && u.hash === '');
      assert.equal(await flash(page), msg('fr', 'flash-app-complete'));
      await checkPage(page, { lang: 'fr', title: PROJECT.title });
      assert.equal(await page.locator('main p.meta .badge').innerText(), msg('fr', 'app-state-public-in-review'));
    });

    step('the officer reads the answer and accepts the dossier', async () => {
      j.page = officer;
      // The officers are told of the message by mail.
      const subject = t('mail-app-message-subject', { reference: REFERENCE });
      await soft(async () => {
        try {
          await findMail(officer, OFFICER.email, subject);
        } catch (e) {
          assert.fail(`no mail "${subject}" to the officer ${OFFICER.email} after the applicant's message (${e.message.split('\n')[0]})`);
        }
      });

      const res = await officer.goto(dossierUrl);
      assert.equal(res.status(), 200);
      await checkPage(officer, { lang: 'fr', title: `${PROJECT.title} · ${SCHEME_TITLE}` });
      const summary = await dlFacts(officer, 'main dl.facts-list');
      assert.equal(summary[msg('fr', 'inbox-state')], msg('fr', 'app-state-internal-in-review'));
      const messages = officer.getByRole('region', { name: msg('fr', 'inbox-messages'), exact: true });
      const thread = messages.locator('ol.inbox-thread > li');
      assert.equal(await thread.count(), 1);
      assert.ok((await thread.innerText()).includes(ANSWER), 'the applicant\'s message is on the dossier');
      assert.match(await thread.locator('.meta').innerText(), new RegExp(`^${escapeRe(APPLICANT.name)} · `));
      const whats = await officer.getByRole('region', { name: msg('fr', 'inbox-history'), exact: true })
        .locator('tbody tr td:nth-child(3)').allInnerTexts();
      assert.ok(whats.includes(msg('fr', 'event-complete')), `history has "${msg('fr', 'event-complete')}" (${whats.join(' | ')})`);

      const transitions = officer.getByRole('region', { name: msg('fr', 'inbox-transitions'), exact: true });
      await postAndReturn(officer, () => transitions.getByRole('button', { name: msg('fr', 'app-event-accept'), exact: true }).click());
      await checkPage(officer, { lang: 'fr', title: `${PROJECT.title} · ${SCHEME_TITLE}` });
      assert.equal(await flash(officer), msg('fr', 'flash-inbox-state-changed'));
      const after = await dlFacts(officer, 'main dl.facts-list');
      assert.equal(after[msg('fr', 'inbox-state')], msg('fr', 'app-state-internal-accepted'));

      // Back in the inbox, the dossier is "Accepté".
      await navigate(officer, () => officer.getByRole('link', { name: t('inbox-back-list', { scheme: SCHEME_TITLE }), exact: true }).click(),
        (u) => u.pathname === `/schemes/${SLUG}/applications`);
      await checkPage(officer, { lang: 'fr', title: t('inbox-title', { scheme: SCHEME_TITLE }) });
      assert.deepEqual((await inboxRows(officer)).map((r) => [r.reference, r.state]), [[REFERENCE, msg('fr', 'app-state-internal-accepted')]]);

      // And the applicant reads "Retenu".
      j.page = page;
      await page.goto(appUrl);
      await checkPage(page, { lang: 'fr', title: PROJECT.title });
      assert.equal(await page.locator('main p.meta .badge').innerText(), msg('fr', 'app-state-public-accepted'));
    });

    step('no page error and every sub-resource loaded', async () => {
      const downloaded = [...downloads].map((u) => `request failed: ${u} (net::ERR_ABORTED)`);
      assert.deepEqual(problems.filter((p) => !downloaded.includes(p)), []);
    });

    test('no wrong output along the way', async () => {
      await officerContext?.close().catch(() => {});
      assertNoDefects(defects);
    });
  },
);
