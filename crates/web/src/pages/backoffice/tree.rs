//! Editing a criteria tree without writing JSON: find a node, add a child of
//! a chosen type with parameters that already validate, delete a node,
//! change a group's combinator, and read a node's parameters from its small
//! form (amounts in major units, rates in percent, codes from checkboxes).

use std::str::FromStr;

use passerelle_app::FieldError;
use passerelle_domain::scheme::Scheme;
use passerelle_domain::scheme::criteria::{Node, Rule};
use passerelle_domain::scheme::vocab::{CofunderKind, Commitment, Label, Service, Theme, Vat};
use passerelle_domain::{Country, Currency, LegalCategory, LegalForm, Locale, Money, legal_form};

use super::FormData;
use super::values::major;

/// Every criterion type, groups first, in the order the editor offers them.
pub const TYPES: [&str; 16] = [
    "all",
    "any",
    "at_least",
    "country",
    "beneficiary",
    "sse",
    "label",
    "themes",
    "requested_max",
    "requested_min",
    "rate_max",
    "expenses_min",
    "services",
    "commitment",
    "cofunders",
    "consortium",
];

/// The combinators.
pub const GROUP_TYPES: [&str; 3] = ["all", "any", "at_least"];

/// The node `id` of the tree.
pub fn find<'a>(n: &'a Node, id: &str) -> Option<&'a Node> {
    n.walk().into_iter().find(|x| x.id == id)
}

fn children_mut(rule: &mut Rule) -> Option<&mut Vec<Node>> {
    match rule {
        Rule::All { children } | Rule::Any { children } | Rule::AtLeast { children, .. } => {
            Some(children)
        }
        _ => None,
    }
}

/// The node `id` of the tree, to change it.
pub fn find_mut<'a>(n: &'a mut Node, id: &str) -> Option<&'a mut Node> {
    if n.id == id {
        return Some(n);
    }
    let kids = children_mut(&mut n.rule)?;
    kids.iter_mut().find_map(|c| find_mut(c, id))
}

/// Removes node `id` and what it holds; the root cannot go.
pub fn delete(root: &mut Node, id: &str) -> bool {
    let Some(kids) = children_mut(&mut root.rule) else {
        return false;
    };
    if let Some(i) = kids.iter().position(|c| c.id == id) {
        kids.remove(i);
        return true;
    }
    kids.iter_mut().any(|c| delete(c, id))
}

/// An id for a new node of type `ty`, unique in the tree (`themes`,
/// `themes-2`…); groups are named `group`.
pub fn unique_id(root: &Node, ty: &str) -> String {
    let base = if GROUP_TYPES.contains(&ty) {
        "group".to_owned()
    } else {
        ty.replace('_', "-")
    };
    let taken = |s: &str| find(root, s).is_some() || s == "open" || s == "perimeter";
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|i| format!("{base}-{i}"))
        .find(|s| !taken(s))
        .unwrap_or(base)
}

