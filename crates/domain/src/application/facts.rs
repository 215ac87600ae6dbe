//! What an application's answers tell the eligibility engine, and the checks that span
//! several fields. The engine re-run at submission reads the application itself: each field
//! that [`Feeds`] a fact provides it, so officers configure the mapping with the form and the
//! applicant never answers the same question twice.
//!
//! A draft is read [`Completeness::Partial`]: an unanswered field is an unknown fact. At
//! submission ([`Completeness::Final`]) every visible required field is answered, so an
//! unanswered optional list (co-funders, commitments) means "none", and a hidden partner list
//! means the applicant applies alone.

use serde_json::Value;

use super::budget::{BudgetLine, BudgetTotals, CofundingLine, CofundingTotals, balance};
use super::form::{Answers, Feeds, Field, FieldKind, Form, Partner, Problem};
use crate::scheme::criteria::{Consortium, Project};
use crate::scheme::vocab::{CofunderKind, Service, Theme, Vat};
use crate::{Currency, Money};

/// How to read unanswered fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// A draft: unanswered means unknown.
    Partial,
    /// A submission: unanswered optional lists mean none.
    Final,
}

fn answered<'a>(form: &Form, f: &Field, answers: &'a Answers) -> Option<&'a Value> {
    if !form.visible(f, answers) {
        return None;
    }
    answers.get(&f.id).filter(|v| match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    })
}

fn codes<T: std::str::FromStr>(v: &Value) -> Option<Vec<T>> {
    let picked: Vec<String> = serde_json::from_value(v.clone()).ok()?;
    Some(picked.iter().filter_map(|s| s.parse().ok()).collect())
}

fn amount(v: &Value) -> Option<i64> {
    v.get("amount_minor").and_then(Value::as_i64)
}

/// The eligible total of a budget answer, when it reads as one.
pub fn budget_eligible(v: &Value) -> Option<i64> {
    let lines: Vec<BudgetLine> = serde_json::from_value(v.clone()).ok()?;
    lines
        .iter()
        .filter(|l| l.eligible && l.amount_minor >= 0)
        .try_fold(0i64, |acc, l| acc.checked_add(l.amount_minor))
}

/// The whole total of a budget answer, when it reads as one.
pub fn budget_total(v: &Value) -> Option<i64> {
    let lines: Vec<BudgetLine> = serde_json::from_value(v.clone()).ok()?;
    lines
        .iter()
        .filter(|l| l.amount_minor >= 0)
        .try_fold(0i64, |acc, l| acc.checked_add(l.amount_minor))
}

fn cofunders(v: Option<&Value>, how: Completeness) -> Option<Vec<CofunderKind>> {
    let Some(v) = v else {
        return (how == Completeness::Final).then(Vec::new);
    };
    let lines: Vec<CofundingLine> = serde_json::from_value(v.clone()).ok()?;
    // A public line without its kind cannot be told apart: the whole fact is unknown.
    lines
        .iter()
        .map(|l| {
            l.funder_kind.or(match l.kind {
                super::budget::PublicPrivate::Private => Some(CofunderKind::Private),
                super::budget::PublicPrivate::Public => None,
            })
        })
        .collect()
}

fn consortium(form: &Form, f: &Field, answers: &Answers, how: Completeness) -> Option<Consortium> {
    if !form.visible(f, answers) {
        return (how == Completeness::Final).then_some(Consortium {
            members: 1,
            lead_partner: false,
        });
    }
    let partners: Vec<Partner> =
        serde_json::from_value(answered(form, f, answers)?.clone()).ok()?;
    Some(Consortium {
        members: u32::try_from(partners.len()).unwrap_or(u32::MAX),
        lead_partner: partners.iter().any(|p| p.lead),
    })
}

