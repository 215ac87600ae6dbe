//! Search over a small hand-made catalogue.

use jiff::Timestamp;
use jiff::civil::DateTime;
use passerelle_domain::scheme::criteria::{Node, Rule};
use passerelle_domain::scheme::vocab::{CofunderKind, SchemeKind, SchemeStatus, Theme};
use passerelle_domain::scheme::window::Window;
use passerelle_domain::scheme::{Funder, LocalText, Recurrence, Scheme};
use passerelle_domain::{Currency, LegalCategory, Locale, TerritoryId};
use passerelle_search::{
    Hit, OpenFilter, Query, Results, SchemeDoc, SearchContext, SearchIndex, Sort,
};
use std::sync::{Arc, OnceLock};

fn dt(s: &str) -> DateTime {
    s.parse().unwrap()
}

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn tid(s: &str) -> TerritoryId {
    TerritoryId::parse(s).unwrap()
}

fn text(fr: &str, pl: &str, en: &str) -> LocalText {
    LocalText {
        fr: fr.to_owned(),
        pl: pl.to_owned(),
        en: en.to_owned(),
    }
}

fn funder(name: &str) -> Funder {
    Funder {
        name: name.to_owned(),
        kind: CofunderKind::Region,
        lead: true,
    }
}

fn beneficiaries(categories: &[LegalCategory]) -> Node {
    Node::new(
        "criteria",
        Rule::All {
            children: vec![Node::new(
                "beneficiary",
                Rule::Beneficiary {
                    categories: categories.to_vec(),
                    legal_forms: vec![],
                },
            )],
        },
    )
}

fn one_off(opens: &str, closes: &str) -> Window {
    Window::one_off(dt(opens), dt(closes), "Europe/Paris")
}

fn scheme(slug: &str, title: LocalText, f: impl FnOnce(&mut Scheme)) -> Scheme {
    let mut s = Scheme {
        slug: slug.to_owned(),
        kind: SchemeKind::Grant,
        edition: 1,
        previous_edition: None,
        programme: None,
        title,
        summary: LocalText::default(),
        description: LocalText::default(),
        funders: vec![],
        perimeter: vec![],
        themes: vec![],
        window: Window::permanent("Europe/Paris"),
        currency: Currency::Eur,
        envelope: None,
        criteria: Node::empty(),
        assessed_in_review: vec![],
        documents: vec![],
        languages: vec![],
        contact: None,
        url: None,
    };
    f(&mut s);
    s
}

/// "Now" in every test: 1 March 2026, noon UTC.
const AT: &str = "2026-03-01T12:00:00Z";

