//! Builders shared by the scheme tests.

use crate::scheme::criteria::{
    self, Applicant, Evaluation, Finding, Node, Project, Question, Rule, Rules,
};
use crate::scheme::vocab::{CofunderKind, SchemeKind, Theme};
use crate::scheme::window::Window;
use crate::scheme::{Funder, LocalText, Scheme};
use crate::{Country, Currency, LegalFormInfo, Locale, Money, TerritoryId};
use jiff::Timestamp;
use jiff::civil::DateTime;

/// An amount in euro cents.
pub fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::Eur)
}

/// An amount in grosze.
pub fn pln(minor: i64) -> Money {
    Money::new(minor, Currency::Pln)
}

/// A civil date-time (`2024-01-01T00:00`).
pub fn dt(s: &str) -> DateTime {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// An instant (`2024-01-01T00:00:00+01:00`).
pub fn ts(s: &str) -> Timestamp {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// A territory identifier.
pub fn tid(s: &str) -> TerritoryId {
    TerritoryId::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// A French legal form from the INSEE table.
pub fn fr_form(code: &str) -> &'static LegalFormInfo {
    crate::legal_form::lookup(Country::Fr, code).unwrap_or_else(|| panic!("FR {code}"))
}

/// A Polish legal form from the GUS table.
pub fn pl_form(code: &str) -> &'static LegalFormInfo {
    crate::legal_form::lookup(Country::Pl, code).unwrap_or_else(|| panic!("PL {code}"))
}

/// A leaf or group.
pub fn node(id: &str, rule: Rule) -> Node {
    Node::new(id, rule)
}

/// `All` over `children`.
pub fn all(id: &str, children: Vec<Node>) -> Node {
    Node::new(id, Rule::All { children })
}

/// `Any` over `children`.
pub fn any(id: &str, children: Vec<Node>) -> Node {
    Node::new(id, Rule::Any { children })
}

/// `AtLeast` over `children`.
pub fn at_least(id: &str, min: u32, children: Vec<Node>) -> Node {
    Node::new(id, Rule::AtLeast { min, children })
}

/// An instant inside every test window that does not care about dates.
pub fn now() -> Timestamp {
    ts("2024-06-15T12:00:00+02:00")
}

/// A question with nothing answered, judged at [`now`].
pub fn blank() -> Question {
    Question {
        at: now(),
        applicant: Applicant::default(),
        project: Project::default(),
    }
}

/// Evaluates `criteria` with an always-open window and no perimeter.
pub fn eval(criteria: &Node, q: &Question) -> Evaluation {
    let window = Window::permanent("Europe/Paris");
    criteria::evaluate(
        Rules {
            window: &window,
            perimeter: &[],
            criteria,
        },
        q,
    )
}

/// Fast-path verdict of `criteria` with an always-open window and no perimeter.
pub fn fast(criteria: &Node, q: &Question) -> crate::scheme::SchemeVerdict {
    let window = Window::permanent("Europe/Paris");
    criteria::verdict(
        Rules {
            window: &window,
            perimeter: &[],
            criteria,
        },
        q,
    )
}

/// The finding of a single leaf rule (wrapped in a root `All`) for `q`,
/// checking on the way that the fast path agrees.
pub fn leaf(rule: Rule, q: &Question) -> Finding {
    let root = all("criteria", vec![node("c", rule)]);
    let e = eval(&root, q);
    assert_eq!(e.verdict, fast(&root, q), "fast path disagrees");
    assert_eq!(e.findings.len(), 2, "{:?}", e.findings);
    assert_eq!(e.findings[0].id, "open");
    let f = e.findings[1].clone();
    assert_eq!((f.id.as_str(), f.depth, f.group), ("c", 0, false));
    assert_eq!(crate::scheme::SchemeVerdict::from(f.verdict), e.verdict);
    f
}

/// A well-formed one-off grant scheme with headline conditions.
pub fn sample_scheme(slug: &str) -> Scheme {
    Scheme {
        slug: slug.to_owned(),
        kind: SchemeKind::Grant,
        edition: 1,
        previous_edition: None,
        programme: Some("ess".to_owned()),
        title: LocalText::all("Progr'ESS"),
        summary: LocalText::default(),
        description: LocalText::default(),
        funders: vec![Funder {
            name: "Région Île-de-France".to_owned(),
            kind: CofunderKind::Region,
            lead: true,
        }],
        perimeter: vec![tid("fr:region:11")],
        themes: vec![Theme::SocialInnovation],
        window: Window::one_off(
            dt("2023-11-06T00:00"),
            dt("2024-01-01T00:00"),
            "Europe/Paris",
        ),
        currency: Currency::Eur,
        envelope: Some(eur(100_000_000)),
        criteria: all(
            "criteria",
            vec![
                node("sse", Rule::Sse),
                node(
                    "max",
                    Rule::RequestedMax {
                        max: eur(3_000_000),
                    },
                ),
                node("min", Rule::RequestedMin { min: eur(500_000) }),
                node(
                    "rate",
                    Rule::RateMax {
                        basis_points: 8_000,
                    },
                ),
                node(
                    "expenses",
                    Rule::ExpensesMin {
                        min: eur(1_000_000),
                        vat: crate::scheme::vocab::Vat::Excl,
                    },
                ),
            ],
        ),
        assessed_in_review: vec![],
        documents: vec![],
        languages: vec![Locale::Fr],
        contact: None,
        url: None,
    }
}
