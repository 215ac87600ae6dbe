//! Eligibility criteria as data, and the engine that evaluates them.
//!
//! A scheme's criteria form a tree: leaves are typed conditions on the
//! applicant and the project, inner nodes combine them with AND, OR or
//! AT-LEAST-N. Evaluation is three-valued (Kleene logic): a leaf whose input
//! is missing answers *unknown* and names the missing field, so a question
//! left blank never makes anyone eligible. Every answer comes with a
//! [`Reason`]: a message key and typed arguments (amounts, instants, codes)
//! that the application layer renders in the reader's language.

use super::vocab::{CofunderKind, Commitment, Label, Service, Theme, Vat};
use super::window::{Window, WindowState};
use crate::{Country, LegalCategory, LegalForm, LegalFormInfo, Money, TerritoryId};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// One criterion: a stable identifier (shown in API answers and used to
/// address it in the editor) and its rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Identifier, unique within the scheme (`beneficiary`, `themes`…).
    pub id: String,
    /// What the criterion checks.
    #[serde(flatten)]
    pub rule: Rule,
}

/// What a criterion checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Rule {
    /// Every child is met.
    All {
        /// Sub-criteria.
        children: Vec<Node>,
    },
    /// At least one child is met.
    Any {
        /// Sub-criteria.
        children: Vec<Node>,
    },
    /// At least `min` children are met.
    AtLeast {
        /// How many must be met.
        min: u32,
        /// Sub-criteria.
        children: Vec<Node>,
    },
    /// The applicant is registered in one of these countries.
    Country {
        /// Accepted countries.
        countries: Vec<Country>,
    },
    /// The applicant's legal form is in one of these categories or is one
    /// of these forms.
    Beneficiary {
        /// Accepted shared categories.
        #[serde(default)]
        categories: Vec<LegalCategory>,
        /// Accepted individual forms, beyond the categories.
        #[serde(default)]
        legal_forms: Vec<LegalForm>,
    },
    /// The applicant belongs to the social and solidarity economy.
    Sse,
    /// The applicant holds a label or approval (`esus`, `pl-social-enterprise`…).
    Label {
        /// The label.
        label: Label,
    },
    /// The project addresses at least `min` of these themes.
    Themes {
        /// Themes that count.
        themes: Vec<Theme>,
        /// How many are needed.
        min: u32,
    },
    /// The amount requested is at most `max`.
    RequestedMax {
        /// Ceiling, inclusive.
        max: Money,
    },
    /// The amount requested is at least `min`.
    RequestedMin {
        /// Floor, inclusive.
        min: Money,
    },
    /// The amount requested is at most this share of the eligible expenses.
    RateMax {
        /// Ceiling in basis points (8 000 = 80 %).
        basis_points: u32,
    },
    /// The eligible expenses reach `min`, counted excluding or including VAT.
    ExpensesMin {
        /// Floor, inclusive.
        min: Money,
        /// Whether `min` is excluding or including VAT.
        vat: Vat,
    },
    /// The project offers at least `min` of these services.
    Services {
        /// Services that count.
        services: Vec<Service>,
        /// How many are needed.
        min: u32,
    },
    /// The project holder makes this commitment.
    Commitment {
        /// The commitment.
        commitment: Commitment,
    },
    /// The project has at least `min` co-funders of these kinds.
    Cofunders {
        /// Kinds that count.
        kinds: Vec<CofunderKind>,
        /// How many are needed.
        min: u32,
    },
    /// Rules for projects carried by several organisations. A project with
    /// one member is not a consortium and meets this criterion.
    Consortium {
        /// A consortium must designate a lead partner.
        lead_partner_required: bool,
        /// Fewest members of a consortium.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_members: Option<u32>,
        /// Most members of a consortium.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_members: Option<u32>,
    },
}

impl Rule {
    /// Stable name of the rule type (the serde tag), for editors and logs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Rule::All { .. } => "all",
            Rule::Any { .. } => "any",
            Rule::AtLeast { .. } => "at_least",
            Rule::Country { .. } => "country",
            Rule::Beneficiary { .. } => "beneficiary",
            Rule::Sse => "sse",
            Rule::Label { .. } => "label",
            Rule::Themes { .. } => "themes",
            Rule::RequestedMax { .. } => "requested_max",
            Rule::RequestedMin { .. } => "requested_min",
            Rule::RateMax { .. } => "rate_max",
            Rule::ExpensesMin { .. } => "expenses_min",
            Rule::Services { .. } => "services",
            Rule::Commitment { .. } => "commitment",
            Rule::Cofunders { .. } => "cofunders",
            Rule::Consortium { .. } => "consortium",
        }
    }

    /// Children of a combinator; empty for a leaf.
    pub fn children(&self) -> &[Node] {
        match self {
            Rule::All { children } | Rule::Any { children } | Rule::AtLeast { children, .. } => {
                children
            }
            _ => &[],
        }
    }
}