fn catalogue() -> Vec<SchemeDoc> {
    let doc = |s: Scheme, status: SchemeStatus| SchemeDoc {
        scheme: Arc::new(s),
        tenant: "idf".to_owned(),
        tenant_name: "Programme ESS Île-de-France".to_owned(),
        status,
    };
    vec![
        // 0: French only, closes in 19 days.
        doc(
            scheme(
                "fr-associations",
                text("Aide aux associations culturelles", "", ""),
                |s| {
                    s.summary = text("Soutien au fonctionnement de l'association", "", "");
                    s.description = text("Pour les structures du territoire francilien.", "", "");
                    s.themes = vec![Theme::Culture];
                    s.perimeter = vec![tid("fr:region:11")];
                    s.funders = vec![funder("Région Île-de-France")];
                    s.window = one_off("2026-01-01T00:00", "2026-03-20T00:00");
                    s.criteria = beneficiaries(&[LegalCategory::Association]);
                },
            ),
            SchemeStatus::Published,
        ),
        // 1: Polish only, open until the end of June.
        doc(
            scheme(
                "pl-spoldzielnie",
                text("", "Wsparcie spółdzielni socjalnych", ""),
                |s| {
                    s.summary = text("", "Dotacje dla spółdzielnie socjalne", "");
                    s.description = text("", "Rozwój ekonomii społecznej na Mazowszu.", "");
                    s.themes = vec![Theme::EmploymentInclusion];
                    s.perimeter = vec![tid("pl:wojewodztwo:14")];
                    s.funders = vec![funder("Samorząd Województwa Mazowieckiego")];
                    s.window = one_off("2026-02-01T00:00", "2026-07-01T00:00");
                    s.criteria = beneficiaries(&[LegalCategory::Cooperative]);
                },
            ),
            SchemeStatus::Published,
        ),
        // 2: trilingual loan, permanent, everywhere, everyone.
        doc(
            scheme(
                "tri-honour-loan",
                text(
                    "Prêt d'honneur pour l'économie solidaire",
                    "Pożyczka honorowa dla ekonomii solidarnej",
                    "Honour loan for the solidarity economy",
                ),
                |s| {
                    s.kind = SchemeKind::Loan;
                    s.themes = vec![Theme::SolidarityFinance, Theme::SocialInnovation];
                    s.funders = vec![funder("Bpifrance"), funder("Région Île-de-France")];
                },
            ),
            SchemeStatus::Published,
        ),
        // 3: closed call for projects in Paris.
        doc(
            scheme(
                "closed-tiers-lieux",
                text("Appel à projets tiers-lieux", "", ""),
                |s| {
                    s.kind = SchemeKind::CallForProjects;
                    s.themes = vec![Theme::TiersLieux, Theme::Culture];
                    s.perimeter = vec![tid("fr:departement:75")];
                    s.funders = vec![funder("Ville de Paris")];
                    s.window = one_off("2025-01-01T00:00", "2025-06-01T00:00");
                    s.criteria =
                        beneficiaries(&[LegalCategory::Association, LegalCategory::Cooperative]);
                },
            ),
            SchemeStatus::Closed,
        ),
        // 4: a draft: never found.
        doc(
            scheme(
                "draft-associations",
                text("Aide aux associations sportives", "", ""),
                |_| {},
            ),
            SchemeStatus::Draft,
        ),
        // 5: archived: never found.
        doc(
            scheme(
                "archived-associations",
                text("Ancienne aide aux associations", "", ""),
                |_| {},
            ),
            SchemeStatus::Archived,
        ),
        // 6: English only, upcoming, in one Paris commune, companies only.
        doc(
            scheme(
                "en-coaching",
                text("", "", "Coaching for social enterprises"),
                |s| {
                    s.kind = SchemeKind::Coaching;
                    s.themes = vec![Theme::SocialInnovation];
                    s.perimeter = vec![tid("fr:commune:75056")];
                    s.funders = vec![funder("Bpifrance")];
                    s.window = one_off("2026-05-01T00:00", "2026-09-01T00:00");
                    s.criteria = beneficiaries(&[LegalCategory::CommercialCompany]);
                },
            ),
            SchemeStatus::Published,
        ),
        // 7: annual window, open 1 February to 1 April each year.
        doc(
            scheme(
                "annual-circular",
                text("Économie circulaire", "Gospodarka o obiegu zamkniętym", ""),
                |s| {
                    s.themes = vec![Theme::CircularEconomy];
                    s.window = one_off("2024-02-01T00:00", "2024-04-01T00:00");
                    s.window.recurrence = Recurrence::Annual;
                    s.funders = vec![funder("Bpifrance")];
                },
            ),
            SchemeStatus::Published,
        ),
    ]
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(catalogue()).unwrap())
}

fn ancestors(t: &TerritoryId) -> Vec<TerritoryId> {
    let chain: &[&str] = match t.as_str() {
        "fr:commune:75056" => &["fr:commune:75056", "fr:departement:75", "fr:region:11"],
        "fr:departement:75" => &["fr:departement:75", "fr:region:11"],
        "fr:commune:69123" => &["fr:commune:69123", "fr:departement:69", "fr:region:84"],
        "pl:gmina:1465011" => &["pl:gmina:1465011", "pl:powiat:1465", "pl:wojewodztwo:14"],
        _ => return vec![t.clone()],
    };
    chain.iter().map(|s| tid(s)).collect()
}

fn run(q: &Query, locale: Locale) -> Results {
    let ctx = SearchContext {
        at: ts(AT),
        locale,
        places: &ancestors,
    };
    index().search(q, &ctx).unwrap()
}

fn text_query(s: &str) -> Query {
    Query {
        text: s.to_owned(),
        per_page: 100,
        ..Query::default()
    }
}

fn slugs(r: &Results) -> Vec<&str> {
    r.hits.iter().map(|h| h.slug.as_str()).collect()
}

fn sorted(r: &Results) -> Vec<&str> {
    let mut s = slugs(r);
    s.sort_unstable();
    s
}

fn find(s: &str) -> Vec<&'static str> {
    let r = run(&text_query(s), Locale::Fr);
    let mut out: Vec<&'static str> = r
        .hits
        .iter()
        .map(|h| index().doc(h.position).unwrap().scheme.slug.as_str())
        .collect();
    assert_eq!(r.total, out.len());
    out.sort_unstable();
    out
}

