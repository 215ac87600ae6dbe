// Browser journey through Passerelle's public catalogue on the demo data: keyword search, the
// theme facet (with and without JavaScript), the place filter, scheme pages and the "Am I
// eligible?" wizard, in French and then in Polish.
//
// The demo has three schemes: progress-2024 (Hauts-de-Seine, closed at the end of 2023),
// tiers-lieux-intermediation (Lot-et-Garonne, permanent, open) and fabrique-initiatives-2020
// (Normandie, closed). Their titles are read from data/demo/schemes/*.json.
//
// Same machinery as foundation.test.mjs (lib.mjs): its own `passerelle demo` on a free port with
// a fresh data directory, headless Chromium from Debian. Run with `npm test` or `./run.sh`.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, ROOT, checkPage, defineJourney, dlFacts, msg, plural, screenshot, assertNoDefects } from './lib.mjs';

// ---------------------------------------------------------------------------------------------
// Demo data.

const SCHEMES = Object.fromEntries(
  readdirSync(join(ROOT, 'data', 'demo', 'schemes'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(ROOT, 'data', 'demo', 'schemes', f), 'utf8')).scheme)
    .map((s) => [s.slug, s]),
);
const PROGRESS = 'progress-2024';
const TIERS_LIEUX = 'tiers-lieux-intermediation';
const FABRIQUE = 'fabrique-initiatives-2020';
for (const slug of [PROGRESS, TIERS_LIEUX, FABRIQUE]) {
  assert.ok(SCHEMES[slug], `demo scheme ${slug} in data/demo/schemes/`);
}
const title = (slug, lang) => SCHEMES[slug].title[lang];

// A number as the pages write amounts: groups separated by a (narrow) no-break space.
const amount = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\\s?');

// ---------------------------------------------------------------------------------------------
// Page helpers.

