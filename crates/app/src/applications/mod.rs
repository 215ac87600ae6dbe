//! Applications to schemes (issue 4). This slice holds the demo programmes'
//! application forms; the use cases (drafts, submission, inbox) come next.

use passerelle_domain::application::form::Form;
use serde::{Deserialize, Serialize};

/// The application forms of the demo schemes (`data/demo/forms/*.json`), compiled in.
pub const DEMO_FORMS: &[&str] = &[
    include_str!("../../../../data/demo/forms/progress-2024.json"),
    include_str!("../../../../data/demo/forms/tiers-lieux-intermediation.json"),
    include_str!("../../../../data/demo/forms/fabrique-initiatives-2020.json"),
];

/// A form as exchanged: the scheme it belongs to and the form.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FormFile {
    /// Slug of the scheme.
    pub scheme: String,
    /// The form.
    pub form: Form,
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_domain::application::form::{Answers, FieldKind, Strictness};
    use serde_json::json;

    fn forms() -> Vec<FormFile> {
        DEMO_FORMS
            .iter()
            .map(|s| serde_json::from_str(s).unwrap())
            .collect()
    }

    #[test]
    fn the_demo_forms_are_valid_and_belong_to_the_demo_schemes() {
        let slugs: Vec<String> = crate::schemes::DEMO_SCHEMES
            .iter()
            .map(|s| {
                serde_json::from_str::<crate::schemes::SchemeFile>(s)
                    .unwrap()
                    .scheme
                    .slug
            })
            .collect();
        for f in forms() {
            assert!(slugs.contains(&f.scheme), "{} has no demo scheme", f.scheme);
            assert_eq!(f.form.validate(), vec![], "{}", f.scheme);
            for (_, field) in f.form.fields() {
                for l in [&field.label.fr, &field.label.pl, &field.label.en] {
                    assert!(
                        !l.trim().is_empty(),
                        "{}: {} untranslated",
                        f.scheme,
                        field.id
                    );
                }
            }
        }
    }

    /// The Normandy form filled by a consortium of three with a lead partner:
    /// study and deployment budgets, a multi-year plan, letters of support.
    #[test]
    fn a_normandy_consortium_completes_the_fabrique_form() {
        let f = forms()
            .into_iter()
            .find(|f| f.scheme == "fabrique-initiatives-2020")
            .unwrap();
        let mut a: Answers = serde_json::from_value(json!({
            "title": "Tiers-lieu du Bocage",
            "initiative": "Un tiers-lieu itinérant.",
            "value": "Des bureaux partagés à moins de 20 minutes.",
            "objectives": ["coworking", "white-zones"],
            "is_consortium": true,
            "partners": [
                {"name": "Association Bocage Numérique", "lead": true},
                {"name": "SCIC Les Ateliers"},
                {"name": "Communauté de communes du Bocage"}
            ],
            "strategy": "Trois antennes en deux ans.",
            "plan": [{"year": 2020, "milestone": "Étude", "deliverable": "Rapport"},
                     {"year": 2021, "milestone": "Ouverture"}],
            "budget": [
                {"phase": "study", "year": 2020, "category": "engineering", "amount_minor": 1_500_000},
                {"phase": "deployment", "year": 2021, "category": "works", "amount_minor": 6_000_000},
                {"phase": "deployment", "year": 2021, "category": "staff", "amount_minor": 500_000, "eligible": false}
            ],
            "requested": {"amount_minor": 4_000_000},
            "letters": ["att_1", "att_2"],
            "honour": true
        }))
        .unwrap();
        assert_eq!(f.form.check(&a, Strictness::Submit), vec![]);
        // Without a lead partner, the consortium is refused.
        a.insert(
            "partners".into(),
            json!([{"name": "A"}, {"name": "B"}, {"name": "C"}]),
        );
        let p = f.form.check(&a, Strictness::Submit);
        assert_eq!(
            (p[0].field.as_str(), p[0].code),
            ("partners", "partners_one_lead")
        );
        // Its budget table has the study and deployment phases.
        let budget = f.form.field("budget").unwrap();
        assert!(matches!(&budget.kind, FieldKind::Budget { phases, .. } if phases.len() == 2));
    }
}
