//! Who may do what: one function per resource, called by every use case before it touches
//! the store. Pure (no IO) so the whole matrix is unit-tested below.

use passerelle_domain::{OrgRole, TenantRole};

use crate::{Actor, AppError, AppResult};

/// Actions on an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgAction {
    /// See the public profile (legal name, form, commune, identifiers, description).
    ViewProfile,
    /// See members and pending invitations (personal data).
    ViewMembers,
    /// Change the profile.
    Edit,
    /// Invite members.
    Invite,
}

/// Actions on a tenant (an authority).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenantAction {
    /// See the public page and programmes.
    View,
    /// Define programmes, schemes, calls.
    ManageProgrammes,
    /// See who the staff are.
    ViewStaff,
    /// Give and take staff roles.
    ManageStaff,
    /// Score applications.
    Review,
}

/// Creating an organisation: any signed-in account whose e-mail is confirmed.
pub fn create_organisation(actor: &Actor) -> AppResult<()> {
    match &actor.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if !u.confirmed => Err(AppError::Conflict("email_not_confirmed")),
        Some(_) => Ok(()),
    }
}

/// Managing a saved search (list, delete): the account that saved it, or the account whose
/// confirmed address receives it.
pub fn saved_search(actor: &Actor, owner_id: Option<&str>, email: &str) -> AppResult<()> {
    let Some(u) = &actor.user else {
        return Err(AppError::Unauthenticated);
    };
    if owner_id == Some(u.id.as_str()) || (u.confirmed && u.email == email) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// An action on an organisation, given the actor's role in it (`None` = not a member).
pub fn organisation(actor: &Actor, role: Option<OrgRole>, action: OrgAction) -> AppResult<()> {
    if action == OrgAction::ViewProfile {
        return Ok(());
    }
    let Some(user) = &actor.user else {
        return Err(AppError::Unauthenticated);
    };
    if user.platform_admin {
        return Ok(());
    }
    let allowed = match (action, role) {
        (_, None) => false,
        (OrgAction::ViewMembers, Some(_)) => true,
        (OrgAction::Edit, Some(r)) => r.can_edit_profile(),
        (OrgAction::Invite, Some(r)) => r.can_manage_members(),
        (OrgAction::ViewProfile, _) => true,
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// An action on a tenant.
pub fn tenant(actor: &Actor, tenant_id: &str, action: TenantAction) -> AppResult<()> {
    if action == TenantAction::View {
        return Ok(());
    }
    let Some(user) = &actor.user else {
        return Err(AppError::Unauthenticated);
    };
    if user.platform_admin {
        return Ok(());
    }
    let has = |r: TenantRole| {
        user.tenant_roles
            .iter()
            .any(|(t, role)| t == tenant_id && *role == r)
    };
    let allowed = match action {
        TenantAction::View => true,
        TenantAction::ManageStaff => has(TenantRole::Admin),
        TenantAction::ViewStaff => has(TenantRole::Admin) || has(TenantRole::Officer),
        TenantAction::ManageProgrammes => has(TenantRole::Admin) || has(TenantRole::Officer),
        TenantAction::Review => has(TenantRole::Reviewer),
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorUser;
    use rstest::rstest;

    fn user(platform_admin: bool, roles: &[(&str, TenantRole)]) -> Actor {
        Actor {
            user: Some(ActorUser {
                id: "u".into(),
                email: "u@example.org".into(),
                name: "U".into(),
                platform_admin,
                confirmed: true,
                sessions_valid_after: 0,
                tenant_roles: roles.iter().map(|(t, r)| ((*t).to_owned(), *r)).collect(),
            }),
        }
    }

    #[derive(Clone, Copy, Debug)]
    enum Who {
        Anonymous,
        Stranger,
        Member,
        Manager,
        Owner,
        PlatformAdmin,
    }

    fn org_case(who: Who) -> (Actor, Option<OrgRole>) {
        match who {
            Who::Anonymous => (Actor::anonymous(), None),
            Who::Stranger => (user(false, &[]), None),
            Who::Member => (user(false, &[]), Some(OrgRole::Member)),
            Who::Manager => (user(false, &[]), Some(OrgRole::Manager)),
            Who::Owner => (user(false, &[]), Some(OrgRole::Owner)),
            Who::PlatformAdmin => (user(true, &[]), None),
        }
    }

    /// The organisation matrix: (who, view profile, view members, edit, invite).
    #[rstest]
    #[case(Who::Anonymous, true, false, false, false)]
    #[case(Who::Stranger, true, false, false, false)]
    #[case(Who::Member, true, true, false, false)]
    #[case(Who::Manager, true, true, true, true)]
    #[case(Who::Owner, true, true, true, true)]
    #[case(Who::PlatformAdmin, true, true, true, true)]
    fn organisation_matrix(
        #[case] who: Who,
        #[case] view: bool,
        #[case] members: bool,
        #[case] edit: bool,
        #[case] invite: bool,
    ) {
        let (actor, role) = org_case(who);
        assert_eq!(
            organisation(&actor, role, OrgAction::ViewProfile).is_ok(),
            view,
            "{who:?} view"
        );
        assert_eq!(
            organisation(&actor, role, OrgAction::ViewMembers).is_ok(),
            members,
            "{who:?} members"
        );
        assert_eq!(
            organisation(&actor, role, OrgAction::Edit).is_ok(),
            edit,
            "{who:?} edit"
        );
        assert_eq!(
            organisation(&actor, role, OrgAction::Invite).is_ok(),
            invite,
            "{who:?} invite"
        );
    }

    #[test]
    fn anonymous_gets_unauthenticated_not_forbidden() {
        let a = Actor::anonymous();
        assert!(matches!(
            organisation(&a, None, OrgAction::Edit),
            Err(AppError::Unauthenticated)
        ));
        assert!(matches!(
            create_organisation(&a),
            Err(AppError::Unauthenticated)
        ));
    }

    #[test]
    fn unconfirmed_cannot_create_organisation() {
        let mut a = user(false, &[]);
        if let Some(u) = a.user.as_mut() {
            u.confirmed = false;
        }
        assert!(matches!(
            create_organisation(&a),
            Err(AppError::Conflict("email_not_confirmed"))
        ));
        assert!(create_organisation(&user(false, &[])).is_ok());
    }

    /// The tenant matrix on tenant "t1": (roles, view, manage programmes, view staff, manage
    /// staff, review).
    #[rstest]
    #[case(&[], false, true, false, false, false, false)]
    #[case(&[("t1", TenantRole::Admin)], false, true, true, true, true, false)]
    #[case(&[("t1", TenantRole::Officer)], false, true, true, true, false, false)]
    #[case(&[("t1", TenantRole::Reviewer)], false, true, false, false, false, true)]
    #[case(&[("t2", TenantRole::Admin)], false, true, false, false, false, false)]
    #[case(&[("t2", TenantRole::Reviewer), ("t1", TenantRole::Officer)], false, true, true, true, false, false)]
    #[case(&[], true, true, true, true, true, true)]
    fn tenant_matrix(
        #[case] roles: &[(&str, TenantRole)],
        #[case] platform_admin: bool,
        #[case] view: bool,
        #[case] programmes: bool,
        #[case] view_staff: bool,
        #[case] staff: bool,
        #[case] review: bool,
    ) {
        let a = user(platform_admin, roles);
        assert_eq!(tenant(&a, "t1", TenantAction::View).is_ok(), view);
        assert_eq!(
            tenant(&a, "t1", TenantAction::ViewStaff).is_ok(),
            view_staff
        );
        assert_eq!(
            tenant(&a, "t1", TenantAction::ManageProgrammes).is_ok(),
            programmes
        );
        assert_eq!(tenant(&a, "t1", TenantAction::ManageStaff).is_ok(), staff);
        assert_eq!(tenant(&a, "t1", TenantAction::Review).is_ok(), review);
    }

    #[test]
    fn anonymous_may_only_view_tenants() {
        let a = Actor::anonymous();
        assert!(tenant(&a, "t1", TenantAction::View).is_ok());
        for action in [
            TenantAction::ManageProgrammes,
            TenantAction::ManageStaff,
            TenantAction::Review,
        ] {
            assert!(matches!(
                tenant(&a, "t1", action),
                Err(AppError::Unauthenticated)
            ));
        }
    }

    #[test]
    fn saved_searches_belong_to_their_account_or_confirmed_address() {
        let me = user(false, &[]);
        assert!(
            saved_search(&me, Some("u"), "other@example.org").is_ok(),
            "saved signed in"
        );
        assert!(
            saved_search(&me, None, "u@example.org").is_ok(),
            "saved for my address"
        );
        assert!(matches!(
            saved_search(&me, Some("v"), "v@example.org"),
            Err(AppError::Forbidden)
        ));
        let admin = user(true, &[]);
        assert!(
            saved_search(&admin, None, "v@example.org").is_err(),
            "no exception for administrators"
        );
        let mut unconfirmed = user(false, &[]);
        if let Some(u) = unconfirmed.user.as_mut() {
            u.confirmed = false;
        }
        assert!(
            saved_search(&unconfirmed, None, "u@example.org").is_err(),
            "an unproven address owns nothing"
        );
        assert!(matches!(
            saved_search(&Actor::anonymous(), None, "u@example.org"),
            Err(AppError::Unauthenticated)
        ));
    }
}