impl Node {
    /// A criterion.
    pub fn new(id: &str, rule: Rule) -> Self {
        Self {
            id: id.to_owned(),
            rule,
        }
    }

    /// The criteria of a scheme that accepts everyone.
    pub fn empty() -> Self {
        Self::new("criteria", Rule::All { children: vec![] })
    }

    /// Depth-first walk over this node and its descendants.
    pub fn walk(&self) -> Vec<&Node> {
        let mut out = vec![self];
        let mut i = 0;
        while i < out.len() {
            // Insert children right after their parent to keep document order.
            let kids: Vec<&Node> = out[i].rule.children().iter().collect();
            let at = i + 1;
            out.splice(at..at, kids);
            i += 1;
        }
        out
    }

    /// The nodes combined by AND at the top of the tree: conditions every
    /// applicant must meet (used to derive the scheme's headline figures).
    pub fn required(&self) -> Vec<&Node> {
        match &self.rule {
            Rule::All { children } => children.iter().flat_map(|c| c.required()).collect(),
            _ => vec![self],
        }
    }

    /// Checks the tree is well formed: unique non-empty ids, thresholds
    /// that can be met, non-empty lists.
    pub fn validate(&self) -> Result<(), CriteriaError> {
        let nodes = self.walk();
        let mut seen = std::collections::HashSet::new();
        for n in &nodes {
            let id_ok = !n.id.is_empty()
                && n.id.len() <= 64
                && n.id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !id_ok {
                return Err(CriteriaError::BadId(n.id.clone()));
            }
            if !seen.insert(n.id.as_str()) {
                return Err(CriteriaError::DuplicateId(n.id.clone()));
            }
            let bad = |why| Err(CriteriaError::Invalid(n.id.clone(), why));
            match &n.rule {
                Rule::AtLeast { min, children } if *min as usize > children.len() || *min == 0 => {
                    return bad("min_out_of_range");
                }
                Rule::Any { children } if children.is_empty() => return bad("list_empty"),
                Rule::Country { countries } if countries.is_empty() => return bad("list_empty"),
                Rule::Beneficiary {
                    categories,
                    legal_forms,
                } => {
                    if categories.is_empty() && legal_forms.is_empty() {
                        return bad("list_empty");
                    }
                    if legal_forms.iter().any(|f| f.info().is_none()) {
                        return bad("legal_form_unknown");
                    }
                }
                Rule::Themes { themes, min } if *min == 0 || *min as usize > themes.len() => {
                    return bad("min_out_of_range");
                }
                Rule::Services { services, min } if *min == 0 || *min as usize > services.len() => {
                    return bad("min_out_of_range");
                }
                Rule::Cofunders { kinds, min } if *min == 0 || kinds.is_empty() => {
                    return bad("min_out_of_range");
                }
                Rule::RequestedMax { max: m } | Rule::RequestedMin { min: m } if m.minor < 0 => {
                    return bad("amount_negative");
                }
                Rule::ExpensesMin { min, .. } if min.minor < 0 => return bad("amount_negative"),
                Rule::RateMax { basis_points } if *basis_points == 0 || *basis_points > 10_000 => {
                    return bad("rate_out_of_range");
                }
                Rule::Consortium {
                    min_members,
                    max_members,
                    ..
                } => {
                    if let (Some(a), Some(b)) = (min_members, max_members)
                        && a > b
                    {
                        return bad("min_out_of_range");
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A malformed criteria tree.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CriteriaError {
    /// An identifier is empty, too long or has characters other than
    /// letters, digits, `-` and `_`.
    #[error("invalid criterion id {0:?}")]
    BadId(String),
    /// Two criteria share an identifier.
    #[error("duplicate criterion id {0:?}")]
    DuplicateId(String),
    /// A criterion's parameters cannot be used; the second field is the
    /// translation key suffix.
    #[error("criterion {0:?}: {1}")]
    Invalid(String, &'static str),
}

/// The answer of one criterion, or of a whole scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The condition holds.
    Met,
    /// The condition does not hold.
    NotMet,
    /// Information is missing to decide.
    Unknown,
}

impl Verdict {
    /// Stable string form (`met`, `not_met`, `unknown`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::NotMet => "not_met",
            Self::Unknown => "unknown",
        }
    }

    fn of(b: bool) -> Self {
        if b { Self::Met } else { Self::NotMet }
    }
}

/// A scheme's overall answer for one applicant and project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemeVerdict {
    /// Every criterion is met.
    Eligible,
    /// Nothing rules the applicant out, but some answers are missing.
    Unknown,
    /// At least one required criterion is not met.
    NotEligible,
}

impl SchemeVerdict {
    /// Stable string form (`eligible`, `not_eligible`, `unknown`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Eligible => "eligible",
            Self::NotEligible => "not_eligible",
            Self::Unknown => "unknown",
        }
    }
}

impl From<Verdict> for SchemeVerdict {
    fn from(v: Verdict) -> Self {
        match v {
            Verdict::Met => Self::Eligible,
            Verdict::NotMet => Self::NotEligible,
            Verdict::Unknown => Self::Unknown,
        }
    }
}

/// A typed argument of a reason, formatted by the reader's locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A count or plain integer.
    Int(i64),
    /// An amount.
    Money(Money),
    /// A rate in basis points (8 000 = 80 %).
    Rate(u32),
    /// An instant, shown in `zone` (the scheme's zone).
    Instant(Timestamp, String),
    /// Codes of a vocabulary (`themes`, `services`, `commitments`,
    /// `cofunder_kinds`, `beneficiary_categories`, `vat`, `countries`,
    /// `labels`), shown by their labels.
    Codes(&'static str, Vec<String>),
    /// Legal forms, shown by their official labels.
    LegalForms(Vec<LegalForm>),
    /// Territories, shown by their names.
    Territories(Vec<TerritoryId>),
    /// A request field (`applicant.location`), shown by its question.
    Field(&'static str),
}

/// Why a criterion answered as it did: a message key (`elig-…`) and its
/// arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Message key in the catalogues.
    pub key: &'static str,
    /// Named arguments of the message.
    pub args: Vec<(&'static str, Arg)>,
}

impl Reason {
    fn new(key: &'static str) -> Self {
        Self { key, args: vec![] }
    }

    fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    fn missing(field: &'static str) -> Self {
        Self::new("elig-missing").arg("field", Arg::Field(field))
    }

    /// The request fields this reason asks for, if it is an "unknown".
    pub fn missing_field(&self) -> Option<&'static str> {
        (self.key == "elig-missing" || self.key == "elig-missing-vat")
            .then(|| {
                self.args.iter().find_map(|(n, a)| match (n, a) {
                    (&"field", Arg::Field(f)) => Some(*f),
                    _ => None,
                })
            })
            .flatten()
    }
}

/// The answer of one criterion, in the order of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Criterion identifier (`open` and `perimeter` for the scheme's dates
    /// and territory, which every scheme has).
    pub id: String,
    /// Depth in the tree: 0 for the top-level conditions.
    pub depth: u8,
    /// Whether it is a combinator.
    pub group: bool,
    /// The answer.
    pub verdict: Verdict,
    /// Why.
    pub reason: Reason,
}

