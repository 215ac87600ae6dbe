//! Engine reasons and criteria in the reader's language: every typed argument
//! (amounts, instants, codes, territories) is formatted here, so messages quote
//! figures the way the reader writes them.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use passerelle_domain::scheme::criteria::{Arg, Node, Reason, Rule};
use passerelle_domain::scheme::vocab::Recurrence;
use passerelle_domain::scheme::window::Window;
use passerelle_domain::{LegalForm, TerritoryId, TerritoryIndex};

use crate::i18n::Tr;

/// Label of a vocabulary code (`vocab-themes-coworking`).
pub fn code_label(tr: &Tr, vocab: &str, code: &str) -> String {
    let key = format!("vocab-{vocab}-{}", code.to_ascii_lowercase());
    if tr.has(&key) {
        tr.t(&key)
    } else {
        code.to_owned()
    }
}

fn codes(tr: &Tr, vocab: &str, codes: &[String]) -> String {
    if codes.is_empty() {
        return tr.t("list-none");
    }
    codes
        .iter()
        .map(|c| code_label(tr, vocab, c))
        .collect::<Vec<_>>()
        .join(", ")
}

fn forms(forms: &[LegalForm]) -> String {
    forms
        .iter()
        .map(|f| match f.info() {
            Some(i) => format!("{} ({})", i.label, i.code),
            None => f.code.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn territories(index: &TerritoryIndex, ids: &[TerritoryId]) -> String {
    ids.iter()
        .map(|id| {
            index
                .get(id)
                .map_or_else(|| id.to_string(), |r| r.name.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A percentage from basis points (`80 %`, `12,5 %`).
pub fn rate(tr: &Tr, bp: u32) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    let n = if frac == 0 {
        tr.number(i64::from(whole))
    } else {
        let sep = if tr.locale() == passerelle_domain::Locale::En {
            "."
        } else {
            ","
        };
        let f = format!("{frac:02}");
        format!(
            "{}{sep}{}",
            tr.number(i64::from(whole)),
            f.trim_end_matches('0')
        )
    };
    tr.ta("percent", &[("value", &n)])
}

/// An instant as a local date and time in `zone`. With `end_of_day`, a
/// midnight is written as 24:00 of the day before, the way deadlines are
/// announced ("31 décembre 2023 à 24:00"), not as the first minute of the
/// next day.
pub fn instant(tr: &Tr, at: Timestamp, zone: &str, end_of_day: bool) -> String {
    let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
    let z = at.to_zoned_datetime(tz);
    let (date, time) = if end_of_day && z.hour() == 0 && z.minute() == 0 && z.second() == 0 {
        let d = z.date().yesterday().unwrap_or(z.date());
        (d, "24:00".to_owned())
    } else {
        (z.date(), format!("{:02}:{:02}", z.hour(), z.minute()))
    };
    let dt = tr.ta(
        "datetime-at",
        &[("date", &tr.date(&date.to_string())), ("time", &time)],
    );
    tr.ta("datetime-zone", &[("datetime", &dt), ("zone", zone)])
}

fn arg(tr: &Tr, index: &TerritoryIndex, name: &str, a: &Arg) -> String {
    match a {
        Arg::Int(n) => n.to_string(),
        Arg::Money(m) => tr.money(m.minor, m.currency),
        Arg::Rate(bp) => rate(tr, *bp),
        Arg::Instant(t, zone) => instant(tr, *t, zone, matches!(name, "closes" | "closed")),
        // An empty category list reads as nothing, so that a rule listing only
        // legal forms does not say "none; …".
        Arg::Codes(_, list) if name == "categories" && list.is_empty() => String::new(),
        Arg::Codes(vocab, list) => codes(tr, vocab, list),
        Arg::LegalForms(list) => forms(list),
        Arg::Territories(ids) => territories(index, ids),
        Arg::Field(f) => tr.t(&field_key(f)),
    }
}

/// The legal forms as they follow the list of categories in a sentence:
/// nothing when there are none, after the language's semicolon when there
/// are categories before them.
fn after_categories(tr: &Tr, categories: &str, forms: &str) -> String {
    match (categories.is_empty(), forms.is_empty()) {
        (_, true) => String::new(),
        (true, false) => forms.to_owned(),
        (false, false) => tr.ta("list-then", &[("rest", forms)]),
    }
}

/// Message key of a request field's label (`project.eligible_expenses` →
/// `field-project-eligible-expenses`).
pub fn field_key(field: &str) -> String {
    format!("field-{}", field.replace(['.', '_'], "-"))
}

/// An engine reason in the reader's language.
pub fn reason(tr: &Tr, index: &TerritoryIndex, r: &Reason) -> String {
    let rendered: Vec<(&str, String)> = r
        .args
        .iter()
        .map(|(n, a)| (*n, arg(tr, index, n, a)))
        .collect();
    // Legal forms follow the categories after a semicolon, spaced as the
    // language wants it ("a ; b" in French, "a; b" elsewhere); alone, they
    // stand without one.
    let categories = rendered
        .iter()
        .find(|(n, _)| *n == "categories")
        .map(|(_, v)| v.as_str());
    let args: Vec<(&str, String)> = rendered
        .iter()
        .map(|(n, v)| {
            let v = match (*n, categories) {
                ("forms", Some(c)) => after_categories(tr, c, v),
                _ => v.clone(),
            };
            (*n, v)
        })
        .collect();
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    tr.ta(r.key, &args)
}

/// One criterion described in plain words, independent of any applicant.
#[derive(Debug, Clone)]
pub struct CriterionText {
    /// Criterion id.
    pub id: String,
    /// Depth (0 = top level).
    pub depth: u8,
    /// The sentence.
    pub text: String,
}

/// The scheme's window in plain words.
pub fn window(tr: &Tr, w: &Window) -> String {
    let tz = TimeZone::get(&w.zone).unwrap_or(TimeZone::UTC);
    let at = |d: Option<jiff::civil::DateTime>, end: bool| {
        d.and_then(|d| tz.to_ambiguous_zoned_datetime(d).compatible().ok())
            .map(|z| instant(tr, z.timestamp(), &w.zone, end))
            .unwrap_or_default()
    };
    match w.recurrence {
        Recurrence::Permanent => tr.t("crit-open-permanent"),
        Recurrence::OneOff => tr.ta(
            "crit-open-one-off",
            &[
                ("opens", &at(w.opens, false)),
                ("closes", &at(w.closes, true)),
            ],
        ),
        Recurrence::Annual => {
            let md = |d: Option<jiff::civil::DateTime>| {
                d.map(|d| {
                    let month = tr.t(&format!("month-{}", d.month()));
                    let day = tr.ta(
                        "date-day-month",
                        &[("day", &d.day().to_string()), ("month", &month)],
                    );
                    format!("{day} {:02}:{:02}", d.hour(), d.minute())
                })
                .unwrap_or_default()
            };
            tr.ta(
                "crit-open-annual",
                &[("opens", &md(w.opens)), ("closes", &md(w.closes))],
            )
        }
    }
}

/// Every criterion of a tree in plain words, depth first.
pub fn criteria(tr: &Tr, root: &Node) -> Vec<CriterionText> {
    let mut out = vec![];
    // The root "all" is implicit on pages: its children are the conditions.
    match &root.rule {
        Rule::All { children } => {
            for c in children {
                describe(tr, c, 0, &mut out);
            }
        }
        _ => describe(tr, root, 0, &mut out),
    }
    out
}

fn describe(tr: &Tr, n: &Node, depth: u8, out: &mut Vec<CriterionText>) {
    let s = |v: &[String]| v.to_vec();
    let text = match &n.rule {
        Rule::All { .. } => tr.t("crit-all"),
        Rule::Any { .. } => tr.t("crit-any"),
        Rule::AtLeast { min, children } => tr.ta(
            "crit-at-least",
            &[
                ("min", &min.to_string()),
                ("total", &children.len().to_string()),
            ],
        ),
        Rule::Country { countries } => tr.ta(
            "crit-country",
            &[(
                "allowed",
                &codes(
                    tr,
                    "countries",
                    &s(&countries
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()),
                ),
            )],
        ),
        Rule::Beneficiary {
            categories,
            legal_forms,
        } => {
            let cats: Vec<String> = categories.iter().map(ToString::to_string).collect();
            let cats = if cats.is_empty() {
                String::new()
            } else {
                codes(tr, "beneficiary_categories", &cats)
            };
            let f = after_categories(tr, &cats, &forms(legal_forms));
            tr.ta("crit-beneficiary", &[("categories", &cats), ("forms", &f)])
        }
        Rule::Sse => tr.t("crit-sse"),
        Rule::Label { label } => tr.ta(
            "crit-label",
            &[("label", &code_label(tr, "labels", label.as_str()))],
        ),
        Rule::Themes { themes, min } => tr.ta(
            "crit-themes",
            &[
                ("min", &min.to_string()),
                (
                    "allowed",
                    &codes(
                        tr,
                        "themes",
                        &themes.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    ),
                ),
            ],
        ),
        Rule::RequestedMax { max } => tr.ta(
            "crit-requested-max",
            &[("limit", &tr.money_whole(max.minor, max.currency))],
        ),
        Rule::RequestedMin { min } => tr.ta(
            "crit-requested-min",
            &[("limit", &tr.money_whole(min.minor, min.currency))],
        ),
        Rule::RateMax { basis_points } => {
            tr.ta("crit-rate-max", &[("limit", &rate(tr, *basis_points))])
        }
        Rule::ExpensesMin { min, vat } => tr.ta(
            "crit-expenses-min",
            &[
                ("limit", &tr.money_whole(min.minor, min.currency)),
                ("vat", &code_label(tr, "vat", vat.as_str())),
            ],
        ),
        Rule::Services { services, min } => tr.ta(
            "crit-services",
            &[
                ("min", &min.to_string()),
                (
                    "allowed",
                    &codes(
                        tr,
                        "services",
                        &services.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    ),
                ),
            ],
        ),
        Rule::Commitment { commitment } => tr.ta(
            "crit-commitment",
            &[(
                "commitment",
                &code_label(tr, "commitments", commitment.as_str()),
            )],
        ),
        Rule::Cofunders { kinds, min } => tr.ta(
            "crit-cofunders",
            &[
                ("min", &min.to_string()),
                (
                    "allowed",
                    &codes(
                        tr,
                        "cofunder_kinds",
                        &kinds.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    ),
                ),
            ],
        ),
        Rule::Consortium {
            lead_partner_required,
            min_members,
            max_members,
        } => tr.ta(
            "crit-consortium",
            &[
                ("lead", if *lead_partner_required { "yes" } else { "no" }),
                ("min", &min_members.unwrap_or(0).to_string()),
                ("max", &max_members.unwrap_or(0).to_string()),
            ],
        ),
    };
    out.push(CriterionText {
        id: n.id.clone(),
        depth,
        text,
    });
    for c in n.rule.children() {
        describe(tr, c, depth.saturating_add(1), out);
    }
}

/// The perimeter in plain words.
pub fn perimeter(tr: &Tr, index: &TerritoryIndex, ids: &[TerritoryId]) -> String {
    if ids.is_empty() {
        return tr.t("perimeter-everywhere");
    }
    tr.ta("crit-perimeter", &[("perimeter", &territories(index, ids))])
}
