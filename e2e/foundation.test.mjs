// Browser journey through Passerelle's foundation: sign-up, e-mail confirmation through the demo
// outbox, creating an organisation (with a refused SIRET first), and the language switch.
//
// Headless Chromium from Debian (`/usr/bin/chromium`), driven by playwright-core: no browser is
// ever downloaded. The test starts `passerelle demo` itself on a free loopback port with a fresh
// data directory, and always stops it. Run with `npm test` (or `./run.sh`) from this folder.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, assertNoDefects, checkPage, defineJourney, dlFacts, msg, screenshot } from './lib.mjs';

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
// The journey.

defineJourney(
  {
    name: 'foundation journey',
    outputs: ['signup.png', 'organisation-error.png', 'organisation.png', 'organisation-pl.png', 'openapi.json'],
    serverLog: 'server.log',
    failureShot: 'failure.png',
  },
  (j) => {
    const { step, soft, problems, defects } = j;
    let context;
    let page;
    let base;
    let orgUrl;
    // The harness's before() (registered first) has started the server and the browser.
    before(() => {
      ({ context, page, base } = j);
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
      assertNoDefects(defects);
    });
  },
);