/// Who applies, as far as it is known.
#[derive(Debug, Clone, Default)]
pub struct Applicant {
    /// Country of registration.
    pub country: Option<Country>,
    /// Legal form, when the code is known.
    pub form: Option<&'static LegalFormInfo>,
    /// Category, when only the category is known (facet counts, wizard).
    /// Ignored when `form` is set.
    pub category: Option<LegalCategory>,
    /// The applicant's place followed by all its ancestors; `None` when the
    /// location is unknown.
    pub places: Option<Vec<TerritoryId>>,
    /// Declared SSE membership.
    pub ess: Option<bool>,
    /// Labels held.
    pub labels: Option<Vec<Label>>,
}

impl Applicant {
    fn category(&self) -> Option<LegalCategory> {
        self.form.map(|f| f.category).or(self.category)
    }
}

/// A consortium's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consortium {
    /// Number of organisations, the applicant included.
    pub members: u32,
    /// Whether one of them is designated lead partner.
    pub lead_partner: bool,
}

/// What is asked for, as far as it is known.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// Themes addressed.
    pub themes: Option<Vec<Theme>>,
    /// Amount requested.
    pub requested: Option<Money>,
    /// Eligible expenses and whether they include VAT.
    pub expenses: Option<(Money, Vat)>,
    /// Services offered.
    pub services: Option<Vec<Service>>,
    /// Kinds of the co-funders, one entry per co-funder.
    pub cofunders: Option<Vec<CofunderKind>>,
    /// Commitments made.
    pub commitments: Option<Vec<Commitment>>,
    /// Consortium shape.
    pub consortium: Option<Consortium>,
}

