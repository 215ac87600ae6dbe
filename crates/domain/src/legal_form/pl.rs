//! Polish legal forms: GUS REGON *szczególna forma prawna* (3-digit codes).
//!
//! Codes and labels follow the GUS list published in its glossary of terms
//! ("Forma prawna") and the REGON BIR dictionary. Codes 019–134 were checked
//! against the GUS glossary page itself; codes from 135 on against one public
//! copy of the GUS dictionary only, so they remain to be confirmed against a
//! current GUS extract (in particular 403, 429–431 and 439).
//!
//! Which forms are in the SSE "by status" follows the *ustawa z dnia
//! 5 sierpnia 2022 r. o ekonomii społecznej* (art. 2): non-governmental
//! organisations (associations, foundations and their unions) are *podmioty
//! ekonomii społecznej* by their form. Cooperatives are not: only social,
//! worker and disabled persons' cooperatives qualify and GUS gives them all
//! the generic code 140, so for a cooperative the status must be declared
//! ([`crate::sse::SseBasis::PlSocialCooperative`]). Church legal persons
//! qualify only when their statutes include public-benefit activity, so they
//! are not marked either. Neither *spółdzielnia socjalna*, *koło gospodyń
//! wiejskich*, CIS/KIS, ZAZ nor WTZ has a code of its own in this list.

use super::{LegalCategory, LegalFormInfo};
use crate::Country;
use LegalCategory::*;

const fn f(
    code: &'static str,
    label: &'static str,
    category: LegalCategory,
    sse: bool,
) -> LegalFormInfo {
    LegalFormInfo {
        code,
        country: Country::Pl,
        label,
        category,
        sse_by_status: sse,
    }
}

/// Polish forms, sorted by code.
#[rustfmt::skip]
pub static FORMS: &[LegalFormInfo] = &[
    f("019", "spółki cywilne prowadzące działalność na podstawie umowy zawartej zgodnie z Kodeksem cywilnym", CommercialCompany, false),
    f("050", "Kościół Katolicki", Other, false),
    f("051", "inne kościoły i związki wyznaniowe", Other, false),
    f("053", "europejskie ugrupowanie współpracy terytorialnej", PublicLawGroup, false),
    f("055", "stowarzyszenia niewpisane do KRS", Association, true),
    f("060", "organizacje społeczne oddzielnie niewymienione niewpisane do KRS", Other, false),
    f("085", "wspólnoty mieszkaniowe", Other, false),
    f("099", "osoby fizyczne prowadzące działalność gospodarczą", SoleTrader, false),
    f("114", "europejskie zgrupowania interesów gospodarczych", Other, false),
    f("115", "spółki partnerskie", CommercialCompany, false),
    f("116", "spółki akcyjne", CommercialCompany, false),
    f("117", "spółki z ograniczoną odpowiedzialnością", CommercialCompany, false),
    f("118", "spółki jawne", CommercialCompany, false),
    f("120", "spółki komandytowe", CommercialCompany, false),
    f("121", "spółki komandytowo-akcyjne", CommercialCompany, false),
    f("122", "spółki europejskie", CommercialCompany, false),
    f("126", "towarzystwa ubezpieczeń wzajemnych", Mutual, false),
    f("140", "spółdzielnie", Cooperative, false),
    f("142", "spółdzielnie europejskie", Cooperative, false),
    f("146", "samodzielne publiczne zakłady opieki zdrowotnej", PublicAuthority, false),
    f("148", "fundacje", Foundation, true),
    f("155", "stowarzyszenia", Association, true),
    f("156", "związki stowarzyszeń", Association, true),
    f("157", "stowarzyszenia kultury fizycznej", Association, true),
    f("160", "inne organizacje społeczne lub zawodowe", Other, false),
    f("162", "stowarzyszenia kultury fizycznej o zasięgu ogólnokrajowym", Association, true),
    f("172", "związki zawodowe", Other, false),
    f("174", "związki pracodawców", Other, false),
    f("180", "spółdzielcze kasy oszczędnościowo-kredytowe", Cooperative, false),
    f("181", "stowarzyszenia ogrodowe", Association, true),
    f("182", "związki stowarzyszeń ogrodowych", Association, true),
    f("183", "jednostki terenowe stowarzyszeń posiadające osobowość prawną", Association, true),
    f("401", "organy władzy, administracji rządowej", PublicAuthority, false),
    f("402", "organy kontroli państwowej i ochrony prawa", PublicAuthority, false),
    // Gminy, powiaty and województwa (JST) themselves.
    f("403", "wspólnoty samorządowe", PublicAuthority, false),
    f("409", "Skarb Państwa", PublicAuthority, false),
    f("428", "państwowe jednostki organizacyjne", PublicAuthority, false),
    f("429", "gminne samorządowe jednostki organizacyjne", PublicAuthority, false),
    f("430", "powiatowe samorządowe jednostki organizacyjne", PublicAuthority, false),
    f("431", "wojewódzkie samorządowe jednostki organizacyjne", PublicAuthority, false),
    f("439", "inne państwowe lub samorządowe osoby prawne", PublicAuthority, false),
    f("999", "bez szczególnej formy prawnej", Other, false),
];