/// The project as the eligibility engine sees it, from the answers of a form whose amounts
/// are in `currency`.
pub fn project(form: &Form, answers: &Answers, currency: Currency, how: Completeness) -> Project {
    let mut p = Project::default();
    for (_, f) in form.fields() {
        let Some(feeds) = &f.feeds else { continue };
        let v = answered(form, f, answers);
        match feeds {
            Feeds::Themes => p.themes = v.and_then(codes::<Theme>),
            Feeds::Services => p.services = v.and_then(codes::<Service>),
            Feeds::Requested => {
                p.requested = v.and_then(amount).map(|m| Money::new(m, currency));
            }
            Feeds::EligibleExpenses => {
                p.expenses = match &f.kind {
                    FieldKind::Budget { vat, .. } => v
                        .and_then(budget_eligible)
                        .map(|m| (Money::new(m, currency), *vat)),
                    FieldKind::Money { vat } => {
                        v.and_then(amount).map(|m| (Money::new(m, currency), *vat))
                    }
                    _ => None,
                };
            }
            Feeds::Cofunders => p.cofunders = cofunders(v, how),
            Feeds::Consortium => p.consortium = consortium(form, f, answers, how),
            Feeds::Commitment(c) => {
                let ticked = match v {
                    Some(Value::Bool(b)) => Some(*b),
                    Some(_) => None,
                    None => (how == Completeness::Final).then_some(false),
                };
                if let Some(t) = ticked {
                    let list = p.commitments.get_or_insert_with(Vec::new);
                    if t && !list.contains(c) {
                        list.push(*c);
                    }
                }
            }
        }
    }
    p
}

fn fed<'a>(form: &'a Form, answers: &Answers, feeds: &Feeds) -> Option<&'a Field> {
    form.fields()
        .map(|(_, f)| f)
        .find(|f| f.feeds.as_ref() == Some(feeds) && form.visible(f, answers))
}

/// Checks that span several fields, run at submission after each field was read alone:
/// the amount requested does not exceed the eligible expenses, and, when the form asks for
/// it, the budget balances (expenses = amount requested + co-funding).
pub fn cross_checks(form: &Form, answers: &Answers) -> Vec<Problem> {
    let mut out = Vec::new();
    let requested_field = fed(form, answers, &Feeds::Requested);
    let requested = requested_field
        .and_then(|f| answers.get(&f.id))
        .and_then(amount);
    let expenses_field = fed(form, answers, &Feeds::EligibleExpenses);
    let eligible = expenses_field.and_then(|f| {
        let v = answers.get(&f.id)?;
        match f.kind {
            FieldKind::Budget { .. } => budget_eligible(v),
            _ => amount(v),
        }
    });
    if let (Some(rf), Some(r), Some(e)) = (requested_field, requested, eligible)
        && r > e
    {
        out.push(Problem {
            field: rf.id.clone(),
            code: "requested_over_expenses",
        });
    }
    if form.balanced_budget {
        let budget = form
            .fields()
            .map(|(_, f)| f)
            .find(|f| matches!(f.kind, FieldKind::Budget { .. }) && form.visible(f, answers));
        let total = budget
            .and_then(|f| answers.get(&f.id))
            .and_then(budget_total);
        let cofunding: i64 = form
            .fields()
            .map(|(_, f)| f)
            .filter(|f| matches!(f.kind, FieldKind::Cofunding) && form.visible(f, answers))
            .filter_map(|f| answers.get(&f.id))
            .filter_map(|v| serde_json::from_value::<Vec<CofundingLine>>(v.clone()).ok())
            .filter_map(|l| CofundingTotals::compute(&l).ok())
            .map(|t| t.total())
            .sum();
        if let (Some(b), Some(t), Some(r)) = (budget, total, requested)
            && balance(t, r, cofunding).is_err()
        {
            out.push(Problem {
                field: b.id.clone(),
                code: "budget_unbalanced",
            });
        }
    }
    out
}

/// The totals shown under a budget table and exported as columns: whole, eligible, and by
/// phase, from an answer already read by [`Form::check`].
pub fn budget_totals(f: &Field, v: &Value) -> Option<BudgetTotals> {
    let FieldKind::Budget {
        phases,
        categories,
        years,
        ..
    } = &f.kind
    else {
        return None;
    };
    let lines: Vec<BudgetLine> = serde_json::from_value(v.clone()).ok()?;
    let phases: Vec<String> = phases.iter().map(|c| c.value.clone()).collect();
    let categories: Vec<String> = categories.iter().map(|c| c.value.clone()).collect();
    BudgetTotals::compute(
        &lines,
        super::budget::BudgetRules {
            phases: &phases,
            categories: &categories,
            years: *years,
        },
    )
    .ok()
}

