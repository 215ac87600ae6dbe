//! French legal forms: INSEE *catégories juridiques*, level III.
//!
//! Labels are those of the current INSEE nomenclature (the one that added
//! 5310 "Société en libre partenariat" and renamed 8310/8311 to CSE), checked
//! against several public copies of the INSEE file. Only the forms a
//! platform for SSE support meets are listed: associations, foundations,
//! cooperatives, mutuals, the usual commercial companies, local and State
//! public bodies and their groupings. Liberal-profession civil companies
//! (65xx SCP), agricultural groupings, foreign entities and most State
//! services are left out: [`super::lookup`] returns `None` for them and
//! callers treat them as unknown.
//!
//! Notes on the nomenclature:
//! - 5498 (SARL unipersonnelle) and 5720 (SASU) were removed by INSEE, which
//!   now codes those companies 5499 and 5710; they are kept because records
//!   imported from older extracts still carry them.
//! - There is no code for SCIC: a SCIC is coded by its company form (5460
//!   "Autre SARL coopérative", 5560/5660 "Autre SA coopérative", or 5710 for
//!   a SCIC SAS). SCOP SAS are likewise coded 5710.
//! - A GIP is 7410; 7470 is the public-law *groupement de coopération
//!   sanitaire*.

use super::{LegalCategory, LegalFormInfo};
use crate::Country;
use LegalCategory::*;

/// ESS law of 31 July 2014, art. 1 II 1°: associations, foundations,
/// cooperatives and mutuals belong to the SSE by their status.
const fn by_status(category: LegalCategory) -> bool {
    matches!(category, Association | Foundation | Cooperative | Mutual)
}

const fn f(code: &'static str, label: &'static str, category: LegalCategory) -> LegalFormInfo {
    LegalFormInfo {
        code,
        country: Country::Fr,
        label,
        category,
        sse_by_status: by_status(category),
    }
}

/// A form that belongs to a status family by name but is excluded from the
/// SSE by status, with the reason next to its entry.
const fn not_sse(
    code: &'static str,
    label: &'static str,
    category: LegalCategory,
) -> LegalFormInfo {
    LegalFormInfo {
        code,
        country: Country::Fr,
        label,
        category,
        sse_by_status: false,
    }
}