/// Everything the engine reads.
#[derive(Debug, Clone)]
pub struct Question {
    /// The instant eligibility is judged at.
    pub at: Timestamp,
    /// The applicant.
    pub applicant: Applicant,
    /// The project.
    pub project: Project,
}

/// The parts of a scheme that decide eligibility.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// Application window.
    pub window: &'a Window,
    /// Territories the scheme covers; empty means no restriction.
    pub perimeter: &'a [TerritoryId],
    /// Criteria tree.
    pub criteria: &'a Node,
}

/// A scheme's evaluation.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Overall answer.
    pub verdict: SchemeVerdict,
    /// One finding per criterion, depth first; `open` and `perimeter` first.
    pub findings: Vec<Finding>,
}

impl Evaluation {
    /// Top-level conditions that are not met. A scheme that fails exactly one
    /// is a near miss.
    pub fn failed(&self) -> Vec<&Finding> {
        self.findings
            .iter()
            .filter(|f| f.depth == 0 && f.verdict == Verdict::NotMet)
            .collect()
    }

    /// Request fields whose answers are missing, without duplicates.
    pub fn missing_fields(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = vec![];
        for f in &self.findings {
            if f.verdict == Verdict::Unknown
                && let Some(field) = f.reason.missing_field()
                && !out.contains(&field)
            {
                out.push(field);
            }
        }
        out
    }
}

/// Evaluates a scheme with its reasons.
pub fn evaluate(rules: Rules<'_>, q: &Question) -> Evaluation {
    let mut findings = Vec::with_capacity(8);
    let v = eval_scheme(rules, q, Some(&mut findings));
    Evaluation {
        verdict: v.into(),
        findings,
    }
}

/// Evaluates a scheme without building reasons (the fast path used to
/// filter a whole catalogue).
pub fn verdict(rules: Rules<'_>, q: &Question) -> SchemeVerdict {
    eval_scheme(rules, q, None).into()
}

type Sink<'s> = Option<&'s mut Vec<Finding>>;

fn push(
    out: &mut Sink<'_>,
    id: &str,
    depth: u8,
    group: bool,
    verdict: Verdict,
    reason: impl FnOnce() -> Reason,
) {
    if let Some(out) = out.as_deref_mut() {
        out.push(Finding {
            id: id.to_owned(),
            depth,
            group,
            verdict,
            reason: reason(),
        });
    }
}

fn and(a: Verdict, b: Verdict) -> Verdict {
    match (a, b) {
        (Verdict::NotMet, _) | (_, Verdict::NotMet) => Verdict::NotMet,
        (Verdict::Unknown, _) | (_, Verdict::Unknown) => Verdict::Unknown,
        _ => Verdict::Met,
    }
}

fn eval_scheme(rules: Rules<'_>, q: &Question, mut out: Sink<'_>) -> Verdict {
    let open = eval_window(rules.window, q.at, &mut out);
    // Without reasons, a closed window settles the answer: skip the rest.
    if out.is_none() && open == Verdict::NotMet {
        return open;
    }
    let place = eval_perimeter(rules.perimeter, &q.applicant, &mut out);
    if out.is_none() && place == Verdict::NotMet {
        return place;
    }
    let tree = eval_tree(rules.criteria, q, &mut out);
    and(and(open, place), tree)
}

/// Evaluates the criteria tree alone, without reasons: the window and the
/// perimeter are left out. For indexes that settle those two themselves
/// ([`super::catalogue::Catalogue`], [`super::audience::Audience`]); the
/// scheme's verdict is then the AND of theirs and this one.
pub fn tree_verdict(criteria: &Node, q: &Question) -> Verdict {
    eval_tree(criteria, q, &mut None)
}

fn eval_tree(criteria: &Node, q: &Question, out: &mut Sink<'_>) -> Verdict {
    // The root combinator's children are the top-level conditions.
    match &criteria.rule {
        Rule::All { children } => {
            let mut v = Verdict::Met;
            for c in children {
                v = and(v, eval_node(c, q, 0, out));
                if out.is_none() && v == Verdict::NotMet {
                    break;
                }
            }
            v
        }
        _ => eval_node(criteria, q, 0, out),
    }
}

