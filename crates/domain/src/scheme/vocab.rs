//! Closed vocabularies that schemes, criteria and eligibility questions
//! share. Their codes are part of the public API (`GET /api/v1/vocabularies`)
//! and of the message catalogues (`vocab-<kind>-<code>`), so a code is never
//! renamed, only added.

str_enum! {
    /// What a scheme gives.
    pub enum SchemeKind {
        /// A subsidy.
        Grant = "grant",
        /// A loan, including zero-rate and honour loans.
        Loan = "loan",
        /// A guarantee on a bank loan.
        Guarantee = "guarantee",
        /// Coaching or technical support.
        Coaching = "coaching",
        /// A place in an incubator or accelerator.
        Incubation = "incubation",
        /// A call for projects with a selection.
        CallForProjects = "call-for-projects",
        /// A prize or award.
        Prize = "prize",
    }
}

str_enum! {
    /// Where a scheme is in its life. Only published schemes are public.
    pub enum SchemeStatus {
        /// Being written; visible to the tenant's staff only.
        Draft = "draft",
        /// Public and open to eligibility checks and alerts.
        Published = "published",
        /// Public, kept for reference, no longer taking applications.
        Closed = "closed",
        /// Removed from the catalogue, kept for history.
        Archived = "archived",
    }
}

impl SchemeStatus {
    /// Whether the public catalogue shows a scheme in this status.
    pub const fn is_public(self) -> bool {
        matches!(self, Self::Published | Self::Closed)
    }

    /// Whether an officer may move a scheme from `self` to `to`.
    ///
    /// Draft → published → closed → archived, with a way back from closed
    /// to published (a deadline extended) and from published to draft
    /// (unpublishing a scheme posted by mistake, as aides-territoires
    /// allows). An archived scheme is final: a new edition is the way to
    /// run it again.
    pub const fn can_become(self, to: SchemeStatus) -> bool {
        use SchemeStatus::*;
        matches!(
            (self, to),
            (Draft, Published)
                | (Published, Draft)
                | (Published, Closed)
                | (Closed, Published)
                | (Draft, Archived)
                | (Closed, Archived)
        )
    }
}

str_enum! {
    /// Themes a scheme supports and a project addresses.
    pub enum Theme {
        /// Sustainable development, ecological transition.
        SustainableDevelopment = "sustainable-development",
        /// Solidarity finance (finance solidaire).
        SolidarityFinance = "solidarity-finance",
        /// Tiers-lieux (third places).
        TiersLieux = "tiers-lieux",
        /// Coworking.
        Coworking = "coworking",
        /// Digital inclusion and mediation.
        DigitalInclusion = "digital-inclusion",
        /// Social innovation.
        SocialInnovation = "social-innovation",
        /// Employment and inclusion through work.
        EmploymentInclusion = "employment-inclusion",
        /// Circular economy.
        CircularEconomy = "circular-economy",
        /// Short food supply chains.
        ShortFoodCircuits = "short-food-circuits",
        /// Socially responsible public procurement.
        ResponsibleProcurement = "responsible-procurement",
        /// Culture and creative activities.
        Culture = "culture",
        /// Mobility.
        Mobility = "mobility",
        /// Housing.
        Housing = "housing",
        /// Care, health and services to people.
        CareServices = "care-services",
        /// Energy transition and renewable energy communities.
        EnergyTransition = "energy-transition",
        /// Local development and rural revitalisation.
        LocalDevelopment = "local-development",
    }
}

str_enum! {
    /// Services a tiers-lieu offers (the seven of the tiers-lieux scheme, seed 002).
    pub enum Service {
        /// Telework centre hosting employees away from their employer's premises.
        TeleworkCentre = "telework-centre",
        /// Shared workspace for independent workers.
        Coworking = "coworking",
        /// Fabrication laboratory open to the public.
        FabLab = "fab-lab",
        /// Open real-life innovation environment.
        LivingLab = "living-lab",
        /// Support space for professionals' projects using digital practices.
        SupportSpace = "support-space",
        /// Digital mediation space open to the public.
        DigitalMediation = "digital-mediation",
        /// Social-life space bringing shops or services to residents.
        SocialLifeSpace = "social-life-space",
    }
}