/// French forms, sorted by code.
#[rustfmt::skip]
pub static FORMS: &[LegalFormInfo] = &[
    f("1000", "Entrepreneur individuel", SoleTrader),
    f("4110", "Établissement public national à caractère industriel ou commercial doté d'un comptable public", PublicAuthority),
    f("4120", "Établissement public national à caractère industriel ou commercial non doté d'un comptable public", PublicAuthority),
    f("4140", "Établissement public local à caractère industriel ou commercial", PublicAuthority),
    f("4150", "Régie d'une collectivité locale à caractère industriel ou commercial", PublicAuthority),
    f("5191", "Société de caution mutuelle", Cooperative),
    f("5192", "Société coopérative de banque populaire", Cooperative),
    f("5193", "Caisse de crédit maritime mutuel", Cooperative),
    f("5194", "Caisse (fédérale) de crédit mutuel", Cooperative),
    f("5195", "Association coopérative inscrite (droit local Alsace Moselle)", Cooperative),
    f("5196", "Caisse d'épargne et de prévoyance à forme coopérative", Cooperative),
    f("5202", "Société en nom collectif", CommercialCompany),
    f("5203", "Société en nom collectif coopérative", Cooperative),
    f("5306", "Société en commandite simple", CommercialCompany),
    f("5307", "Société en commandite simple coopérative", Cooperative),
    f("5308", "Société en commandite par actions", CommercialCompany),
    f("5309", "Société en commandite par actions coopérative", Cooperative),
    f("5415", "SARL d'économie mixte", CommercialCompany),
    f("5443", "SARL coopérative de construction", Cooperative),
    f("5451", "SARL coopérative de consommation", Cooperative),
    f("5453", "SARL coopérative artisanale", Cooperative),
    f("5454", "SARL coopérative d'intérêt maritime", Cooperative),
    f("5455", "SARL coopérative de transport", Cooperative),
    f("5458", "SARL coopérative de production (SCOP)", Cooperative),
    f("5459", "SARL union de sociétés coopératives", Cooperative),
    f("5460", "Autre SARL coopérative", Cooperative),
    f("5485", "Société d'exercice libéral à responsabilité limitée", CommercialCompany),
    f("5498", "SARL unipersonnelle", CommercialCompany),
    f("5499", "Société à responsabilité limitée (sans autre indication)", CommercialCompany),
    f("5505", "SA à participation ouvrière à conseil d'administration", CommercialCompany),
    f("5515", "SA d'économie mixte à conseil d'administration", CommercialCompany),
    f("5543", "SA coopérative de construction à conseil d'administration", Cooperative),
    f("5546", "SA de HLM à conseil d'administration", CommercialCompany),
    f("5547", "SA coopérative de production de HLM à conseil d'administration", Cooperative),
    f("5551", "SA coopérative de consommation à conseil d'administration", Cooperative),
    f("5552", "SA coopérative de commerçants-détaillants à conseil d'administration", Cooperative),
    f("5553", "SA coopérative artisanale à conseil d'administration", Cooperative),
    f("5554", "SA coopérative (d'intérêt) maritime à conseil d'administration", Cooperative),
    f("5555", "SA coopérative de transport à conseil d'administration", Cooperative),
    f("5558", "SA coopérative de production (SCOP) à conseil d'administration", Cooperative),
    f("5559", "SA union de sociétés coopératives à conseil d'administration", Cooperative),
    f("5560", "Autre SA coopérative à conseil d'administration", Cooperative),
    f("5585", "Société d'exercice libéral à forme anonyme à conseil d'administration", CommercialCompany),
    f("5599", "SA à conseil d'administration (s.a.i.)", CommercialCompany),
    f("5605", "SA à participation ouvrière à directoire", CommercialCompany),
    f("5615", "SA d'économie mixte à directoire", CommercialCompany),
    f("5643", "SA coopérative de construction à directoire", Cooperative),
    f("5646", "SA de HLM à directoire", CommercialCompany),
    f("5647", "Société coopérative de production de HLM anonyme à directoire", Cooperative),
    f("5651", "SA coopérative de consommation à directoire", Cooperative),
    f("5652", "SA coopérative de commerçants-détaillants à directoire", Cooperative),
    f("5653", "SA coopérative artisanale à directoire", Cooperative),
    f("5654", "SA coopérative d'intérêt maritime à directoire", Cooperative),
    f("5655", "SA coopérative de transport à directoire", Cooperative),
    f("5658", "SA coopérative de production (SCOP) à directoire", Cooperative),
    f("5659", "SA union de sociétés coopératives à directoire", Cooperative),
    f("5660", "Autre SA coopérative à directoire", Cooperative),
    f("5685", "Société d'exercice libéral à forme anonyme à directoire", CommercialCompany),
    f("5699", "SA à directoire (s.a.i.)", CommercialCompany),
    f("5710", "SAS, société par actions simplifiée", CommercialCompany),
    f("5720", "Société par actions simplifiée à associé unique ou société par actions simplifiée unipersonnelle", CommercialCompany),
    f("5785", "Société d'exercice libéral par action simplifiée", CommercialCompany),
    f("5800", "Société européenne", CommercialCompany),
    f("6210", "Groupement européen d'intérêt économique (GEIE)", Other),
    f("6220", "Groupement d'intérêt économique (GIE)", Other),
    f("6316", "Coopérative d'utilisation de matériel agricole en commun (CUMA)", Cooperative),
    f("6317", "Société coopérative agricole", Cooperative),
    f("6318", "Union de sociétés coopératives agricoles", Cooperative),
    f("6411", "Société d'assurance à forme mutuelle", Mutual),
    f("6540", "Société civile immobilière", Other),
    f("6543", "Société civile coopérative de construction", Cooperative),
    f("6551", "Société civile coopérative de consommation", Cooperative),
    f("6554", "Société civile coopérative d'intérêt maritime", Cooperative),
    f("6558", "Société civile coopérative entre médecins", Cooperative),
    f("6560", "Autre société civile coopérative", Cooperative),
    f("6595", "Caisse locale de crédit mutuel", Cooperative),
    f("6596", "Caisse de crédit agricole mutuel", Cooperative),
    f("6599", "Autre société civile", Other),
    f("7112", "Autorité administrative ou publique indépendante", PublicAuthority),
    f("7113", "Ministère", PublicAuthority),
    f("7120", "Service central d'un ministère", PublicAuthority),
    f("7171", "Service déconcentré de l'État à compétence (inter) régionale", PublicAuthority),
    f("7172", "Service déconcentré de l'État à compétence (inter) départementale", PublicAuthority),
    f("7179", "(Autre) Service déconcentré de l'État à compétence territoriale", PublicAuthority),
    f("7210", "Commune et commune nouvelle", PublicAuthority),
    f("7220", "Département", PublicAuthority),
    f("7225", "Collectivité et territoire d'Outre Mer", PublicAuthority),
    f("7229", "(Autre) Collectivité territoriale", PublicAuthority),
    f("7230", "Région", PublicAuthority),
    f("7312", "Commune associée et commune déléguée", PublicAuthority),
    f("7331", "Établissement public local d'enseignement", PublicAuthority),
    f("7340", "Pôle métropolitain", PublicLawGroup),
    f("7343", "Communauté urbaine", PublicLawGroup),
    f("7344", "Métropole", PublicLawGroup),
    f("7345", "Syndicat intercommunal à vocation multiple (SIVOM)", PublicLawGroup),
    f("7346", "Communauté de communes", PublicLawGroup),
    f("7348", "Communauté d'agglomération", PublicLawGroup),
    f("7349", "Autre établissement public local de coopération non spécialisé ou entente", PublicLawGroup),
    f("7351", "Institution interdépartementale ou entente", PublicLawGroup),
    f("7352", "Institution interrégionale ou entente", PublicLawGroup),
    f("7353", "Syndicat intercommunal à vocation unique (SIVU)", PublicLawGroup),
    f("7354", "Syndicat mixte fermé", PublicLawGroup),
    f("7355", "Syndicat mixte ouvert", PublicLawGroup),
    f("7357", "Pôle d'équilibre territorial et rural (PETR)", PublicLawGroup),
    f("7361", "Centre communal d'action sociale", PublicAuthority),
    f("7364", "Établissement d'hospitalisation", PublicAuthority),
    f("7366", "Établissement public local social et médico-social", PublicAuthority),
    f("7367", "Centre Intercommunal d'action sociale (CIAS)", PublicAuthority),
    f("7371", "Office public d'habitation à loyer modéré (OPHLM)", PublicAuthority),
    f("7372", "Service départemental d'incendie et de secours (SDIS)", PublicAuthority),
    f("7373", "Établissement public local culturel", PublicAuthority),
    f("7378", "Régie d'une collectivité locale à caractère administratif", PublicAuthority),
    f("7379", "(Autre) Établissement public administratif local", PublicAuthority),
    f("7381", "Organisme consulaire", PublicAuthority),
    f("7383", "Établissement public national à caractère scientifique culturel et professionnel", PublicAuthority),
    f("7389", "Établissement public national à caractère administratif", PublicAuthority),
    f("7410", "Groupement d'intérêt public (GIP)", PublicLawGroup),
    f("7470", "Groupement de coopération sanitaire à gestion publique", PublicLawGroup),
    f("7490", "Autre personne morale de droit administratif", PublicAuthority),
    f("8210", "Mutuelle", Mutual),
    f("8250", "Assurance mutuelle agricole", Mutual),
    f("8290", "Autre organisme mutualiste", Mutual),
    // Joint (employer/union) bodies of the social security code, not mutuals
    // of the code de la mutualité, so outside art. 1 II 1°.
    f("8510", "Institution de prévoyance", Other),
    // Property owners' unions (ordonnance of 1 July 2004), not loi 1901.
    f("9150", "Association syndicale libre", Other),
    f("9210", "Association non déclarée", Association),
    f("9220", "Association déclarée", Association),
    f("9221", "Association déclarée d'insertion par l'économique", Association),
    f("9222", "Association intermédiaire", Association),
    f("9223", "Groupement d'employeurs", Association),
    // A lawyers' practice structure (law of 31 December 1971), not loi 1901.
    not_sse("9224", "Association d'avocats à responsabilité professionnelle individuelle", Association),
    f("9230", "Association déclarée, reconnue d'utilité publique", Association),
    // Religious congregations: title III of the 1901 law, not associations.
    f("9240", "Congrégation", Other),
    f("9260", "Association de droit local (Bas-Rhin, Haut-Rhin et Moselle)", Association),
    f("9300", "Fondation", Foundation),
    f("9900", "Autre personne morale de droit privé", Other),
    f("9970", "Groupement de coopération sanitaire à gestion privée", Other),
];