#[test]
fn only_public_schemes_are_indexed() {
    assert_eq!(index().len(), 6);
    assert!(!index().is_empty());
    let all = run(&text_query(""), Locale::Fr);
    assert_eq!(all.total, 6);
    assert!(
        !slugs(&all)
            .iter()
            .any(|s| s.contains("draft") || s.contains("archived"))
    );
    // Drafts and archived schemes do not match their own words either.
    assert_eq!(find("sportives"), Vec::<&str>::new());
    assert_eq!(find("ancienne"), Vec::<&str>::new());
    assert_eq!(find("associations"), ["fr-associations"]);
}

#[test]
fn french_stemming() {
    // The title says "associations", the summary "association".
    assert_eq!(find("association"), ["fr-associations"]);
    assert_eq!(find("Associations"), ["fr-associations"]);
    assert_eq!(find("culturelle"), ["fr-associations"]);
    // Accents are optional.
    assert_eq!(find("economie solidaire"), ["tri-honour-loan"]);
    assert_eq!(find("région"), ["fr-associations", "tri-honour-loan"]);
}

#[test]
fn polish_stemming_and_folding() {
    for q in [
        "spółdzielnia",
        "spoldzielnia",
        "spółdzielni",
        "SPÓŁDZIELNIE",
        "spoldzielniach",
    ] {
        let r = run(&text_query(q), Locale::Pl);
        assert_eq!(slugs(&r), ["pl-spoldzielnie"], "{q}");
    }
    assert_eq!(find("socjalna dotacja"), ["pl-spoldzielnie"]);
    assert_eq!(find("mazowieckiego"), ["pl-spoldzielnie"]);
}

#[test]
fn english_stemming() {
    assert_eq!(find("enterprise"), ["en-coaching"]);
    assert_eq!(find("loans"), ["tri-honour-loan"]);
}

#[test]
fn cross_language_search_prefers_the_readers_language() {
    // A Polish reader typing French words finds the French-only scheme.
    let r = run(&text_query("associations culturelles"), Locale::Pl);
    assert_eq!(slugs(&r), ["fr-associations"]);
    // An English reader typing Polish finds the Polish-only scheme.
    let r = run(&text_query("spółdzielnie socjalne"), Locale::En);
    assert_eq!(slugs(&r), ["pl-spoldzielnie"]);
    // Words of two languages in one query.
    assert_eq!(find("honour solidarnej"), ["tri-honour-loan"]);
    // "solidarity"/"solidaire"/"solidarnej": the trilingual loan matches in
    // the reader's language and scores higher than in another one.
    let score = |locale, q: &str| run(&text_query(q), locale).hits[0].score;
    assert!(score(Locale::En, "honour") > score(Locale::Fr, "honour"));
    assert!(score(Locale::Fr, "honneur") > score(Locale::En, "honneur"));
}

#[test]
fn function_words_are_optional_unless_alone() {
    assert_eq!(find("aide pour les associations"), ["fr-associations"]);
    assert_eq!(find("wsparcie dla spółdzielni"), ["pl-spoldzielnie"]);
    // Only function words: any of them is enough.
    assert_eq!(find("for the"), ["en-coaching", "tri-honour-loan"]);
    // Every other word must match.
    assert_eq!(find("associations spółdzielnie"), Vec::<&str>::new());
}

#[test]
fn weird_input_never_fails() {
    for q in [
        "\"foo",
        "a:b",
        "(",
        ")",
        "title:associations",
        "\"associations",
        "associations)",
        "+-*?~^",
        "AND OR NOT",
        "   ",
        "",
        "\u{0}\u{202f}🙂",
        &"x".repeat(70_000),
        &"mot ".repeat(500),
    ] {
        run(&text_query(q), Locale::Fr);
    }
    // Punctuation separates words; field syntax means nothing.
    assert_eq!(find("associations:culturelles"), ["fr-associations"]);
    assert_eq!(find("title:associations"), Vec::<&str>::new());
    assert_eq!(find("(associations"), ["fr-associations"]);
    assert_eq!(find("\"associations"), ["fr-associations"]);
    // Nothing searchable: every scheme.
    assert_eq!(run(&text_query("( : \""), Locale::Fr).total, 6);
}

