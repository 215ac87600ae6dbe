//! Changes to the builder's working copy of a form, addressed by position (section index,
//! question index) rather than by id: positions are what the outline shows, and they stay
//! unambiguous even while an id is being changed. Pure functions, unit-tested here.

use passerelle_domain::application::form::{Field, Form, Section};

/// Moves the question at `(s, f)` one step up (`up`) or down. At the edge of its section it
/// goes to the end of the previous section or the start of the next one, so that a question
/// can travel anywhere with the same two buttons. Returns its new position.
pub fn move_field(form: &mut Form, s: usize, f: usize, up: bool) -> Option<(usize, usize)> {
    let len = form.sections.get(s)?.fields.len();
    if f >= len {
        return None;
    }
    if up && f > 0 {
        form.sections[s].fields.swap(f, f - 1);
        return Some((s, f - 1));
    }
    if !up && f + 1 < len {
        form.sections[s].fields.swap(f, f + 1);
        return Some((s, f + 1));
    }
    if up && s > 0 {
        let q = form.sections[s].fields.remove(f);
        form.sections[s - 1].fields.push(q);
        return Some((s - 1, form.sections[s - 1].fields.len() - 1));
    }
    if !up && s + 1 < form.sections.len() {
        let q = form.sections[s].fields.remove(f);
        form.sections[s + 1].fields.insert(0, q);
        return Some((s + 1, 0));
    }
    Some((s, f))
}

/// Moves section `s` one step up or down. Returns its new index.
pub fn move_section(form: &mut Form, s: usize, up: bool) -> Option<usize> {
    let len = form.sections.len();
    if s >= len {
        return None;
    }
    let to = if up { s.checked_sub(1) } else { Some(s + 1) };
    match to {
        Some(t) if t < len => {
            form.sections.swap(s, t);
            Some(t)
        }
        _ => Some(s),
    }
}

/// Ids of the questions and sections whose condition looks at one of `ids`.
pub fn dependents(form: &Form, ids: &[&str]) -> Vec<String> {
    let looks = |c: &Option<passerelle_domain::application::form::ShowIf>| {
        c.as_ref().is_some_and(|c| ids.contains(&c.field.as_str()))
    };
    let mut out = vec![];
    for s in &form.sections {
        if looks(&s.show_if) {
            out.push(s.id.clone());
        }
        for f in &s.fields {
            if looks(&f.show_if) && !ids.contains(&f.id.as_str()) {
                out.push(f.id.clone());
            }
        }
    }
    out
}

/// Removes the question at `(s, f)` unless another question or section depends on it
/// (then returns the ids of those, to be shown; nothing changes).
pub fn delete_field(form: &mut Form, s: usize, f: usize) -> Result<(), Vec<String>> {
    let Some(q) = form.sections.get(s).and_then(|x| x.fields.get(f)) else {
        return Ok(());
    };
    let deps = dependents(form, &[q.id.as_str()]);
    if !deps.is_empty() {
        return Err(deps);
    }
    form.sections[s].fields.remove(f);
    Ok(())
}

/// Removes section `s` and its questions, under the same rule as [`delete_field`]: a
/// condition elsewhere on one of its questions keeps it.
pub fn delete_section(form: &mut Form, s: usize) -> Result<(), Vec<String>> {
    let Some(sec) = form.sections.get(s) else {
        return Ok(());
    };
    let ids: Vec<&str> = sec.fields.iter().map(|f| f.id.as_str()).collect();
    let deps: Vec<String> = dependents(form, &ids)
        .into_iter()
        .filter(|d| *d != sec.id)
        .collect();
    if !deps.is_empty() {
        return Err(deps);
    }
    form.sections.remove(s);
    Ok(())
}

/// After a question's id changed, conditions that looked at the old id look at the new one.
pub fn rename_refs(form: &mut Form, old: &str, new: &str) {
    if old == new {
        return;
    }
    let fix = |c: &mut Option<passerelle_domain::application::form::ShowIf>| {
        if let Some(c) = c
            && c.field == old
        {
            c.field = new.to_owned();
        }
    };
    for s in &mut form.sections {
        fix(&mut s.show_if);
        for f in &mut s.fields {
            fix(&mut f.show_if);
        }
    }
}

/// Where an edited question goes: back in its place, or at the end of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The question at this position.
    At(usize, usize),
    /// A new question at the end of this section.
    New(usize),
}

impl Slot {
    /// Reads `s:f` or `new:s`.
    pub fn parse(s: &str) -> Option<Slot> {
        if let Some(sec) = s.strip_prefix("new:") {
            return sec.parse().ok().map(Slot::New);
        }
        let (a, b) = s.split_once(':')?;
        Some(Slot::At(a.parse().ok()?, b.parse().ok()?))
    }

    /// The form it is read back from.
    pub fn code(self) -> String {
        match self {
            Slot::At(s, f) => format!("{s}:{f}"),
            Slot::New(s) => format!("new:{s}"),
        }
    }

    /// Whether it names a place that exists in `form`.
    pub fn exists(self, form: &Form) -> bool {
        match self {
            Slot::At(s, f) => form.sections.get(s).is_some_and(|x| f < x.fields.len()),
            Slot::New(s) => s < form.sections.len(),
        }
    }

    /// The question there now (`None` for a new one).
    pub fn field(self, form: &Form) -> Option<&Field> {
        match self {
            Slot::At(s, f) => form.sections.get(s)?.fields.get(f),
            Slot::New(_) => None,
        }
    }