/// A rule of type `ty` whose parameters validate, to be adjusted by the
/// officer: lists hold every code (nothing is excluded yet), floors are 0,
/// ceilings are the envelope (or 0) and 100 %.
pub fn default_rule(ty: &str, s: &Scheme, root: &Node) -> Option<Rule> {
    let starter = || {
        vec![Node::new(
            &unique_id(root, "country"),
            Rule::Country {
                countries: Country::all().to_vec(),
            },
        )]
    };
    let zero = Money::zero(s.currency);
    Some(match ty {
        "all" => Rule::All { children: vec![] },
        // A group that must hold something starts with a condition every
        // French or Polish applicant meets.
        "any" => Rule::Any {
            children: starter(),
        },
        "at_least" => Rule::AtLeast {
            min: 1,
            children: starter(),
        },
        "country" => Rule::Country {
            countries: Country::all().to_vec(),
        },
        "beneficiary" => Rule::Beneficiary {
            categories: LegalCategory::all().to_vec(),
            legal_forms: vec![],
        },
        "sse" => Rule::Sse,
        "label" => Rule::Label { label: Label::Esus },
        "themes" => Rule::Themes {
            themes: if s.themes.is_empty() {
                Theme::all().to_vec()
            } else {
                s.themes.clone()
            },
            min: 1,
        },
        "requested_max" => Rule::RequestedMax {
            max: s
                .envelope
                .filter(|e| e.currency == s.currency)
                .unwrap_or(zero),
        },
        "requested_min" => Rule::RequestedMin { min: zero },
        "rate_max" => Rule::RateMax {
            basis_points: 10_000,
        },
        "expenses_min" => Rule::ExpensesMin {
            min: zero,
            vat: Vat::Excl,
        },
        "services" => Rule::Services {
            services: Service::all().to_vec(),
            min: 1,
        },
        "commitment" => Rule::Commitment {
            commitment: Commitment::AnimationStaff,
        },
        "cofunders" => Rule::Cofunders {
            kinds: CofunderKind::all().to_vec(),
            min: 1,
        },
        "consortium" => Rule::Consortium {
            lead_partner_required: false,
            min_members: None,
            max_members: None,
        },
        _ => return None,
    })
}

/// Adds a child of type `ty` to group `parent`; returns the new node's id.
pub fn add_child(
    scheme: &mut Scheme,
    parent: &str,
    ty: &str,
    field: &str,
) -> Result<String, FieldError> {
    let root = scheme.criteria.clone();
    let rule =
        default_rule(ty, scheme, &root).ok_or_else(|| FieldError::new(field, "value_unknown"))?;
    let id = unique_id(&root, ty);
    let node = find_mut(&mut scheme.criteria, parent)
        .ok_or_else(|| FieldError::new(field, "criterion_not_found"))?;
    let kids = children_mut(&mut node.rule).ok_or_else(|| FieldError::new(field, "not_a_group"))?;
    kids.push(Node::new(&id, rule));
    Ok(id)
}

/// Makes group `node` an `all`, `any` or `at_least` group, keeping its children.
pub fn regroup(node: &mut Node, ty: &str, min: &str, field: &str) -> Result<(), FieldError> {
    let kids = match &mut node.rule {
        Rule::All { children } | Rule::Any { children } | Rule::AtLeast { children, .. } => {
            std::mem::take(children)
        }
        _ => return Err(FieldError::new(field, "not_a_group")),
    };
    node.rule = match ty {
        "all" => Rule::All { children: kids },
        "any" => Rule::Any { children: kids },
        "at_least" => Rule::AtLeast {
            min: parse_count(min).ok_or_else(|| FieldError::new(field, "number_invalid"))?,
            children: kids,
        },
        _ => return Err(FieldError::new(field, "value_unknown")),
    };
    Ok(())
}

fn parse_count(s: &str) -> Option<u32> {
    s.trim().parse().ok()
}

fn codes<T: FromStr>(values: &[String], field: &str, errs: &mut Vec<FieldError>) -> Vec<T> {
    let mut out = Vec::new();
    for v in values {
        match v.parse() {
            Ok(x) => out.push(x),
            Err(_) => errs.push(FieldError::new(field, "code_unknown")),
        }
    }
    out
}

/// Reads legal forms typed as national codes separated by commas (`9220,
/// 5499, 155`); a `FR:`/`PL:` prefix is accepted, else the code is looked up
/// in France's table (4 digits) then Poland's (3 digits).
pub fn parse_legal_forms(s: &str) -> Result<Vec<LegalForm>, String> {
    let mut out: Vec<LegalForm> = Vec::new();
    for token in s
        .split([',', ';', ' ', '\n', '\r', '\t'])
        .filter(|t| !t.is_empty())
    {
        let (countries, code) = match token.split_once([':', '-']) {
            Some((c, code)) => match c.parse::<Country>() {
                Ok(c) => (vec![c], code),
                Err(_) => return Err(token.to_owned()),
            },
            None => (Country::all().to_vec(), token),
        };
        let info = countries
            .iter()
            .find_map(|c| legal_form::lookup(*c, code))
            .ok_or_else(|| token.to_owned())?;
        let f = LegalForm {
            country: info.country,
            code: info.code.to_owned(),
        };
        if !out.contains(&f) {
            out.push(f);
        }
    }
    Ok(out)
}

