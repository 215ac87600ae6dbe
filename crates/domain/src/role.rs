//! Roles of users within a tenant (the authority running programmes) and
//! within an organisation (the project holder).

str_enum! {
    /// What a user may do within a tenant.
    pub enum TenantRole {
        /// Configures the tenant, its users and its programmes.
        Admin = "admin",
        /// Programme officer: schemes, calls, pipeline, reports.
        Officer = "officer",
        /// Scores the applications assigned to them.
        Reviewer = "reviewer",
    }
}

str_enum! {
    /// What a user may do within an organisation's account.
    pub enum OrgRole {
        /// Created or owns the account; cannot be removed by managers.
        Owner = "owner",
        /// Manages the profile, the members and the applications.
        Manager = "manager",
        /// Works on applications.
        Member = "member",
    }
}

impl OrgRole {
    /// Whether the role may invite, remove and change members.
    pub const fn can_manage_members(self) -> bool {
        matches!(self, Self::Owner | Self::Manager)
    }

    /// Whether the role may edit the organisation's public profile.
    pub const fn can_edit_profile(self) -> bool {
        matches!(self, Self::Owner | Self::Manager)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enum_str::test_support::{from_str_value, to_str_value};
    use rstest::rstest;

    #[rstest]
    #[case(OrgRole::Owner, true, true)]
    #[case(OrgRole::Manager, true, true)]
    #[case(OrgRole::Member, false, false)]
    fn org_permissions(#[case] role: OrgRole, #[case] members: bool, #[case] profile: bool) {
        assert_eq!(role.can_manage_members(), members);
        assert_eq!(role.can_edit_profile(), profile);
    }

    #[test]
    fn strings() {
        let t: Vec<_> = TenantRole::all().iter().map(|r| r.as_str()).collect();
        assert_eq!(t, ["admin", "officer", "reviewer"]);
        let o: Vec<_> = OrgRole::all().iter().map(|r| r.as_str()).collect();
        assert_eq!(o, ["owner", "manager", "member"]);
        for r in TenantRole::all() {
            assert_eq!(r.as_str().parse::<TenantRole>().unwrap(), *r);
            assert_eq!(to_str_value(r), r.as_str());
            assert_eq!(from_str_value::<TenantRole>(r.as_str()).unwrap(), *r);
        }
        for r in OrgRole::all() {
            assert_eq!(r.to_string().parse::<OrgRole>().unwrap(), *r);
        }
        assert!("superuser".parse::<TenantRole>().is_err());
        assert!("admin".parse::<OrgRole>().is_err());
    }
}