/** The result list of the catalogue page: the count heading and each hit's slug and title. */
async function results(page) {
  const section = page.locator('main section.results');
  const heading = (await section.locator('#results-title').innerText()).trim();
  const items = await section.locator('ol.scheme-list > li h3 a').evaluateAll((links) =>
    links.map((a) => ({ slug: a.getAttribute('href').replace(/^\/schemes\//, ''), title: a.textContent.trim() })),
  );
  return { heading, items, slugs: items.map((i) => i.slug) };
}

/** The facet counts "(n)" shown next to options, as the raw texts. */
async function facetCounts(page) {
  return page.locator('#catalogue-form .facets label .count').allInnerTexts();
}

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
  return res;
}

/** One answer list of the wizard (`eligible`, `unknown`, `near`): its heading and items. */
function answers(page, kind) {
  return {
    heading: page.locator(`main #${kind}-title`),
    items: page.locator(`main ul[aria-labelledby="${kind}-title"] > li`),
    item: (slug) => page.locator(`main ul[aria-labelledby="${kind}-title"] > li`).filter({
      has: page.locator(`a[href="/schemes/${slug}"]`),
    }),
  };
}

/** The reasons of one wizard answer: { depth, verdict (class), label, text } per line. */
async function reasons(item) {
  return item.locator('ul.reasons > li').evaluateAll((lis) =>
    lis.map((li) => ({
      depth: Number((/depth-(\d+)/.exec(li.className) ?? [])[1]),
      verdict: ['met', 'not_met', 'unknown'].find((v) => li.classList.contains(v)) ?? '',
      label: li.querySelector('.verdict')?.textContent.trim() ?? '',
      text: li.textContent.replace(li.querySelector('.verdict')?.textContent ?? '', '').trim(),
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// The journey.

defineJourney(
  {
    name: 'catalogue journey',
    outputs: [
      'catalogue-search.png',
      'catalogue-scheme.png',
      'catalogue-wizard.png',
      'catalogue-search-pl.png',
      'catalogue-wizard-pl.png',
    ],
    serverLog: 'catalogue-server.log',
    failureShot: 'catalogue-failure.png',
  },
  (j) => {
    const { step, soft, problems, defects } = j;
    let page;
    let base;

    before(() => {
      ({ page, base } = j);
    });

    // -------------------------------------------------------------------------------------
    // Search in French.

    step('"Dispositifs" in the navigation opens the catalogue with every demo scheme', async () => {
      const res = await page.goto('/');
      assert.equal(res.status(), 200);
      await navigate(page, () =>
        page.getByRole('navigation', { name: 'Navigation principale' })
          .getByRole('link', { name: 'Dispositifs', exact: true }).click(),
      (u) => u.pathname === '/schemes');
      await checkPage(page, { lang: 'fr', title: 'Trouver un dispositif de soutien' });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Trouver un dispositif de soutien');
      assert.ok(await page.getByRole('search').isVisible(), 'the search form is a search landmark');

      const r = await results(page);
      assert.equal(r.heading, '3 dispositifs');
      assert.deepEqual([...r.slugs].sort(), [FABRIQUE, PROGRESS, TIERS_LIEUX]);
      const counts = await facetCounts(page);
      assert.ok(counts.length > 0, 'facet options show counts');
      for (const c of counts) assert.match(c, /^\(\d+\)$/, 'a facet count is a number in brackets');
    });

    step('the keywords "finance solidaire" put Progr\'ESS first', async () => {
      const form = page.getByRole('search');
      await form.getByLabel('Mots-clés', { exact: true }).fill('finance solidaire');
      const res = await navigate(page, () => form.getByRole('button', { name: 'Rechercher', exact: true }).click(),
        (u) => u.pathname === '/schemes' && u.searchParams.get('q') === 'finance solidaire');
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'fr', title: 'Trouver un dispositif de soutien' });
      const r = await results(page);
      assert.ok(r.items.length >= 1, `at least one result (${r.heading})`);
      assert.equal(r.slugs[0], PROGRESS, 'Progr\'ESS is the first result');
      assert.equal(r.items[0].title, title(PROGRESS, 'fr'));
      assert.equal(r.heading, plural('fr', 'catalogue-results', r.items.length));
      assert.equal(await form.getByLabel('Mots-clés', { exact: true }).inputValue(), 'finance solidaire', 'keywords kept');
    });

    step('ticking the theme "Tiers-lieux" submits at once (JavaScript) and leaves two results', async () => {
      const form = page.getByRole('search');
      await form.getByLabel('Mots-clés', { exact: true }).fill('');
      const theme = form.getByRole('group', { name: 'Thèmes', exact: true })
        .getByRole('checkbox', { name: /^Tiers-lieux \(\d+\)$/ });
      assert.equal(await theme.count(), 1, 'one "Tiers-lieux (n)" checkbox among the theme facets');
      // No button is pressed: catalogue.js submits the form when a facet changes.
      const res = await navigate(page, () => theme.click(),
        (u) => u.searchParams.getAll('theme').includes('tiers-lieux'));
      assert.equal(res.status(), 200);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('q'), '', 'the cleared keywords were submitted empty');
      await checkPage(page, { lang: 'fr', title: 'Trouver un dispositif de soutien' });

      const r = await results(page);
      assert.equal(r.heading, '2 dispositifs');
      assert.deepEqual([...r.slugs].sort(), [FABRIQUE, TIERS_LIEUX]);
      const ticked = page.getByRole('search').getByRole('checkbox', { name: /^Tiers-lieux \(\d+\)$/ });
      assert.ok(await ticked.isChecked(), 'the facet stays ticked');
      assert.equal(await ticked.locator('xpath=following-sibling::label[1]/span[@class="count"]').innerText(), '(2)');
      const counts = await facetCounts(page);
      for (const c of counts) assert.match(c, /^\(\d+\)$/, 'a facet count is a number in brackets');
      // Every funder option also ends with its count.
      const funders = await page.getByLabel('Financeur', { exact: true }).locator('option').allInnerTexts();
      for (const f of funders.slice(1)) assert.match(f, /\(\d+\)$/, `funder option "${f}" ends with a count`);
      // Each facet's label is on the line of its checkbox (not below it, where it reads as the
      // label of the next box).
      const layout = await ticked.evaluate((input) => {
        const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`).getBoundingClientRect();
        const box = input.getBoundingClientRect();
        return { boxBottom: Math.round(box.bottom), labelTop: Math.round(label.top) };
      });
      await soft(async () => assert.ok(layout.labelTop < layout.boxBottom,
        `catalogue (fr), facets: the label "Tiers-lieux (2)" sits below its checkbox, not beside it (${JSON.stringify(layout)})`));
      await screenshot(page, 'catalogue-search.png');
    });

    step('without JavaScript the facet waits for "Appliquer les filtres"', async () => {
      const context = await j.newContext({ javaScriptEnabled: false });
      try {
        const nojs = j.watch(await context.newPage());
        await nojs.goto('/schemes');
        await checkPage(nojs, { lang: 'fr', title: 'Trouver un dispositif de soutien' });
        const form = nojs.getByRole('search');
        await form.getByRole('checkbox', { name: /^Tiers-lieux \(\d+\)$/ }).check();
        await nojs.waitForTimeout(500);
        assert.equal(new URL(nojs.url()).search, '', 'nothing is submitted until a button is pressed');
        const res = await navigate(nojs, () => form.getByRole('button', { name: 'Appliquer les filtres', exact: true }).click(),
          (u) => u.searchParams.getAll('theme').includes('tiers-lieux'));
        assert.equal(res.status(), 200);
        await checkPage(nojs, { lang: 'fr', title: 'Trouver un dispositif de soutien' });
        const r = await results(nojs);
        assert.equal(r.heading, '2 dispositifs');
        assert.deepEqual([...r.slugs].sort(), [FABRIQUE, TIERS_LIEUX]);
      } finally {
        await context.close();
      }
    });

    step('the place "Caen" leaves only the Normandie scheme', async () => {
      const form = page.getByRole('search');
      await form.getByLabel('Lieu', { exact: true }).fill('Caen');
      const res = await navigate(page, () => form.getByRole('button', { name: 'Rechercher', exact: true }).click(),
        (u) => u.searchParams.get('territory') === 'Caen');
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'fr', title: 'Trouver un dispositif de soutien' });
      const r = await results(page);
      assert.equal(r.heading, '1 dispositif');
      assert.deepEqual(r.slugs, [FABRIQUE]);
      assert.equal(r.items[0].title, title(FABRIQUE, 'fr'));
      await soft(async () => assert.ok(
        await page.getByText('Lieu retenu : Caen.', { exact: true }).isVisible(),
        'the place understood is shown under the field ("Lieu retenu : Caen.")',
      ));
    });

    // -------------------------------------------------------------------------------------
    // Scheme pages.

    step('a result opens its scheme page (Fabrique d\'initiatives)', async () => {
      await navigate(page, () => page.locator('main ol.scheme-list').getByRole('link', { name: title(FABRIQUE, 'fr'), exact: true }).click(),
        (u) => u.pathname === `/schemes/${FABRIQUE}`);
      await checkPage(page, { lang: 'fr', title: title(FABRIQUE, 'fr') });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title(FABRIQUE, 'fr'));
      const conditions = page.getByRole('region', { name: 'Conditions d’éligibilité', exact: true });
      assert.ok((await conditions.getByRole('listitem').count()) >= 1, 'the conditions are listed');
      const facts = await dlFacts(page, 'main dl.facts-list');
      assert.match(facts['Territoire'] ?? '', /Normandie/);
      assert.match(facts['Candidatures'] ?? '', /mars 2020 à 24:00/);
      // French dates write the first day of a month "1er" (the scheme's own summary does).
      await soft(async () => assert.match(facts['Candidatures'] ?? '', /1er mars 2020/,
        `scheme page ${FABRIQUE}, "Candidatures": a first of the month is written "1er" in French`));
      // French puts a space before ";" (between the categories and the legal forms).
      const texts = await conditions.getByRole('listitem').allInnerTexts();
      await soft(async () => assert.deepEqual(texts.flatMap((t) => t.match(/.{0,25}\S;.{0,15}/g) ?? []), [],
        `scheme page ${FABRIQUE}, "Conditions d’éligibilité": no space before ";" in French`));

      // Back to the catalogue through the breadcrumb.
      await navigate(page, () => page.getByRole('navigation', { name: 'Fil d’Ariane' })
        .getByRole('link', { name: 'Trouver un dispositif de soutien', exact: true }).click(),
      (u) => u.pathname === '/schemes');
      await checkPage(page, { lang: 'fr', title: 'Trouver un dispositif de soutien' });
    });

    step('Progr\'ESS: heading, eligibility conditions and "31 décembre 2023 à 24:00"', async () => {
      const form = page.getByRole('search');
      await form.getByLabel('Mots-clés', { exact: true }).fill('finance solidaire');
      await navigate(page, () => form.getByRole('button', { name: 'Rechercher', exact: true }).click(),
        (u) => u.searchParams.get('q') === 'finance solidaire');
      await navigate(page, () => page.locator('main ol.scheme-list').getByRole('link', { name: title(PROGRESS, 'fr'), exact: true }).click(),
        (u) => u.pathname === `/schemes/${PROGRESS}`);
      await checkPage(page, { lang: 'fr', title: title(PROGRESS, 'fr') });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title(PROGRESS, 'fr'));

      const conditions = page.getByRole('region', { name: 'Conditions d’éligibilité', exact: true });
      assert.ok(await conditions.getByRole('heading', { name: 'Conditions d’éligibilité', level: 2 }).isVisible());
      const items = await conditions.getByRole('list').getByRole('listitem').allInnerTexts();
      assert.ok(items.length >= 2, `several conditions listed (${items.length})`);
      assert.ok(items.some((t) => /économie sociale et solidaire/.test(t)), 'the SSE condition is listed');
      assert.ok(items.some((t) => new RegExp(`ne peut pas dépasser ${amount('15000')}`).test(t)), 'the 15 000 € cap is listed');

      const facts = await dlFacts(page, 'main dl.facts-list');
      assert.match(facts['Candidatures'] ?? '', /31 décembre 2023 à 24:00/, 'closing date in "Candidatures"');
      assert.match(facts['Candidatures'] ?? '', /Fermé/, 'marked as closed');
      assert.match(facts['Territoire'] ?? '', /Hauts-de-Seine/);
      assert.match(facts['Aide maximale'] ?? '', new RegExp(amount('15000')));
      await screenshot(page, 'catalogue-scheme.png');
    });

    // -------------------------------------------------------------------------------------
    // The wizard in French.

    step('"Suis-je éligible ?" leads to the wizard for this scheme, then for all', async () => {
      await navigate(page, () => page.locator('main').getByRole('link', { name: 'Suis-je éligible ?', exact: true }).click(),
        (u) => u.pathname === '/eligibility' && u.searchParams.get('scheme') === PROGRESS);
      await checkPage(page, { lang: 'fr', title: 'Suis-je éligible ?' });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Suis-je éligible ?');
      assert.ok(await page.getByText(`Vérification pour : ${title(PROGRESS, 'fr')}.`).isVisible(), 'the wizard names the scheme');
      await navigate(page, () => page.locator('main').getByRole('link', { name: 'Vérifier tous les dispositifs', exact: true }).click(),
        (u) => u.pathname === '/eligibility' && !u.searchParams.has('scheme'));
      await checkPage(page, { lang: 'fr', title: 'Suis-je éligible ?' });
      assert.equal(await page.locator('main #answers-title').count(), 0, 'no result before the form is sent');
    });

    step('a commune in Agen with coworking + fab lab, Région, animation and 25 000 € HT is eligible', async () => {
      const form = page.locator('main form.wizard');
      await form.getByLabel('Type de structure', { exact: true }).selectOption({ label: 'Collectivités et organismes publics' });
      await form.getByLabel('Commune du siège', { exact: true }).fill('Agen');
      const services = form.getByRole('group', { name: 'Services proposés', exact: true });
      await services.getByLabel('Espace de travail partagé (coworking)', { exact: true }).check();
      await services.getByLabel('Fab Lab', { exact: true }).check();
      await form.getByRole('group', { name: 'Cofinanceurs obtenus ou sollicités', exact: true })
        .getByLabel('Région', { exact: true }).check();
      await form.getByRole('group', { name: 'Engagements', exact: true })
        .getByLabel('Animation du lieu par une programmation et du personnel dédié', { exact: true }).check();
      await form.getByLabel('Dépenses éligibles', { exact: true }).fill('25000');
      await form.getByRole('group', { name: 'Les dépenses sont indiquées', exact: true }).getByLabel('HT', { exact: true }).check();

      const res = await navigate(page, () => form.getByRole('button', { name: 'Voir les dispositifs', exact: true }).click(),
        (u) => u.searchParams.get('go') === '1' && u.searchParams.get('expenses') === '25000');
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'fr', title: 'Suis-je éligible ?' });
      assert.ok(await page.getByRole('heading', { name: 'Résultat', level: 2 }).isVisible());

      const eligible = answers(page, 'eligible');
      assert.equal(await eligible.heading.innerText(), plural('fr', 'wizard-eligible', await eligible.items.count()));
      const item = eligible.item(TIERS_LIEUX);
      assert.equal(await item.count(), 1, 'the tiers-lieux scheme is in the eligible section');
      assert.equal(await item.getByRole('link').first().innerText(), title(TIERS_LIEUX, 'fr'));
      assert.equal(await answers(page, 'near').items.count(), 0, 'no near miss');
      assert.equal(await answers(page, 'near').heading.innerText(), 'Aucun dispositif manqué de peu');

      // The detail opens and reads criterion by criterion.
      await item.getByText('Détail, critère par critère', { exact: true }).click();
      assert.ok(await item.locator('ul.reasons').isVisible(), 'the detail opens');
      const lines = await reasons(item);
      const labels = { met: 'Rempli :', not_met: 'Non rempli :', unknown: 'À préciser :' };
      for (const l of lines) assert.equal(l.label, labels[l.verdict], `verdict label of "${l.text.slice(0, 60)}…"`);
      assert.ok(lines.some((l) => l.verdict === 'met' && /Agen/.test(l.text) && /Lot-et-Garonne/.test(l.text)), 'Agen is in Lot-et-Garonne');
      assert.ok(lines.some((l) => l.verdict === 'met' && new RegExp(`${amount('25000')},00\\s?€ HT`).test(l.text)), 'the expenses line');

      // The answers are kept in the form.
      assert.equal(await form.getByLabel('Dépenses éligibles', { exact: true }).inputValue(), '25000');
      assert.equal(await form.getByLabel('Commune du siège', { exact: true }).inputValue(), 'Agen');
      assert.ok(await form.getByLabel('Fab Lab', { exact: true }).isChecked());

      // The SSE question was left at "Je ne sais pas": no reason may say the reader declared
      // anything about it.
      const declared = await page.locator('main section.answers li').filter({ hasText: /d’après votre déclaration/ })
        .evaluateAll((lis) => lis.filter((li) => !li.querySelector('li')).map((li) => li.textContent.trim()));
      await soft(async () => assert.deepEqual(declared, [],
        'wizard (fr), category "Collectivités et organismes publics", SSE question unanswered: a reason says ' +
          '"d’après votre déclaration" although nothing was declared'));
      await screenshot(page, 'catalogue-wizard.png');
    });

    step('with 18 000 € HT of expenses it is a near miss naming the one failing condition', async () => {
      const form = page.locator('main form.wizard');
      await form.getByLabel('Dépenses éligibles', { exact: true }).fill('18000');
      const res = await navigate(page, () => form.getByRole('button', { name: 'Voir les dispositifs', exact: true }).click(),
        (u) => u.searchParams.get('expenses') === '18000');
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'fr', title: 'Suis-je éligible ?' });

      assert.equal(await answers(page, 'eligible').items.count(), 0, 'nothing eligible any more');
      assert.equal(await answers(page, 'eligible').heading.innerText(), 'Aucun dispositif pour lequel vous êtes éligible');
      const near = answers(page, 'near');
      assert.equal(await near.heading.innerText(), '1 dispositif manqué de peu');
      const item = near.item(TIERS_LIEUX);
      assert.equal(await item.count(), 1, 'the tiers-lieux scheme is a near miss');
      const failing = (await item.locator(':scope > p').innerText()).trim();
      const expected = new RegExp(
        `^Seule condition non remplie : Vos dépenses éligibles \\(${amount('18000')},00\\s?€ HT\\) ` +
          `n’atteignent pas le seuil minimal de ${amount('20000')},00\\s?€ HT`,
      );
      assert.match(failing, expected, 'the failing condition is named');
      // It is the one top-level condition not met in the detail.
      const notMet = (await reasons(item)).filter((l) => l.depth === 0 && l.verdict === 'not_met');
      assert.equal(notMet.length, 1, 'exactly one failing top-level condition');
      assert.equal(`Seule condition non remplie : ${notMet[0].text}`, failing);
    });

    step('an unknown place is refused and tied to its field', async () => {
      const form = page.locator('main form.wizard');
      await form.getByLabel('Commune du siège', { exact: true }).fill('Atlantide');
      const res = await navigate(page, () => form.getByRole('button', { name: 'Voir les dispositifs', exact: true }).click(),
        (u) => u.searchParams.get('location') === 'Atlantide');
      assert.equal(res.status(), 400);
      await checkPage(page, { lang: 'fr', title: 'Suis-je éligible ?' });
      const message = msg('fr', 'error-territory_unknown');
      const summary = page.locator('main .error-summary[role=alert]');
      assert.equal(await summary.locator('a[href="#location"]').innerText(), message);
      await summary.locator('a[href="#location"]').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'location', 'the summary link focuses the field');
      const field = page.locator('#location');
      const describedBy = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
      const described = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent.trim()), describedBy);
      assert.ok(described.includes(message), `aria-describedby leads to the error (got ${JSON.stringify(described)})`);
      await soft(async () => assert.equal(await field.getAttribute('aria-invalid'), 'true',
        'wizard (fr), refused "Commune du siège": #location has no aria-invalid="true"'));
      assert.equal(await page.locator('main #answers-title').count(), 0, 'no result shown for a refused form');
    });

    // -------------------------------------------------------------------------------------
    // Polish.

    step('"Polski" translates the catalogue', async () => {
      await navigate(page, () => page.getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Dispositifs', exact: true }).click(),
      (u) => u.pathname === '/schemes');
      // /lang/pl sends the reader back to the same URL, now in Polish.
      await Promise.all([
        page.waitForResponse((r) => r.request().isNavigationRequest() && r.url() === `${base}/schemes` && r.status() === 200),
        page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Polski', exact: true }).click(),
      ]);
      await page.waitForFunction(() => document.documentElement.lang === 'pl');
      await page.waitForLoadState('load');
      assert.equal(page.url(), `${base}/schemes`);
      await checkPage(page, { lang: 'pl', title: msg('pl', 'catalogue-title') });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), msg('pl', 'catalogue-title'));
      const nav = page.getByRole('navigation', { name: msg('pl', 'nav-main-label') });
      assert.ok(await nav.getByRole('link', { name: msg('pl', 'nav-schemes'), exact: true }).isVisible());
      const form = page.getByRole('search');
      assert.ok(await form.getByLabel(msg('pl', 'catalogue-query'), { exact: true }).isVisible());
      assert.ok(await form.getByRole('group', { name: msg('pl', 'vocab-title-themes'), exact: true })
        .getByRole('checkbox', { name: new RegExp(`^${msg('pl', 'vocab-themes-coworking')} \\(\\d+\\)$`) }).isVisible());
      const r = await results(page);
      assert.equal(r.heading, plural('pl', 'catalogue-results', 3));
      assert.equal(r.items.find((i) => i.slug === TIERS_LIEUX)?.title, title(TIERS_LIEUX, 'pl'));
    });

    step('a Polish search: "spółdzielnia", then "trzecie miejsca"', async () => {
      const form = page.getByRole('search');
      const search = async (q) => {
        await form.getByLabel(msg('pl', 'catalogue-query'), { exact: true }).fill(q);
        const res = await navigate(page, () => form.getByRole('button', { name: msg('pl', 'action-search'), exact: true }).click(),
          (u) => u.searchParams.get('q') === q);
        assert.equal(res.status(), 200);
        await checkPage(page, { lang: 'pl', title: msg('pl', 'catalogue-title') });
        return results(page);
      };
      // No demo scheme is about cooperatives: the count heading still renders, in Polish.
      let r = await search('spółdzielnia');
      assert.equal(r.heading, plural('pl', 'catalogue-results', r.items.length));
      if (r.items.length === 0) {
        assert.ok(await page.getByText(msg('pl', 'catalogue-no-results'), { exact: true }).isVisible());
      }
      // "Third places" in Polish, stemmed, finds both tiers-lieux schemes ("2 instrumenty").
      r = await search('trzecie miejsca');
      assert.deepEqual([...r.slugs].sort(), [FABRIQUE, TIERS_LIEUX]);
      assert.equal(r.heading, plural('pl', 'catalogue-results', 2));
      assert.equal(r.heading, '2 instrumenty');
      await screenshot(page, 'catalogue-search-pl.png');
    });

    step('the Polish scheme page leads to the wizard for that scheme', async () => {
      await navigate(page, () => page.locator('main ol.scheme-list').getByRole('link', { name: title(TIERS_LIEUX, 'pl'), exact: true }).click(),
        (u) => u.pathname === `/schemes/${TIERS_LIEUX}`);
      await checkPage(page, { lang: 'pl', title: title(TIERS_LIEUX, 'pl') });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title(TIERS_LIEUX, 'pl'));
      const conditions = page.getByRole('region', { name: msg('pl', 'scheme-conditions'), exact: true });
      assert.ok((await conditions.getByRole('listitem').count()) >= 4, 'the conditions are listed');
      const facts = await dlFacts(page, 'main dl.facts-list');
      assert.match(facts[msg('pl', 'scheme-window')] ?? '', new RegExp(msg('pl', 'catalogue-badge-open')));
      // "At least one of the following" is followed by its own conditions (depth 1): they must
      // read as part of that group, i.e. start further right than the top-level ones.
      const starts = await conditions.locator('li').evaluateAll((lis) =>
        lis.map((li) => {
          const range = document.createRange();
          range.selectNodeContents(li);
          return { depth: li.className, left: Math.round(range.getClientRects()[0]?.left ?? 0) };
        }),
      );
      const left = (d) => starts.filter((x) => x.depth === d).map((x) => x.left);
      assert.ok(left('depth-1').length > 0, 'the tiers-lieux scheme has a group of conditions');
      await soft(async () => assert.ok(Math.min(...left('depth-1')) > Math.max(...left('depth-0')),
        `scheme page ${TIERS_LIEUX} (pl), "${msg('pl', 'scheme-conditions')}": the conditions of the ` +
          `"${msg('pl', 'crit-any')}" group are not indented under it (${JSON.stringify(starts)})`));

      await navigate(page, () => page.locator('main').getByRole('link', { name: msg('pl', 'scheme-check-eligibility'), exact: true }).click(),
        (u) => u.pathname === '/eligibility' && u.searchParams.get('scheme') === TIERS_LIEUX);
      await checkPage(page, { lang: 'pl', title: msg('pl', 'wizard-title') });
      assert.ok(await page.getByText(`Sprawdzenie dla: ${title(TIERS_LIEUX, 'pl')}.`).isVisible(), 'the wizard names the scheme');
    });

    step('the Polish wizard with the organisation type left blank: what to answer, in Polish', async () => {
      const form = page.locator('main form.wizard');
      // "Rodzaj organizacji" stays at "Nie wiem" and the legal form code stays empty.
      assert.equal(await form.getByLabel(msg('pl', 'wizard-category'), { exact: true }).inputValue(), '');
      assert.equal(await form.getByLabel(msg('pl', 'wizard-legal-form'), { exact: true }).inputValue(), '');
      await form.getByLabel(msg('pl', 'wizard-location'), { exact: true }).fill('Agen');
      const services = form.getByRole('group', { name: msg('pl', 'vocab-title-services'), exact: true });
      await services.getByLabel(msg('pl', 'vocab-services-coworking'), { exact: true }).check();
      await services.getByLabel(msg('pl', 'vocab-services-fab-lab'), { exact: true }).check();
      await form.getByRole('group', { name: msg('pl', 'wizard-cofunders'), exact: true })
        .getByLabel(msg('pl', 'vocab-cofunder_kinds-region'), { exact: true }).check();
      await form.getByRole('group', { name: msg('pl', 'vocab-title-commitments'), exact: true })
        .getByLabel(msg('pl', 'vocab-commitments-animation-staff'), { exact: true }).check();
      await form.getByLabel(msg('pl', 'wizard-expenses'), { exact: true }).fill('25000');
      await form.getByRole('group', { name: msg('pl', 'wizard-vat'), exact: true })
        .getByLabel(msg('pl', 'vocab-vat-excl'), { exact: true }).check();
      const res = await navigate(page, () => form.getByRole('button', { name: msg('pl', 'wizard-submit'), exact: true }).click(),
        (u) => u.searchParams.get('go') === '1' && u.searchParams.get('scheme') === TIERS_LIEUX);
      assert.equal(res.status(), 200);
      await checkPage(page, { lang: 'pl', title: msg('pl', 'wizard-title') });
      assert.ok(await page.getByRole('heading', { name: msg('pl', 'wizard-answers'), level: 2 }).isVisible());

      assert.equal(await answers(page, 'eligible').heading.innerText(), plural('pl', 'wizard-eligible', 0));
      assert.equal(await answers(page, 'near').heading.innerText(), plural('pl', 'wizard-near', 0));
      const unknown = answers(page, 'unknown');
      assert.equal(await unknown.heading.innerText(), plural('pl', 'wizard-unknown', 1));
      assert.equal(await unknown.heading.innerText(), '1 instrument do potwierdzenia');
      const item = unknown.item(TIERS_LIEUX);
      assert.equal(await item.count(), 1, 'the tiers-lieux scheme is to be confirmed');
      assert.equal(await item.getByRole('link').first().innerText(), title(TIERS_LIEUX, 'pl'));

      // What to answer: the organisation's legal form and whether it belongs to the social economy.
      const toAnswer = (await item.locator(':scope > p').innerText()).trim();
      const prefix = msg('pl', 'wizard-to-answer');
      assert.ok(toAnswer.startsWith(`${prefix} `), `"${toAnswer}" starts with "${prefix}"`);
      assert.ok(toAnswer.includes(msg('pl', 'field-applicant-legal-form')), `"${toAnswer}" asks for the legal form`);
      assert.ok(toAnswer.includes(msg('pl', 'field-applicant-ess')), `"${toAnswer}" asks about the social economy`);
      // Polish puts no space before a semicolon.
      await soft(async () => assert.doesNotMatch(toAnswer, / ;/,
        `wizard (pl), "${prefix}": the missing answers are joined with " ; " (French spacing)`));

      await item.getByText(msg('pl', 'wizard-why'), { exact: true }).click();
      const lines = await reasons(item);
      const open = lines.filter((l) => l.verdict === 'unknown');
      assert.ok(open.length >= 2, 'lines still to answer in the detail');
      for (const l of open) assert.equal(l.label, msg('pl', 'wizard-verdict-unknown'), `"${l.text.slice(0, 60)}…" is marked "Do uzupełnienia:"`);
      const missing = CATALOGUES.pl.values.get('elig-missing').replace('{ $field }', msg('pl', 'field-applicant-legal-form'));
      assert.ok(open.some((l) => l.text === missing), `the detail says "${missing}"`);
      for (const l of lines.filter((x) => x.verdict === 'met')) assert.equal(l.label, msg('pl', 'wizard-verdict-met'));
      await screenshot(page, 'catalogue-wizard-pl.png');
    });

    step('no page error and every sub-resource loaded', async () => {
      assert.deepEqual(problems, []);
    });

    test('no wrong output along the way', () => {
      assertNoDefects(defects);
    });
  },
);