fn eval_window(w: &Window, at: Timestamp, out: &mut Sink<'_>) -> Verdict {
    let zone = || w.zone.clone();
    match w.state_at(at) {
        WindowState::Open { closes: None, .. } => {
            push(out, "open", 0, false, Verdict::Met, || {
                Reason::new("elig-open-permanent")
            });
            Verdict::Met
        }
        WindowState::Open {
            closes: Some(c), ..
        } => {
            push(out, "open", 0, false, Verdict::Met, || {
                Reason::new("elig-open-met")
                    .arg("at", Arg::Instant(at, zone()))
                    .arg("closes", Arg::Instant(c, zone()))
            });
            Verdict::Met
        }
        WindowState::Upcoming { opens, .. } => {
            push(out, "open", 0, false, Verdict::NotMet, || {
                Reason::new("elig-open-upcoming")
                    .arg("at", Arg::Instant(at, zone()))
                    .arg("opens", Arg::Instant(opens, zone()))
            });
            Verdict::NotMet
        }
        WindowState::Closed { closed, .. } => {
            push(out, "open", 0, false, Verdict::NotMet, || {
                Reason::new("elig-open-closed")
                    .arg("at", Arg::Instant(at, zone()))
                    .arg("closed", Arg::Instant(closed, zone()))
            });
            Verdict::NotMet
        }
    }
}

fn eval_perimeter(perimeter: &[TerritoryId], a: &Applicant, out: &mut Sink<'_>) -> Verdict {
    if perimeter.is_empty() {
        return Verdict::Met;
    }
    let Some(places) = &a.places else {
        push(out, "perimeter", 0, false, Verdict::Unknown, || {
            Reason::missing("applicant.location")
        });
        return Verdict::Unknown;
    };
    let inside = perimeter.iter().find(|t| places.contains(t));
    let v = Verdict::of(inside.is_some());
    push(out, "perimeter", 0, false, v, || {
        let key = if inside.is_some() {
            "elig-perimeter-met"
        } else {
            "elig-perimeter-not-met"
        };
        Reason::new(key)
            .arg(
                "place",
                Arg::Territories(places.iter().take(1).cloned().collect()),
            )
            .arg("perimeter", Arg::Territories(perimeter.to_vec()))
    });
    v
}

fn codes<T: ToString>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