    /// The questions before this place, in form order: those a condition may look at.
    pub fn earlier(self, form: &Form) -> Vec<&Field> {
        let (sec, upto) = match self {
            Slot::At(s, f) => (s, f),
            Slot::New(s) => (s, usize::MAX),
        };
        form.sections
            .iter()
            .enumerate()
            .take(sec.saturating_add(1))
            .flat_map(|(i, x)| {
                let n = if i == sec { upto } else { usize::MAX };
                x.fields.iter().take(n)
            })
            .collect()
    }

    /// Puts `q` there, renaming conditions that looked at its old id.
    pub fn put(self, form: &mut Form, q: Field) {
        match self {
            Slot::At(s, f) => {
                let old = std::mem::replace(&mut form.sections[s].fields[f], q);
                let new = form.sections[s].fields[f].id.clone();
                rename_refs(form, &old.id, &new);
            }
            Slot::New(s) => form.sections[s].fields.push(q),
        }
    }
}

/// The questions of the sections before `s`: those a section's condition may look at.
pub fn before_section(form: &Form, s: usize) -> Vec<&Field> {
    form.sections
        .iter()
        .take(s)
        .flat_map(|x| x.fields.iter())
        .collect()
}

/// Puts section `sec` at index `s` (keeping the questions it had) or at the end when `s` is
/// `None`.
pub fn put_section(form: &mut Form, s: Option<usize>, mut sec: Section) {
    match s.and_then(|i| form.sections.get_mut(i)) {
        Some(old) => {
            sec.fields = std::mem::take(&mut old.fields);
            *old = sec;
        }
        None => form.sections.push(sec),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_domain::application::form::{FieldKind, ShowIf};
    use passerelle_domain::scheme::LocalText;

    fn q(id: &str) -> Field {
        Field {
            id: id.into(),
            label: LocalText::all(id),
            help: LocalText::default(),
            required: false,
            kind: FieldKind::Declaration,
            show_if: None,
            feeds: None,
        }
    }

    fn sec(id: &str, fields: &[&str]) -> Section {
        Section {
            id: id.into(),
            title: LocalText::all(id),
            help: LocalText::default(),
            fields: fields.iter().map(|f| q(f)).collect(),
            show_if: None,
        }
    }

    fn form() -> Form {
        Form {
            sections: vec![sec("a", &["a1", "a2"]), sec("b", &["b1"])],
            balanced_budget: false,
        }
    }

    fn ids(f: &Form) -> Vec<Vec<&str>> {
        f.sections
            .iter()
            .map(|s| s.fields.iter().map(|q| q.id.as_str()).collect())
            .collect()
    }

    #[test]
    fn questions_move_within_and_across_sections() {
        let mut f = form();
        assert_eq!(move_field(&mut f, 0, 1, true), Some((0, 0)));
        assert_eq!(ids(&f), vec![vec!["a2", "a1"], vec!["b1"]]);
        assert_eq!(move_field(&mut f, 0, 1, false), Some((1, 0)));
        assert_eq!(ids(&f), vec![vec!["a2"], vec!["a1", "b1"]]);
        assert_eq!(move_field(&mut f, 1, 0, true), Some((0, 1)));
        assert_eq!(move_field(&mut f, 0, 0, true), Some((0, 0)), "top stays");
        assert_eq!(
            move_field(&mut f, 1, 0, false),
            Some((1, 0)),
            "bottom stays"
        );
        assert_eq!(move_field(&mut f, 5, 0, false), None);
    }

    #[test]
    fn sections_move_and_stop_at_the_ends() {
        let mut f = form();
        assert_eq!(move_section(&mut f, 1, true), Some(0));
        assert_eq!(f.sections[0].id, "b");
        assert_eq!(move_section(&mut f, 0, true), Some(0));
        assert_eq!(move_section(&mut f, 1, false), Some(1));
        assert_eq!(move_section(&mut f, 2, false), None);
    }

    #[test]
    fn what_a_condition_looks_at_cannot_be_deleted() {
        let mut f = form();
        f.sections[1].fields[0].show_if = Some(ShowIf {
            field: "a2".into(),
            equals: "true".into(),
        });
        assert_eq!(delete_field(&mut f, 0, 1), Err(vec!["b1".to_owned()]));
        assert_eq!(delete_section(&mut f, 0), Err(vec!["b1".to_owned()]));
        assert_eq!(delete_section(&mut f, 1), Ok(()));
        assert_eq!(delete_field(&mut f, 0, 1), Ok(()));
        assert_eq!(ids(&f), vec![vec!["a1"]]);
    }

    #[test]
    fn a_renamed_question_keeps_the_conditions_on_it() {
        let mut f = form();
        f.sections[1].show_if = Some(ShowIf {
            field: "a1".into(),
            equals: "true".into(),
        });
        Slot::At(0, 0).put(&mut f, q("first"));
        assert_eq!(f.sections[1].show_if.as_ref().unwrap().field, "first");
    }

    #[test]
    fn slots_read_back_and_know_the_earlier_questions() {
        let f = form();
        for s in [Slot::At(1, 0), Slot::New(0)] {
            assert_eq!(Slot::parse(&s.code()), Some(s));
        }
        assert_eq!(Slot::parse("x"), None);
        let names = |v: Vec<&Field>| v.into_iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_eq!(names(Slot::At(0, 1).earlier(&f)), vec!["a1"]);
        assert_eq!(names(Slot::New(0).earlier(&f)), vec!["a1", "a2"]);
        assert_eq!(names(Slot::At(1, 0).earlier(&f)), vec!["a1", "a2"]);
        assert_eq!(names(before_section(&f, 1)), vec!["a1", "a2"]);
        assert!(!Slot::At(1, 1).exists(&f) && Slot::New(1).exists(&f));
    }
}