/// Reads an amount in major units in `currency`.
fn money(s: &str, currency: Currency, field: &str, errs: &mut Vec<FieldError>) -> Option<Money> {
    match Money::parse_major(s, currency) {
        Ok(m) if m.minor < 0 => {
            errs.push(FieldError::new(field, "amount_negative"));
            None
        }
        Ok(m) => Some(m),
        Err(e) => {
            errs.push(FieldError::new(field, e.code()));
            None
        }
    }
}

/// Applies a node's form to it: its id and the parameters of its type.
/// Errors name the inputs as `n-<node id>-<input>`.
pub fn apply_params(node: &mut Node, f: &FormData, currency: Currency) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let key = |name: &str| format!("n-{}-{name}", node.id);
    let count = |name: &str, errs: &mut Vec<FieldError>| match parse_count(f.get(name)) {
        Some(n) => Some(n),
        None => {
            errs.push(FieldError::new(key(name), "number_invalid"));
            None
        }
    };
    let new_rule = match &node.rule {
        Rule::All { .. } | Rule::Any { .. } | Rule::Sse => None,
        Rule::AtLeast { children, .. } => count("min", &mut errs).map(|min| Rule::AtLeast {
            min,
            children: children.clone(),
        }),
        Rule::Country { .. } => Some(Rule::Country {
            countries: codes(&f.all("countries"), &key("countries"), &mut errs),
        }),
        Rule::Beneficiary { .. } => {
            let categories = codes(&f.all("categories"), &key("categories"), &mut errs);
            match parse_legal_forms(f.get("legal_forms")) {
                Ok(legal_forms) => Some(Rule::Beneficiary {
                    categories,
                    legal_forms,
                }),
                Err(_) => {
                    errs.push(FieldError::new(key("legal_forms"), "legal_form_unknown"));
                    None
                }
            }
        }
        Rule::Label { .. } => match f.get("label").parse::<Label>() {
            Ok(label) => Some(Rule::Label { label }),
            Err(_) => {
                errs.push(FieldError::new(key("label"), "value_unknown"));
                None
            }
        },
        Rule::Themes { .. } => {
            let themes = codes(&f.all("themes"), &key("themes"), &mut errs);
            count("min", &mut errs).map(|min| Rule::Themes { themes, min })
        }
        Rule::Services { .. } => {
            let services = codes(&f.all("services"), &key("services"), &mut errs);
            count("min", &mut errs).map(|min| Rule::Services { services, min })
        }
        Rule::Cofunders { .. } => {
            let kinds = codes(&f.all("kinds"), &key("kinds"), &mut errs);
            count("min", &mut errs).map(|min| Rule::Cofunders { kinds, min })
        }
        Rule::RequestedMax { .. } => money(f.get("amount"), currency, &key("amount"), &mut errs)
            .map(|max| Rule::RequestedMax { max }),
        Rule::RequestedMin { .. } => money(f.get("amount"), currency, &key("amount"), &mut errs)
            .map(|min| Rule::RequestedMin { min }),
        Rule::ExpensesMin { .. } => {
            let vat = f.get("vat").parse::<Vat>();
            if vat.is_err() {
                errs.push(FieldError::new(key("vat"), "value_unknown"));
            }
            money(f.get("amount"), currency, &key("amount"), &mut errs)
                .zip(vat.ok())
                .map(|(min, vat)| Rule::ExpensesMin { min, vat })
        }
        Rule::RateMax { .. } => match Money::parse_major(f.get("rate"), Currency::Eur) {
            Ok(m) => match u32::try_from(m.minor) {
                Ok(basis_points) => Some(Rule::RateMax { basis_points }),
                Err(_) => {
                    errs.push(FieldError::new(key("rate"), "rate_out_of_range"));
                    None
                }
            },
            Err(_) => {
                errs.push(FieldError::new(key("rate"), "number_invalid"));
                None
            }
        },
        Rule::Commitment { .. } => match f.get("commitment").parse::<Commitment>() {
            Ok(commitment) => Some(Rule::Commitment { commitment }),
            Err(_) => {
                errs.push(FieldError::new(key("commitment"), "value_unknown"));
                None
            }
        },
        Rule::Consortium { .. } => {
            let opt = |name: &str, errs: &mut Vec<FieldError>| match f.get(name).trim() {
                "" => Some(None),
                s => match s.parse::<u32>() {
                    Ok(n) => Some(Some(n)),
                    Err(_) => {
                        errs.push(FieldError::new(key(name), "number_invalid"));
                        None
                    }
                },
            };
            let min = opt("min_members", &mut errs);
            let max = opt("max_members", &mut errs);
            min.zip(max)
                .map(|(min_members, max_members)| Rule::Consortium {
                    lead_partner_required: f.has("lead_partner_required"),
                    min_members,
                    max_members,
                })
        }
    };
    if let Some(r) = new_rule {
        node.rule = r;
    }
    let new_id = f.get("id").trim();
    if !new_id.is_empty() {
        node.id = new_id.to_owned();
    }
    errs
}

