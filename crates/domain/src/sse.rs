//! Membership of the social and solidarity economy (SSE).

use crate::{Country, LegalCategory, LegalFormInfo};

str_enum! {
    /// A ground on which an organisation claims to belong to the SSE.
    pub enum SseBasis {
        /// Its legal form is an SSE form by itself (FR: association,
        /// foundation, cooperative, mutual; PL: NGO).
        ByStatus = "by_status",
        /// FR commercial company that meets the conditions of art. 1 I of
        /// the law of 31 July 2014 (purpose other than profit sharing,
        /// democratic governance, profits mostly reinvested) and says so in
        /// its statutes (art. 1 II 2°).
        DeclaredCommercialCompany = "declared_commercial_company",
        /// FR "entreprise solidaire d'utilité sociale" approval
        /// (art. L3332-17-1 of the code du travail).
        EsusApproved = "esus_approved",
        /// PL *przedsiębiorstwo społeczne* status granted by the voivode
        /// (ustawa o ekonomii społecznej of 5 August 2022).
        PlSocialEnterprise = "pl_social_enterprise",
        /// PL *spółdzielnia socjalna* (or worker/disabled persons'
        /// cooperative), which GUS codes as a plain cooperative.
        PlSocialCooperative = "pl_social_cooperative",
    }
}

/// Whether an organisation belongs to the SSE, given its legal form (if
/// known) and the bases it declared.
///
/// The rule, in order:
/// 1. A known form with `sse_by_status` is a member, whatever was declared.
/// 2. `ByStatus` declared for any other form (or an unknown one) proves
///    nothing: the form is what makes membership by status.
/// 3. `DeclaredCommercialCompany` counts only for a French form of category
///    `CommercialCompany`: the law opens this route to commercial companies
///    only, and it cannot be checked when the form is unknown.
/// 4. `EsusApproved` counts when the form is French or unknown: the
///    approval is itself granted only to SSE enterprises.
/// 5. `PlSocialEnterprise` counts when the form is Polish or unknown, for
///    the same reason.
/// 6. `PlSocialCooperative` counts only for a Polish form of category
///    `Cooperative`, since it qualifies a cooperative.
///
/// Anything else is not a member.
pub fn sse_member(form: Option<&LegalFormInfo>, declared: &[SseBasis]) -> bool {
    if form.is_some_and(|f| f.sse_by_status) {
        return true;
    }
    let is = |country: Country, category: LegalCategory| {
        form.is_some_and(|f| f.country == country && f.category == category)
    };
    let country_or_unknown = |country: Country| form.is_none_or(|f| f.country == country);
    declared.iter().any(|basis| match basis {
        SseBasis::ByStatus => false,
        SseBasis::DeclaredCommercialCompany => is(Country::Fr, LegalCategory::CommercialCompany),
        SseBasis::EsusApproved => country_or_unknown(Country::Fr),
        SseBasis::PlSocialEnterprise => country_or_unknown(Country::Pl),
        SseBasis::PlSocialCooperative => is(Country::Pl, LegalCategory::Cooperative),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal_form::lookup;
    use SseBasis::*;
    use rstest::rstest;

    fn fr(code: &str) -> Option<&'static LegalFormInfo> {
        Some(lookup(Country::Fr, code).unwrap())
    }

    fn pl(code: &str) -> Option<&'static LegalFormInfo> {
        Some(lookup(Country::Pl, code).unwrap())
    }

    #[rstest]
    // 1. By status, with or without declarations.
    #[case(fr("9220"), &[], true)]
    #[case(fr("9300"), &[], true)]
    #[case(fr("5458"), &[], true)]
    #[case(fr("8210"), &[], true)]
    #[case(fr("9220"), &[DeclaredCommercialCompany], true)]
    #[case(pl("155"), &[], true)]
    #[case(pl("148"), &[], true)]
    // 2. Claiming "by status" does not make it so.
    #[case(fr("5710"), &[ByStatus], false)]
    #[case(None, &[ByStatus], false)]
    #[case(pl("140"), &[ByStatus], false)]
    // 3. Commercial companies by declaration.
    #[case(fr("5710"), &[], false)]
    #[case(fr("5710"), &[DeclaredCommercialCompany], true)]
    #[case(fr("5499"), &[DeclaredCommercialCompany], true)]
    #[case(fr("1000"), &[DeclaredCommercialCompany], false)]
    #[case(fr("7220"), &[DeclaredCommercialCompany], false)]
    #[case(pl("117"), &[DeclaredCommercialCompany], false)]
    #[case(None, &[DeclaredCommercialCompany], false)]
    // 4. ESUS approval.
    #[case(fr("5710"), &[EsusApproved], true)]
    #[case(fr("6220"), &[EsusApproved], true)]
    #[case(None, &[EsusApproved], true)]
    #[case(pl("117"), &[EsusApproved], false)]
    // 5. Polish social enterprise status.
    #[case(pl("117"), &[PlSocialEnterprise], true)]
    #[case(None, &[PlSocialEnterprise], true)]
    #[case(fr("5710"), &[PlSocialEnterprise], false)]
    // 6. Polish social cooperative.
    #[case(pl("140"), &[], false)]
    #[case(pl("140"), &[PlSocialCooperative], true)]
    #[case(pl("117"), &[PlSocialCooperative], false)]
    #[case(fr("5460"), &[PlSocialCooperative], true)] // already SSE by status
    #[case(None, &[PlSocialCooperative], false)]
    // Nothing declared, not by status.
    #[case(None, &[], false)]
    #[case(fr("7346"), &[], false)]
    #[case(pl("403"), &[], false)]
    #[case(fr("7346"), &[ByStatus, DeclaredCommercialCompany, PlSocialCooperative], false)]
    fn membership(
        #[case] form: Option<&LegalFormInfo>,
        #[case] declared: &[SseBasis],
        #[case] expected: bool,
    ) {
        assert_eq!(sse_member(form, declared), expected);
    }

    #[test]
    fn basis_strings() {
        let names: Vec<_> = SseBasis::all().iter().map(|b| b.as_str()).collect();
        assert_eq!(
            names,
            [
                "by_status",
                "declared_commercial_company",
                "esus_approved",
                "pl_social_enterprise",
                "pl_social_cooperative"
            ]
        );
        for b in SseBasis::all() {
            assert_eq!(b.as_str().parse::<SseBasis>().unwrap(), *b);
        }
    }
}