#[test]
fn empty_text_lists_everything_by_deadline() {
    let r = run(&text_query(""), Locale::Fr);
    assert_eq!(
        slugs(&r),
        [
            // Coming deadlines, soonest first (upcoming ones included).
            "fr-associations", // 20 March 2026
            "annual-circular", // 1 April 2026
            "pl-spoldzielnie", // 1 July 2026
            "en-coaching",     // 1 September 2026 (opens in May)
            // No deadline.
            "tri-honour-loan",
            // Closed.
            "closed-tiers-lieux",
        ]
    );
    assert!(r.hits.iter().all(|h| h.score == 0.0));
    let h: &Hit = &r.hits[0];
    assert_eq!((h.position, h.open), (0, true));
    assert_eq!(h.closes, Some(ts("2026-03-19T23:00:00Z")));
    assert_eq!(r.hits[3].closes, Some(ts("2026-08-31T22:00:00Z")));
    assert!(!r.hits[3].open);
    assert_eq!(r.hits[4].closes, None);
    assert!(r.hits[4].open);
    assert_eq!(r.hits[5].closes, None);
    assert!(!r.hits[5].open);
    // The same with the explicit sort.
    let by_deadline = run(
        &Query {
            sort: Sort::Deadline,
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(slugs(&by_deadline), slugs(&r));
}

#[test]
fn sort_by_deadline_with_text() {
    // Bpifrance funds three schemes.
    let q = Query {
        text: "Bpifrance".to_owned(),
        ..text_query("")
    };
    let r = run(
        &Query {
            sort: Sort::Deadline,
            ..q.clone()
        },
        Locale::Fr,
    );
    assert_eq!(
        slugs(&r),
        ["annual-circular", "en-coaching", "tri-honour-loan"]
    );
    let relevance = run(&q, Locale::Fr);
    assert_eq!(sorted(&relevance), sorted(&r));
    let scores: Vec<f32> = relevance.hits.iter().map(|h| h.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn relevance_ranks_title_over_summary_over_body() {
    let doc = |slug: &str, f: fn(&mut Scheme)| SchemeDoc {
        scheme: Arc::new(scheme(slug, text("Aide", "", ""), f)),
        tenant: "t".to_owned(),
        tenant_name: "T".to_owned(),
        status: SchemeStatus::Published,
    };
    let idx = SearchIndex::build(vec![
        doc("in-body", |s| {
            s.description = text("Pour la mobilité douce en ville.", "", "");
        }),
        doc("in-title", |s| {
            s.title = text("Aide à la mobilité douce", "", "")
        }),
        doc("in-summary", |s| {
            s.summary = text("Financer la mobilité douce.", "", "");
        }),
        doc("elsewhere", |s| s.description = text("Logement.", "", "")),
    ])
    .unwrap();
    let ctx = SearchContext::new(ts(AT), Locale::Fr);
    let r = idx.search(&text_query("mobilités"), &ctx).unwrap();
    assert_eq!(slugs(&r), ["in-title", "in-summary", "in-body"]);
    assert!(r.hits.windows(2).all(|w| w[0].score > w[1].score));
    // By deadline (all permanent), ties go to relevance.
    let r = idx
        .search(
            &Query {
                sort: Sort::Deadline,
                ..text_query("mobilité")
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(slugs(&r), ["in-title", "in-summary", "in-body"]);
}

#[test]
fn pagination() {
    let page = |page, per_page| {
        run(
            &Query {
                page,
                per_page,
                ..Query::default()
            },
            Locale::Fr,
        )
    };
    let all = page(1, 100);
    let mut walked = vec![];
    for p in 1..=3 {
        let r = page(p, 2);
        assert_eq!(r.total, 6);
        assert_eq!(r.hits.len(), 2);
        walked.extend(slugs(&r).into_iter().map(str::to_owned));
    }
    assert_eq!(walked, slugs(&all));
    let last = page(2, 4);
    assert_eq!(slugs(&last), slugs(&all)[4..]);
    let beyond = page(4, 2);
    assert_eq!(beyond.total, 6);
    assert!(beyond.hits.is_empty());
    assert_eq!(beyond.facets, all.facets);
    assert!(page(u32::MAX, u32::MAX).hits.is_empty());
    // Page 0 is page 1, per_page 0 is 1.
    assert_eq!(slugs(&page(0, 0)), slugs(&all)[..1]);
    assert_eq!(Query::default().per_page, 20);
}

fn count<T: PartialEq + Copy>(facet: &[(T, usize)], value: T) -> usize {
    facet
        .iter()
        .find(|(v, _)| *v == value)
        .map_or(0, |(_, n)| *n)
}

#[test]
fn filter_by_theme_kind_and_funder() {
    let r = run(
        &Query {
            themes: vec![Theme::Culture],
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(sorted(&r), ["closed-tiers-lieux", "fr-associations"]);
    // Several values of one facet are alternatives.
    let r = run(
        &Query {
            themes: vec![Theme::Culture, Theme::CircularEconomy],
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(
        sorted(&r),
        ["annual-circular", "closed-tiers-lieux", "fr-associations"]
    );
    let r = run(
        &Query {
            kinds: vec![SchemeKind::Loan, SchemeKind::Coaching],
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(sorted(&r), ["en-coaching", "tri-honour-loan"]);
    let r = run(
        &Query {
            funder: Some("Région Île-de-France".to_owned()),
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(sorted(&r), ["fr-associations", "tri-honour-loan"]);
    // Funder names are compared exactly.
    let r = run(
        &Query {
            funder: Some("region ile-de-france".to_owned()),
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(r.total, 0);
    assert_eq!(
        r.facets.funders.last(),
        Some(&("region ile-de-france".to_owned(), 0))
    );
    // Different facets must all match.
    let r = run(
        &Query {
            themes: vec![Theme::SocialInnovation],
            kinds: vec![SchemeKind::Loan],
            funder: Some("Bpifrance".to_owned()),
            ..text_query("")
        },
        Locale::Fr,
    );
    assert_eq!(slugs(&r), ["tri-honour-loan"]);
}

#[test]
fn filter_by_category_ignores_window_and_perimeter() {
    let cat = |c| {
        let r = run(
            &Query {
                categories: vec![c],
                ..text_query("")
            },
            Locale::Fr,
        );
        sorted(&r)
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    // The closed call for projects still lists its categories.
    assert_eq!(
        cat(LegalCategory::Association),
        [
            "annual-circular",
            "closed-tiers-lieux",
            "fr-associations",
            "tri-honour-loan"
        ]
    );
    assert_eq!(
        cat(LegalCategory::Cooperative),
        [
            "annual-circular",
            "closed-tiers-lieux",
            "pl-spoldzielnie",
            "tri-honour-loan"
        ]
    );
    assert_eq!(
        cat(LegalCategory::CommercialCompany),
        ["annual-circular", "en-coaching", "tri-honour-loan"]
    );
    assert_eq!(
        cat(LegalCategory::PublicAuthority),
        ["annual-circular", "tri-honour-loan"]
    );
}

#[test]
fn territory_containment_through_ancestors() {
    let place = |p: &str| {
        let r = run(
            &Query {
                territory: Some(tid(p)),
                ..text_query("")
            },
            Locale::Fr,
        );
        sorted(&r)
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    // Paris (commune) is in département 75, in région 11.
    assert_eq!(
        place("fr:commune:75056"),
        [
            "annual-circular",
            "closed-tiers-lieux",
            "en-coaching",
            "fr-associations",
            "tri-honour-loan"
        ]
    );
    // The département is not inside the commune.
    assert_eq!(
        place("fr:departement:75"),
        [
            "annual-circular",
            "closed-tiers-lieux",
            "fr-associations",
            "tri-honour-loan"
        ]
    );
    // Lyon: only schemes without a perimeter.
    assert_eq!(
        place("fr:commune:69123"),
        ["annual-circular", "tri-honour-loan"]
    );
    assert_eq!(
        place("pl:gmina:1465011"),
        ["annual-circular", "pl-spoldzielnie", "tri-honour-loan"]
    );
    // The default context knows no ancestors: the place itself only.
    let ctx = SearchContext::new(ts(AT), Locale::Fr);
    let r = index()
        .search(
            &Query {
                territory: Some(tid("fr:region:11")),
                ..text_query("")
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(
        sorted(&r),
        ["annual-circular", "fr-associations", "tri-honour-loan"]
    );
}

#[test]
fn filter_open_now_and_closing_soon() {
    let open = |o| {
        let r = run(
            &Query {
                open: Some(o),
                ..text_query("")
            },
            Locale::Fr,
        );
        (
            r.total,
            slugs(&r).into_iter().map(str::to_owned).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        open(OpenFilter::OpenNow).1,
        [
            "fr-associations",
            "annual-circular",
            "pl-spoldzielnie",
            "tri-honour-loan"
        ]
    );
    assert_eq!(open(OpenFilter::ClosingSoon).1, ["fr-associations"]);
    // An annual window follows the calendar.
    let at = |s: &str, o| {
        let ctx = SearchContext::new(ts(s), Locale::Fr);
        let q = Query {
            open: Some(o),
            ..text_query("circulaire")
        };
        index().search(&q, &ctx).unwrap().total
    };
    assert_eq!(at("2031-03-15T00:00:00Z", OpenFilter::OpenNow), 1);
    assert_eq!(at("2031-03-15T00:00:00Z", OpenFilter::ClosingSoon), 1);
    assert_eq!(at("2031-01-15T00:00:00Z", OpenFilter::OpenNow), 0);
    assert_eq!(at("2019-02-15T00:00:00Z", OpenFilter::OpenNow), 1);
    assert_eq!(at("2019-02-15T00:00:00Z", OpenFilter::ClosingSoon), 0);
}

/// Each facet count equals the total of the query with that value as the
/// facet's only selection.
fn check_disjunctive(q: &Query) {
    let r = run(q, Locale::Fr);
    let f = &r.facets;
    let total = |q: Query| run(&q, Locale::Fr).total;
    for (theme, n) in &f.themes {
        let with = Query {
            themes: vec![*theme],
            ..q.clone()
        };
        assert_eq!(total(with), *n, "{theme} in {q:?}");
    }
    for (kind, n) in &f.kinds {
        let with = Query {
            kinds: vec![*kind],
            ..q.clone()
        };
        assert_eq!(total(with), *n, "{kind} in {q:?}");
    }
    for (c, n) in &f.categories {
        let with = Query {
            categories: vec![*c],
            ..q.clone()
        };
        assert_eq!(total(with), *n, "{c} in {q:?}");
    }
    for (name, n) in &f.funders {
        let with = Query {
            funder: Some(name.clone()),
            ..q.clone()
        };
        assert_eq!(total(with), *n, "{name} in {q:?}");
    }
    let open = |o| {
        total(Query {
            open: Some(o),
            ..q.clone()
        })
    };
    assert_eq!(open(OpenFilter::OpenNow), f.open_now, "open in {q:?}");
    assert_eq!(
        open(OpenFilter::ClosingSoon),
        f.closing_soon,
        "soon in {q:?}"
    );
}

#[test]
fn disjunctive_counts_for_every_combination() {
    let places = [
        None,
        Some(tid("fr:commune:75056")),
        Some(tid("fr:commune:69123")),
    ];
    let texts = ["", "Bpifrance", "économie"];
    let themes = [vec![], vec![Theme::SocialInnovation, Theme::Culture]];
    let funders = [
        None,
        Some("Bpifrance".to_owned()),
        Some("Nobody".to_owned()),
    ];
    let opens = [
        None,
        Some(OpenFilter::OpenNow),
        Some(OpenFilter::ClosingSoon),
    ];
    for territory in &places {
        for text in texts {
            for themes in &themes {
                for funder in &funders {
                    for open in opens {
                        check_disjunctive(&Query {
                            text: text.to_owned(),
                            territory: territory.clone(),
                            themes: themes.clone(),
                            kinds: vec![SchemeKind::Grant, SchemeKind::Loan],
                            categories: vec![LegalCategory::Association],
                            funder: funder.clone(),
                            open,
                            ..Query::default()
                        });
                    }
                }
            }
        }
    }
    // Without kind and category filters too.
    for territory in &places {
        for funder in &funders {
            for open in opens {
                check_disjunctive(&Query {
                    territory: territory.clone(),
                    funder: funder.clone(),
                    open,
                    ..Query::default()
                });
            }
        }
    }
}

#[test]
fn disjunctive_facet_counts() {
    // No filter: counts are plain counts over the text matches.
    let r = run(&text_query(""), Locale::Fr);
    let f = &r.facets;
    assert_eq!(count(&f.themes, Theme::Culture), 2);
    assert_eq!(count(&f.themes, Theme::SocialInnovation), 2);
    assert_eq!(count(&f.themes, Theme::Housing), 0);
    assert_eq!(f.themes.len(), Theme::all().len());
    assert_eq!(count(&f.kinds, SchemeKind::Grant), 3);
    assert_eq!(count(&f.kinds, SchemeKind::Loan), 1);
    assert_eq!(count(&f.categories, LegalCategory::Association), 4);
    assert_eq!(count(&f.categories, LegalCategory::Mutual), 2);
    assert_eq!((f.open_now, f.closing_soon), (4, 1));
    assert_eq!(
        f.funders,
        [
            ("Bpifrance".to_owned(), 3),
            ("Région Île-de-France".to_owned(), 2),
            ("Samorząd Województwa Mazowieckiego".to_owned(), 1),
            ("Ville de Paris".to_owned(), 1),
        ]
    );

    // Theme Culture selected: theme counts ignore the theme filter, other
    // facets count within Culture.
    let r = run(
        &Query {
            themes: vec![Theme::Culture],
            ..text_query("")
        },
        Locale::Fr,
    );
    let f = &r.facets;
    assert_eq!(r.total, 2);
    assert_eq!(count(&f.themes, Theme::Culture), 2);
    assert_eq!(count(&f.themes, Theme::SocialInnovation), 2);
    assert_eq!(count(&f.themes, Theme::CircularEconomy), 1);
    assert_eq!(count(&f.kinds, SchemeKind::Grant), 1);
    assert_eq!(count(&f.kinds, SchemeKind::CallForProjects), 1);
    assert_eq!(count(&f.kinds, SchemeKind::Loan), 0);
    assert_eq!((f.open_now, f.closing_soon), (1, 1));
    assert_eq!(
        f.funders,
        [
            ("Région Île-de-France".to_owned(), 1),
            ("Ville de Paris".to_owned(), 1),
        ]
    );

    // Open now + kind Grant + text: each facet excludes only itself.
    let q = Query {
        open: Some(OpenFilter::OpenNow),
        kinds: vec![SchemeKind::Grant],
        ..text_query("")
    };
    let r = run(&q, Locale::Fr);
    assert_eq!(
        sorted(&r),
        ["annual-circular", "fr-associations", "pl-spoldzielnie"]
    );
    let f = &r.facets;
    // Kinds among open schemes: 3 grants, 1 loan, no coaching (upcoming).
    assert_eq!(count(&f.kinds, SchemeKind::Grant), 3);
    assert_eq!(count(&f.kinds, SchemeKind::Loan), 1);
    assert_eq!(count(&f.kinds, SchemeKind::Coaching), 0);
    assert_eq!(count(&f.kinds, SchemeKind::CallForProjects), 0);
    // Open counts among the grants: all three are open, one closes soon.
    assert_eq!((f.open_now, f.closing_soon), (3, 1));
    check_disjunctive(&q);
    let soon = run(
        &Query {
            open: Some(OpenFilter::ClosingSoon),
            ..q.clone()
        },
        Locale::Fr,
    );
    assert_eq!(soon.total, f.closing_soon);

    // Facets follow the text query too.
    let r = run(&text_query("Bpifrance"), Locale::Fr);
    assert_eq!(count(&r.facets.kinds, SchemeKind::Grant), 1);
    assert_eq!(count(&r.facets.kinds, SchemeKind::Coaching), 1);
    assert_eq!(r.facets.funders[0], ("Bpifrance".to_owned(), 3));
}

#[test]
fn theme_labels_are_searchable_when_given() {
    let label = |t: Theme, l: Locale| match (t, l) {
        (Theme::Culture, Locale::Fr) => "Culture".to_owned(),
        (Theme::Culture, Locale::Pl) => "Kultura".to_owned(),
        (Theme::Culture, Locale::En) => "Culture".to_owned(),
        _ => String::new(),
    };
    let idx = SearchIndex::build_with_theme_labels(catalogue(), &label).unwrap();
    let ctx = SearchContext::new(ts(AT), Locale::Pl);
    let r = idx.search(&text_query("kultury"), &ctx).unwrap();
    assert_eq!(sorted(&r), ["closed-tiers-lieux", "fr-associations"]);
    // Without labels, nothing says "kultura".
    assert_eq!(run(&text_query("kultury"), Locale::Pl).total, 0);
}

#[test]
fn empty_catalogue() {
    let idx = SearchIndex::build(vec![]).unwrap();
    assert!(idx.is_empty());
    let ctx = SearchContext::new(ts(AT), Locale::Fr);
    for q in ["", "associations"] {
        let r = idx.search(&text_query(q), &ctx).unwrap();
        assert_eq!(r.total, 0);
        assert!(r.hits.is_empty());
    }
}