str_enum! {
    /// Commitments a project holder makes.
    pub enum Commitment {
        /// Animate the space with a programme and dedicated staff.
        AnimationStaff = "animation-staff",
        /// Open the place to the public on regular hours.
        PublicOpening = "public-opening",
        /// Join the regional network and share data on activity.
        NetworkMembership = "network-membership",
        /// Report social-impact indicators every year.
        ImpactReporting = "impact-reporting",
    }
}

str_enum! {
    /// Labels and approvals an applicant may hold, which some schemes require.
    pub enum Label {
        /// FR *entreprise solidaire d'utilité sociale* approval.
        Esus = "esus",
        /// FR *structure d'insertion par l'activité économique*.
        Siae = "siae",
        /// FR *entreprise adaptée* (employs mainly disabled workers).
        EntrepriseAdaptee = "entreprise-adaptee",
        /// PL *przedsiębiorstwo społeczne* status.
        PlSocialEnterprise = "pl-social-enterprise",
        /// PL *centrum integracji społecznej* (CIS).
        PlCis = "pl-cis",
        /// PL *klub integracji społecznej* (KIS).
        PlKis = "pl-kis",
        /// PL *zakład aktywności zawodowej* (ZAZ).
        PlZaz = "pl-zaz",
        /// PL *warsztat terapii zajęciowej* (WTZ).
        PlWtz = "pl-wtz",
    }
}

str_enum! {
    /// Who co-funds a project.
    pub enum CofunderKind {
        /// The European Union (ERDF, ESF+, LEADER, Interreg…).
        Eu = "eu",
        /// The State and its agencies.
        State = "state",
        /// A region or voivodeship.
        Region = "region",
        /// A département or powiat.
        Departement = "departement",
        /// An intercommunality (EPCI) or union of gminas.
        Intercommunality = "intercommunality",
        /// A commune or gmina.
        Commune = "commune",
        /// A private funder (foundation, company, bank, crowdfunding).
        Private = "private",
    }
}

impl CofunderKind {
    /// Whether the co-funder is a public body.
    pub const fn is_public(self) -> bool {
        !matches!(self, Self::Private)
    }
}

str_enum! {
    /// Whether an amount includes value-added tax.
    pub enum Vat {
        /// Excluding VAT (HT, netto).
        Excl = "excl",
        /// Including VAT (TTC, brutto).
        Incl = "incl",
    }
}

str_enum! {
    /// How a scheme's application window repeats.
    pub enum Recurrence {
        /// Opens and closes once.
        OneOff = "one-off",
        /// Opens and closes on the same local dates every year.
        Annual = "annual",
        /// Always open.
        Permanent = "permanent",
    }
}

/// The vocabularies published at `GET /api/v1/vocabularies`, by name, with
/// their codes in display order.
pub fn published() -> Vec<(&'static str, Vec<&'static str>)> {
    fn codes<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| f(*v)).collect()
    }
    vec![
        ("scheme_kinds", codes(SchemeKind::all(), SchemeKind::as_str)),
        ("themes", codes(Theme::all(), Theme::as_str)),
        ("services", codes(Service::all(), Service::as_str)),
        ("commitments", codes(Commitment::all(), Commitment::as_str)),
        (
            "cofunder_kinds",
            codes(CofunderKind::all(), CofunderKind::as_str),
        ),
        ("labels", codes(Label::all(), Label::as_str)),
        ("vat", codes(Vat::all(), Vat::as_str)),
        (
            "beneficiary_categories",
            codes(crate::LegalCategory::all(), crate::LegalCategory::as_str),
        ),
    ]
}