fn eval_node(node: &Node, q: &Question, depth: u8, out: &mut Sink<'_>) -> Verdict {
    let id = node.id.as_str();
    let a = &q.applicant;
    let p = &q.project;
    match &node.rule {
        Rule::All { children } | Rule::Any { children } | Rule::AtLeast { children, .. } => {
            // Reserve the group's place so it comes before its children.
            let slot = out.as_deref().map(Vec::len);
            if let Some(o) = out.as_deref_mut() {
                o.push(Finding {
                    id: id.to_owned(),
                    depth,
                    group: true,
                    verdict: Verdict::Unknown,
                    reason: Reason::new("elig-group"),
                });
            }
            let (mut met, mut unknown) = (0u32, 0u32);
            for c in children {
                match eval_node(c, q, depth.saturating_add(1), out) {
                    Verdict::Met => met += 1,
                    Verdict::Unknown => unknown += 1,
                    Verdict::NotMet => {}
                }
            }
            let total = u32::try_from(children.len()).unwrap_or(u32::MAX);
            let need = match &node.rule {
                Rule::All { .. } => total,
                Rule::Any { .. } => 1,
                Rule::AtLeast { min, .. } => *min,
                _ => unreachable!("only combinators reach here"),
            };
            let v = if met >= need {
                Verdict::Met
            } else if met + unknown >= need {
                Verdict::Unknown
            } else {
                Verdict::NotMet
            };
            if let (Some(o), Some(i)) = (out.as_deref_mut(), slot) {
                let key = match (&node.rule, v) {
                    (Rule::All { .. }, Verdict::Met) => "elig-all-met",
                    (Rule::All { .. }, Verdict::NotMet) => "elig-all-not-met",
                    (Rule::All { .. }, Verdict::Unknown) => "elig-all-unknown",
                    (_, Verdict::Met) => "elig-at-least-met",
                    (_, Verdict::NotMet) => "elig-at-least-not-met",
                    (_, Verdict::Unknown) => "elig-at-least-unknown",
                };
                o[i].verdict = v;
                o[i].reason = Reason::new(key)
                    .arg("need", Arg::Int(need.into()))
                    .arg("met", Arg::Int(met.into()))
                    .arg("unknown", Arg::Int(unknown.into()))
                    .arg("total", Arg::Int(total.into()));
            }
            v
        }
        Rule::Country { countries } => {
            let Some(c) = a.country else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("applicant.country")
                });
                return Verdict::Unknown;
            };
            let v = Verdict::of(countries.contains(&c));
            push(out, id, depth, false, v, || {
                Reason::new(if v == Verdict::Met {
                    "elig-country-met"
                } else {
                    "elig-country-not-met"
                })
                .arg("country", Arg::Codes("countries", vec![c.to_string()]))
                .arg("allowed", Arg::Codes("countries", codes(countries)))
            });
            v
        }
        Rule::Beneficiary {
            categories,
            legal_forms,
        } => {
            let allowed = || {
                Reason::new("")
                    .arg(
                        "categories",
                        Arg::Codes("beneficiary_categories", codes(categories)),
                    )
                    .arg("forms", Arg::LegalForms(legal_forms.clone()))
            };
            if let Some(f) = a.form {
                // Compare through the reference table, which reads codes the
                // way `validate` does (trimmed, Polish codes zero-padded).
                let by_form = legal_forms.iter().any(|l| {
                    l.info()
                        .is_some_and(|i| i.country == f.country && i.code == f.code)
                });
                let v = Verdict::of(by_form || categories.contains(&f.category));
                push(out, id, depth, false, v, || {
                    let mut r = allowed();
                    r.key = if v == Verdict::Met {
                        "elig-beneficiary-met"
                    } else {
                        "elig-beneficiary-not-met"
                    };
                    r.arg(
                        "form",
                        Arg::LegalForms(vec![LegalForm {
                            country: f.country,
                            code: f.code.to_owned(),
                        }]),
                    )
                    .arg(
                        "category",
                        Arg::Codes("beneficiary_categories", vec![f.category.to_string()]),
                    )
                });
                return v;
            }
            if let Some(cat) = a.category() {
                if categories.contains(&cat) {
                    push(out, id, depth, false, Verdict::Met, || {
                        let mut r = allowed();
                        r.key = "elig-beneficiary-category-met";
                        r.arg(
                            "category",
                            Arg::Codes("beneficiary_categories", vec![cat.to_string()]),
                        )
                    });
                    return Verdict::Met;
                }
                let some_form = legal_forms
                    .iter()
                    .any(|l| l.info().is_some_and(|i| i.category == cat));
                if !some_form {
                    push(out, id, depth, false, Verdict::NotMet, || {
                        let mut r = allowed();
                        r.key = "elig-beneficiary-category-not-met";
                        r.arg(
                            "category",
                            Arg::Codes("beneficiary_categories", vec![cat.to_string()]),
                        )
                    });
                    return Verdict::NotMet;
                }
            }
            push(out, id, depth, false, Verdict::Unknown, || {
                Reason::missing("applicant.legal_form")
            });
            Verdict::Unknown
        }
        Rule::Sse => {
            let by_status = a.form.is_some_and(|f| f.sse_by_status)
                || (a.form.is_none()
                    && a.category.is_some_and(|c| match c {
                        LegalCategory::Association | LegalCategory::Foundation => true,
                        // Polish cooperatives and mutuals are not SSE by
                        // status (see `legal_form::pl`): only French ones are.
                        LegalCategory::Cooperative | LegalCategory::Mutual => {
                            a.country == Some(Country::Fr)
                        }
                        _ => false,
                    }));
            // The SSE is made of private-law persons (law of 31 July 2014,
            // art. 1; PL ustawa o ekonomii społecznej, art. 2): a public body
            // is not one, whatever it declares.
            let public = matches!(
                a.category(),
                Some(LegalCategory::PublicAuthority | LegalCategory::PublicLawGroup)
            );
            let (v, key) = match (by_status, a.ess) {
                _ if public => (Verdict::NotMet, "elig-sse-public"),
                (true, _) => (Verdict::Met, "elig-sse-status"),
                (false, Some(true)) => (Verdict::Met, "elig-sse-declared"),
                (false, Some(false)) => (Verdict::NotMet, "elig-sse-not-met"),
                (false, None) => (Verdict::Unknown, ""),
            };
            if v == Verdict::Unknown {
                push(out, id, depth, false, v, || {
                    Reason::missing("applicant.ess")
                });
            } else {
                push(out, id, depth, false, v, || {
                    // Always present (possibly empty) so every message has its arguments.
                    let form: Vec<LegalForm> = a
                        .form
                        .map(|f| LegalForm {
                            country: f.country,
                            code: f.code.to_owned(),
                        })
                        .into_iter()
                        .collect();
                    Reason::new(key).arg("form", Arg::LegalForms(form))
                });
            }
            v
        }
        Rule::Label { label } => {
            let Some(labels) = &a.labels else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("applicant.labels")
                });
                return Verdict::Unknown;
            };
            let v = Verdict::of(labels.contains(label));
            push(out, id, depth, false, v, || {
                Reason::new(if v == Verdict::Met {
                    "elig-label-met"
                } else {
                    "elig-label-not-met"
                })
                .arg("label", Arg::Codes("labels", vec![label.to_string()]))
            });
            v
        }
        Rule::Themes { themes, min } => {
            let Some(given) = &p.themes else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.themes")
                });
                return Verdict::Unknown;
            };
            let matched: Vec<Theme> = themes
                .iter()
                .copied()
                .filter(|t| given.contains(t))
                .collect();
            let v = Verdict::of(matched.len() >= *min as usize);
            push(out, id, depth, false, v, || {
                Reason::new(if v == Verdict::Met {
                    "elig-themes-met"
                } else {
                    "elig-themes-not-met"
                })
                .arg("matched", Arg::Codes("themes", codes(&matched)))
                .arg("count", Arg::Int(matched.len() as i64))
                .arg("min", Arg::Int((*min).into()))
                .arg("allowed", Arg::Codes("themes", codes(themes)))
            });
            v
        }
        Rule::RequestedMax { max } | Rule::RequestedMin { min: max } => {
            let is_max = matches!(node.rule, Rule::RequestedMax { .. });
            let Some(req) = p.requested else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.requested")
                });
                return Verdict::Unknown;
            };
            if req.currency != max.currency {
                push(out, id, depth, false, Verdict::Unknown, || {
                    currency_reason(*max)
                });
                return Verdict::Unknown;
            }
            let ok = if is_max {
                req.minor <= max.minor
            } else {
                req.minor >= max.minor
            };
            let v = Verdict::of(ok);
            push(out, id, depth, false, v, || {
                let key = match (is_max, ok) {
                    (true, true) => "elig-requested-max-met",
                    (true, false) => "elig-requested-max-not-met",
                    (false, true) => "elig-requested-min-met",
                    (false, false) => "elig-requested-min-not-met",
                };
                Reason::new(key)
                    .arg("requested", Arg::Money(req))
                    .arg("limit", Arg::Money(*max))
            });
            v
        }
        Rule::RateMax { basis_points } => {
            let (Some(req), Some((exp, _))) = (p.requested, p.expenses) else {
                let field = if p.requested.is_none() {
                    "project.requested"
                } else {
                    "project.eligible_expenses"
                };
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing(field)
                });
                return Verdict::Unknown;
            };
            if req.currency != exp.currency {
                push(out, id, depth, false, Verdict::Unknown, || {
                    currency_reason(exp)
                });
                return Verdict::Unknown;
            }
            // requested / expenses <= bp / 10 000, in integers to stay exact.
            let ok = exp.minor > 0
                && i128::from(req.minor) * 10_000
                    <= i128::from(exp.minor) * i128::from(*basis_points);
            let rate = if exp.minor > 0 {
                u32::try_from(i128::from(req.minor) * 10_000 / i128::from(exp.minor))
                    .unwrap_or(u32::MAX)
            } else {
                u32::MAX
            };
            let v = Verdict::of(ok);
            push(out, id, depth, false, v, || {
                Reason::new(if ok {
                    "elig-rate-met"
                } else {
                    "elig-rate-not-met"
                })
                .arg("rate", Arg::Rate(rate))
                .arg("limit", Arg::Rate(*basis_points))
                .arg("requested", Arg::Money(req))
                .arg("expenses", Arg::Money(exp))
            });
            v
        }
        Rule::ExpensesMin { min, vat } => {
            let Some((exp, given_vat)) = p.expenses else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.eligible_expenses")
                });
                return Verdict::Unknown;
            };
            if exp.currency != min.currency {
                push(out, id, depth, false, Verdict::Unknown, || {
                    currency_reason(*min)
                });
                return Verdict::Unknown;
            }
            let reaches = exp.minor >= min.minor;
            // An amount incl. VAT is at least the same amount excl. VAT, so
            // some comparisons across bases are still conclusive.
            let v = match (vat, given_vat) {
                (Vat::Excl, Vat::Excl) | (Vat::Incl, Vat::Incl) => Verdict::of(reaches),
                (Vat::Excl, Vat::Incl) => {
                    if reaches {
                        Verdict::Unknown
                    } else {
                        Verdict::NotMet
                    }
                }
                (Vat::Incl, Vat::Excl) => {
                    if reaches {
                        Verdict::Met
                    } else {
                        Verdict::Unknown
                    }
                }
            };
            push(out, id, depth, false, v, || {
                let key = match v {
                    Verdict::Met => "elig-expenses-met",
                    Verdict::NotMet => "elig-expenses-not-met",
                    Verdict::Unknown => "elig-missing-vat",
                };
                Reason::new(key)
                    .arg("expenses", Arg::Money(exp))
                    .arg("given_vat", Arg::Codes("vat", vec![given_vat.to_string()]))
                    .arg("limit", Arg::Money(*min))
                    .arg("vat", Arg::Codes("vat", vec![vat.to_string()]))
                    .arg("field", Arg::Field("project.eligible_expenses"))
            });
            v
        }
        Rule::Services { services, min } => {
            let Some(given) = &p.services else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.services")
                });
                return Verdict::Unknown;
            };
            let matched: Vec<Service> = services
                .iter()
                .copied()
                .filter(|s| given.contains(s))
                .collect();
            let v = Verdict::of(matched.len() >= *min as usize);
            push(out, id, depth, false, v, || {
                Reason::new(if v == Verdict::Met {
                    "elig-services-met"
                } else {
                    "elig-services-not-met"
                })
                .arg("matched", Arg::Codes("services", codes(&matched)))
                .arg("count", Arg::Int(matched.len() as i64))
                .arg("min", Arg::Int((*min).into()))
                .arg("allowed", Arg::Codes("services", codes(services)))
            });
            v
        }
        Rule::Commitment { commitment } => {
            let Some(given) = &p.commitments else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.commitments")
                });
                return Verdict::Unknown;
            };
            let v = Verdict::of(given.contains(commitment));
            push(out, id, depth, false, v, || {
                Reason::new(if v == Verdict::Met {
                    "elig-commitment-met"
                } else {
                    "elig-commitment-not-met"
                })
                .arg(
                    "commitment",
                    Arg::Codes("commitments", vec![commitment.to_string()]),
                )
            });
            v
        }
        Rule::Cofunders { kinds, min } => {
            let Some(given) = &p.cofunders else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.cofunders")
                });
                return Verdict::Unknown;
            };
            let matched: Vec<CofunderKind> = given
                .iter()
                .copied()
                .filter(|k| kinds.contains(k))
                .collect();
            let v = Verdict::of(matched.len() >= *min as usize);
            push(out, id, depth, false, v, || {
                Reason::new(if v == Verdict::Met {
                    "elig-cofunders-met"
                } else {
                    "elig-cofunders-not-met"
                })
                .arg("matched", Arg::Codes("cofunder_kinds", codes(&matched)))
                .arg("given", Arg::Codes("cofunder_kinds", codes(given)))
                .arg("count", Arg::Int(matched.len() as i64))
                .arg("min", Arg::Int((*min).into()))
                .arg("allowed", Arg::Codes("cofunder_kinds", codes(kinds)))
            });
            v
        }
        Rule::Consortium {
            lead_partner_required,
            min_members,
            max_members,
        } => {
            let Some(c) = p.consortium else {
                push(out, id, depth, false, Verdict::Unknown, || {
                    Reason::missing("project.consortium")
                });
                return Verdict::Unknown;
            };
            let (v, key) = if c.members <= 1 {
                (Verdict::Met, "elig-consortium-single")
            } else if *lead_partner_required && !c.lead_partner {
                (Verdict::NotMet, "elig-consortium-no-lead")
            } else if min_members.is_some_and(|m| c.members < m) {
                (Verdict::NotMet, "elig-consortium-too-few")
            } else if max_members.is_some_and(|m| c.members > m) {
                (Verdict::NotMet, "elig-consortium-too-many")
            } else {
                (Verdict::Met, "elig-consortium-met")
            };
            push(out, id, depth, false, v, || {
                Reason::new(key)
                    .arg("members", Arg::Int(c.members.into()))
                    .arg("min", Arg::Int(min_members.map_or(0, i64::from)))
                    .arg("max", Arg::Int(max_members.map_or(0, i64::from)))
            });
            v
        }
    }
}

fn currency_reason(expected: Money) -> Reason {
    Reason::new("elig-currency").arg(
        "currency",
        Arg::Codes("currencies", vec![expected.currency.to_string()]),
    )
}