/// A node's form inputs as text, from the node or from what was typed.
#[derive(Debug, Clone, Default)]
pub struct NodeForm {
    /// Id input.
    pub id: String,
    /// Minimum count (`at_least`, `themes`, `services`, `cofunders`).
    pub min: String,
    /// Amount in major units.
    pub amount: String,
    /// VAT basis code.
    pub vat: String,
    /// Rate in percent.
    pub rate: String,
    /// Legal form codes, comma-separated.
    pub legal_forms: String,
    /// Label code.
    pub label: String,
    /// Commitment code.
    pub commitment: String,
    /// Consortium: lead partner required.
    pub lead: bool,
    /// Consortium: fewest members.
    pub min_members: String,
    /// Consortium: most members.
    pub max_members: String,
    /// Codes ticked in the node's checkbox list.
    pub selected: Vec<String>,
}

impl NodeForm {
    /// Whether `code` is ticked.
    pub fn has(&self, code: &str) -> bool {
        self.selected.iter().any(|c| c == code)
    }

    /// The inputs of a stored node.
    pub fn of_node(n: &Node, locale: Locale) -> Self {
        let mut v = NodeForm {
            id: n.id.clone(),
            ..Default::default()
        };
        let strs = |x: &[String]| x.to_vec();
        match &n.rule {
            Rule::All { .. } | Rule::Any { .. } | Rule::Sse => {}
            Rule::AtLeast { min, .. } => v.min = min.to_string(),
            Rule::Country { countries } => {
                v.selected = strs(
                    &countries
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                );
            }
            Rule::Beneficiary {
                categories,
                legal_forms,
            } => {
                v.selected = categories.iter().map(ToString::to_string).collect();
                v.legal_forms = legal_forms
                    .iter()
                    .map(|f| f.code.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
            }
            Rule::Label { label } => v.label = label.to_string(),
            Rule::Themes { themes, min } => {
                v.selected = themes.iter().map(ToString::to_string).collect();
                v.min = min.to_string();
            }
            Rule::Services { services, min } => {
                v.selected = services.iter().map(ToString::to_string).collect();
                v.min = min.to_string();
            }
            Rule::Cofunders { kinds, min } => {
                v.selected = kinds.iter().map(ToString::to_string).collect();
                v.min = min.to_string();
            }
            Rule::RequestedMax { max: m } | Rule::RequestedMin { min: m } => {
                v.amount = major(*m, locale);
            }
            Rule::ExpensesMin { min, vat } => {
                v.amount = major(*min, locale);
                v.vat = vat.to_string();
            }
            Rule::RateMax { basis_points } => {
                v.rate = major(Money::new(i64::from(*basis_points), Currency::Eur), locale);
            }
            Rule::Commitment { commitment } => v.commitment = commitment.to_string(),
            Rule::Consortium {
                lead_partner_required,
                min_members,
                max_members,
            } => {
                v.lead = *lead_partner_required;
                v.min_members = min_members.map(|m| m.to_string()).unwrap_or_default();
                v.max_members = max_members.map(|m| m.to_string()).unwrap_or_default();
            }
        }
        v
    }

    /// The inputs as typed in a node's form of type `ty`.
    pub fn of_form(f: &FormData, ty: &str) -> Self {
        let list = match ty {
            "country" => "countries",
            "beneficiary" => "categories",
            "themes" => "themes",
            "services" => "services",
            "cofunders" => "kinds",
            _ => "",
        };
        NodeForm {
            id: f.get("id").to_owned(),
            min: f.get("min").to_owned(),
            amount: f.get("amount").to_owned(),
            vat: f.get("vat").to_owned(),
            rate: f.get("rate").to_owned(),
            legal_forms: f.get("legal_forms").to_owned(),
            label: f.get("label").to_owned(),
            commitment: f.get("commitment").to_owned(),
            lead: f.has("lead_partner_required"),
            min_members: f.get("min_members").to_owned(),
            max_members: f.get("max_members").to_owned(),
            selected: if list.is_empty() { vec![] } else { f.all(list) },
        }
    }
}

/// How to nest a depth-first list of items with depths into HTML lists:
/// for each item, whether it opens a list of children, and how many
/// enclosing lists close after it.
pub fn nesting(depths: &[u8]) -> Vec<(bool, usize)> {
    depths
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let next = depths.get(i + 1).copied();
            let opens = next.is_some_and(|n| n > d);
            let closes = if opens {
                0
            } else {
                usize::from(d.saturating_sub(next.unwrap_or(0)))
            };
            (opens, closes)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scheme() -> Scheme {
        let mut s = super::super::values::new_scheme_base();
        s.slug = "test-scheme".into();
        s
    }

    #[test]
    fn add_edit_delete() {
        let mut s = scheme();
        let id = add_child(&mut s, "criteria", "themes", "x").unwrap();
        assert_eq!(id, "themes");
        let id2 = add_child(&mut s, "criteria", "themes", "x").unwrap();
        assert_eq!(id2, "themes-2");
        let g = add_child(&mut s, "criteria", "any", "x").unwrap();
        assert_eq!(g, "group");
        assert!(s.criteria.validate().is_ok());
        assert!(delete(&mut s.criteria, "themes-2"));
        assert!(!delete(&mut s.criteria, "criteria"));
        assert!(find(&s.criteria, "themes-2").is_none());
        // Every type's default validates.
        for ty in TYPES {
            let mut s = scheme();
            add_child(&mut s, "criteria", ty, "x").unwrap();
            assert!(s.criteria.validate().is_ok(), "{ty}");
        }
    }

    #[test]
    fn legal_forms_from_codes() {
        let f = parse_legal_forms("9220, PL:155 55").unwrap();
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].country, Country::Fr);
        assert_eq!(f[2].code, "055");
        assert_eq!(parse_legal_forms("12345"), Err("12345".into()));
    }

    #[test]
    fn nesting_closes_what_it_opened() {
        // root, a, a.1, a.2, b
        let n = nesting(&[0, 1, 2, 2, 1]);
        assert_eq!(
            n,
            vec![(true, 0), (true, 0), (false, 0), (false, 1), (false, 1)]
        );
    }
}