/// The VAT basis of the eligible-expenses field, if the form has one.
pub fn expenses_vat(form: &Form) -> Option<Vat> {
    form.fields().find_map(|(_, f)| match (&f.feeds, &f.kind) {
        (
            Some(Feeds::EligibleExpenses),
            FieldKind::Budget { vat, .. } | FieldKind::Money { vat },
        ) => Some(*vat),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::form::{Choice, Section, ShowIf};
    use crate::scheme::LocalText;
    use crate::scheme::vocab::Commitment;
    use serde_json::json;

    fn field(id: &str, kind: FieldKind, feeds: Option<Feeds>) -> Field {
        Field {
            id: id.into(),
            label: LocalText::all(id),
            help: LocalText::default(),
            required: false,
            kind,
            show_if: None,
            feeds,
        }
    }

    fn choice(v: &str) -> Choice {
        Choice {
            value: v.into(),
            label: LocalText::all(v),
        }
    }

    /// A form feeding every fact, the partner list shown only for a consortium.
    fn form() -> Form {
        let mut partners = field(
            "partners",
            FieldKind::Partners {
                min: None,
                max: None,
            },
            Some(Feeds::Consortium),
        );
        partners.show_if = Some(ShowIf {
            field: "is_consortium".into(),
            equals: "true".into(),
        });
        Form {
            sections: vec![Section {
                id: "s".into(),
                title: LocalText::all("S"),
                help: LocalText::default(),
                show_if: None,
                fields: vec![
                    field(
                        "themes",
                        FieldKind::MultipleChoice {
                            options: vec![choice("coworking"), choice("tiers-lieux")],
                            min: None,
                            max: None,
                        },
                        Some(Feeds::Themes),
                    ),
                    field(
                        "services",
                        FieldKind::MultipleChoice {
                            options: vec![choice("fab-lab"), choice("coworking")],
                            min: None,
                            max: None,
                        },
                        Some(Feeds::Services),
                    ),
                    field(
                        "requested",
                        FieldKind::Money { vat: Vat::Excl },
                        Some(Feeds::Requested),
                    ),
                    field(
                        "budget",
                        FieldKind::Budget {
                            phases: vec![],
                            categories: vec![],
                            years: None,
                            vat: Vat::Excl,
                        },
                        Some(Feeds::EligibleExpenses),
                    ),
                    field("cofunding", FieldKind::Cofunding, Some(Feeds::Cofunders)),
                    field(
                        "staff",
                        FieldKind::Declaration,
                        Some(Feeds::Commitment(Commitment::AnimationStaff)),
                    ),
                    field("is_consortium", FieldKind::Declaration, None),
                    partners,
                ],
            }],
            balanced_budget: true,
        }
    }

    fn answers(v: Value) -> Answers {
        serde_json::from_value(v).unwrap()
    }

    fn line(amount: i64, eligible: bool) -> Value {
        json!({"phase": "p", "year": 2024, "category": "c", "amount_minor": amount, "eligible": eligible})
    }

    #[test]
    fn the_form_feeding_every_fact_is_valid_and_misfits_are_refused() {
        let f = form();
        assert_eq!(f.validate(), vec![]);
        let mut bad = form();
        bad.sections[0].fields[2].feeds = Some(Feeds::Themes);
        bad.sections[0].fields[3].feeds = Some(Feeds::Themes);
        let codes: Vec<_> = bad
            .validate()
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("requested".to_owned(), "form_feeds_invalid"),
                ("budget".to_owned(), "form_feeds_invalid")
            ]
        );
        let mut twice = form();
        twice.sections[0].fields[1].feeds = Some(Feeds::Themes);
        twice.sections[0].fields[1].kind = FieldKind::MultipleChoice {
            options: vec![choice("coworking")],
            min: None,
            max: None,
        };
        assert_eq!(twice.validate()[0].code, "form_feeds_twice");
        // A services field whose options are not service codes cannot feed services.
        let mut odd = form();
        odd.sections[0].fields[1].kind = FieldKind::MultipleChoice {
            options: vec![choice("painting")],
            min: None,
            max: None,
        };
        assert_eq!(odd.validate()[0].code, "form_feeds_invalid");
    }

    #[test]
    fn a_draft_with_nothing_answered_knows_nothing() {
        let p = project(
            &form(),
            &Answers::new(),
            Currency::Eur,
            Completeness::Partial,
        );
        assert!(p.themes.is_none() && p.services.is_none() && p.requested.is_none());
        assert!(p.expenses.is_none() && p.cofunders.is_none() && p.commitments.is_none());
        assert!(
            p.consortium.is_none(),
            "the partner list is hidden, but a draft may change that"
        );
    }

    #[test]
    fn a_submission_with_optional_lists_unanswered_has_none_of_them() {
        let p = project(&form(), &Answers::new(), Currency::Eur, Completeness::Final);
        assert_eq!(p.cofunders, Some(vec![]));
        assert_eq!(p.commitments, Some(vec![]));
        assert_eq!(
            p.consortium,
            Some(Consortium {
                members: 1,
                lead_partner: false
            })
        );
        // Values that must be stated stay unknown.
        assert!(p.requested.is_none() && p.themes.is_none());
    }

    #[test]
    fn every_fact_is_read_from_its_field() {
        let a = answers(json!({
            "themes": ["coworking", "tiers-lieux"],
            "services": ["fab-lab"],
            "requested": {"amount_minor": 1_000_000},
            "budget": [line(2_000_000, true), line(300_000, false)],
            "cofunding": [
                {"funder": "Région", "kind": "public", "amount_minor": 1, "status": "obtained", "funder_kind": "region"},
                {"funder": "Fondation", "kind": "private", "amount_minor": 1, "status": "requested"}
            ],
            "staff": true,
            "is_consortium": true,
            "partners": [{"name": "A", "lead": true}, {"name": "B"}]
        }));
        let p = project(&form(), &a, Currency::Eur, Completeness::Partial);
        assert_eq!(p.themes, Some(vec![Theme::Coworking, Theme::TiersLieux]));
        assert_eq!(p.services, Some(vec![Service::FabLab]));
        assert_eq!(p.requested, Some(Money::new(1_000_000, Currency::Eur)));
        assert_eq!(
            p.expenses,
            Some((Money::new(2_000_000, Currency::Eur), Vat::Excl))
        );
        assert_eq!(
            p.cofunders,
            Some(vec![CofunderKind::Region, CofunderKind::Private])
        );
        assert_eq!(p.commitments, Some(vec![Commitment::AnimationStaff]));
        assert_eq!(
            p.consortium,
            Some(Consortium {
                members: 2,
                lead_partner: true
            })
        );
    }

    #[test]
    fn a_public_cofunder_without_its_kind_makes_cofunders_unknown() {
        let a = answers(json!({"cofunding": [
            {"funder": "Région", "kind": "public", "amount_minor": 1, "status": "obtained"}
        ]}));
        assert_eq!(
            project(&form(), &a, Currency::Eur, Completeness::Final).cofunders,
            None
        );
    }

    #[test]
    fn an_unticked_commitment_at_submission_is_not_made() {
        let a = answers(json!({"staff": false}));
        assert_eq!(
            project(&form(), &a, Currency::Eur, Completeness::Partial).commitments,
            Some(vec![])
        );
    }

    #[test]
    fn cross_checks_requested_within_expenses_and_a_balanced_budget() {
        let f = form();
        let ok = answers(json!({
            "requested": {"amount_minor": 1_000_000},
            "budget": [line(1_500_000, true), line(500_000, false)],
            "cofunding": [{"funder": "Fonds propres", "kind": "private", "amount_minor": 1_000_000, "status": "obtained"}]
        }));
        assert_eq!(cross_checks(&f, &ok), vec![]);
        let mut over = ok.clone();
        over.insert("requested".into(), json!({"amount_minor": 1_600_000}));
        let codes: Vec<_> = cross_checks(&f, &over)
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("requested".to_owned(), "requested_over_expenses"),
                ("budget".to_owned(), "budget_unbalanced")
            ]
        );
        let mut loose = f.clone();
        loose.balanced_budget = false;
        let mut short = ok.clone();
        short.insert("cofunding".into(), json!([]));
        assert_eq!(cross_checks(&loose, &short), vec![]);
        assert_eq!(cross_checks(&f, &short)[0].code, "budget_unbalanced");
    }

    #[test]
    fn budget_sums_refuse_overflow_and_report_totals() {
        assert_eq!(
            budget_eligible(&json!([line(i64::MAX, true), line(1, true)])),
            None
        );
        assert_eq!(
            budget_total(&json!([line(5, true), line(7, false)])),
            Some(12)
        );
        assert_eq!(budget_eligible(&json!("nope")), None);
        let f = form();
        let t = budget_totals(
            f.field("budget").unwrap(),
            &json!([line(5, true), line(7, false)]),
        )
        .unwrap();
        assert_eq!((t.all.eligible, t.all.ineligible), (5, 7));
        assert_eq!(expenses_vat(&f), Some(Vat::Excl));
    }
}
