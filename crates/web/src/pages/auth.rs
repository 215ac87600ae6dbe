//! Sign-up, e-mail confirmation, sign-in, sign-out and password reset.

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use passerelle_app::AppError;
use passerelle_app::accounts::{self, SignUp};

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage {
    page: PageCommon,
    errors: FormErrors,
    email: String,
    full_name: String,
}

/// Sign-up form fields.
#[derive(serde::Deserialize)]
pub struct SignupForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// `GET /signup`.
pub async fn signup_form(p: PageCtx) -> Response {
    super::ok(&SignupPage {
        page: p.common,
        errors: FormErrors::default(),
        email: String::new(),
        full_name: String::new(),
    })
}

/// `POST /signup`.
pub async fn signup(p: PageCtx, Form(f): Form<SignupForm>) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    let cmd = SignUp {
        email: f.email.clone(),
        name: f.name.clone(),
        password: f.password,
        password_confirm: f.password_confirm,
        locale: p.locale,
    };
    match accounts::sign_up(&p.state.app, cmd).await {
        Ok(Some(uid)) => {
            p.sign_in(&uid).await?;
            p.flash("flash-signed-up").await;
            Ok(super::see_other("/me/organisations"))
        }
        // The address already had an account: its owner was told by mail; same answer here.
        Ok(None) => {
            p.flash("flash-check-mail").await;
            Ok(super::see_other("/login"))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SignupPage {
                    page: p.common,
                    errors,
                    email: f.email,
                    full_name: f.name,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// `?token=` of mailed links.
#[derive(serde::Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// `GET /confirm?token=…`.
pub async fn confirm(p: PageCtx, Query(q): Query<TokenQuery>) -> Result<Response, WebError> {
    match accounts::confirm_email(&p.state.app, &q.token).await {
        Ok(_) => {
            p.flash("flash-email-confirmed").await;
            let to = if p.actor.user.is_some() {
                "/me/organisations"
            } else {
                "/login"
            };
            Ok(super::see_other(to))
        }
        Err(e) => Err(e.into()),
    }
}

/// A form with only the CSRF field.
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    #[serde(rename = "_csrf", default)]
    pub(crate) csrf: String,
}

/// Alias used by other page modules.
pub type CsrfOnlyPub = CsrfOnly;

/// `POST /confirm/resend`.
pub async fn resend(p: PageCtx, Form(f): Form<CsrfOnly>) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    accounts::resend_confirmation(&p.state.app, &p.actor).await?;
    p.flash("flash-check-mail").await;
    Ok(super::see_other("/me/organisations"))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: PageCommon,
    errors: FormErrors,
    email: String,
    next: String,
}

/// `?next=` after sign-in.
#[derive(serde::Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Sign-in form fields.
#[derive(serde::Deserialize)]
pub struct LoginForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// `GET /login`.
pub async fn login_form(p: PageCtx, Query(q): Query<NextQuery>) -> Response {
    let next = super::safe_next(q.next.as_deref());
    super::ok(&LoginPage {
        page: p.common,
        errors: FormErrors::default(),
        email: String::new(),
        next,
    })
}

/// `POST /login`.
pub async fn login(
    p: PageCtx,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Form(f): Form<LoginForm>,
) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    let next = super::safe_next(f.next.as_deref());
    match accounts::login(&p.state.app, &f.email, &f.password, Some(addr.ip())).await {
        Ok(uid) => {
            p.sign_in(&uid).await?;
            let mut res = super::see_other(&next);
            // The account's language wins from now on.
            if let Ok(Some(l)) = accounts::locale_of(&p.state.app, &uid).await
                && let Ok(v) = crate::locale::set_cookie(l, p.state.secure_cookies).parse()
            {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            Ok(res)
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            Ok(super::html(
                StatusCode::UNAUTHORIZED,
                &LoginPage {
                    page: p.common,
                    errors,
                    email: f.email,
                    next,
                },
            ))
        }
        Err(AppError::RateLimited) => {
            let errors =
                p.form_errors(&[passerelle_app::FieldError::new("password", "rate_limited")]);
            let mut res = super::html(
                StatusCode::TOO_MANY_REQUESTS,
                &LoginPage {
                    page: p.common,
                    errors,
                    email: f.email,
                    next,
                },
            );
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /logout`.
pub async fn logout(p: PageCtx, Form(f): Form<CsrfOnly>) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    p.sign_out().await;
    Ok(super::see_other("/"))
}

#[derive(Template)]
#[template(path = "forgot.html")]
struct ForgotPage {
    page: PageCommon,
    errors: FormErrors,
    email: String,
}

/// Reset-request form.
#[derive(serde::Deserialize)]
pub struct ForgotForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

/// `GET /password/forgot`.
pub async fn forgot_form(p: PageCtx) -> Response {
    super::ok(&ForgotPage {
        page: p.common,
        errors: FormErrors::default(),
        email: String::new(),
    })
}

/// `POST /password/forgot`.
pub async fn forgot(p: PageCtx, Form(f): Form<ForgotForm>) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    match accounts::request_password_reset(&p.state.app, &f.email).await {
        Ok(()) => {
            p.flash("flash-reset-sent").await;
            Ok(super::see_other("/login"))
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage {
                    page: p.common,
                    errors,
                    email: f.email,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetPage {
    page: PageCommon,
    errors: FormErrors,
    token: String,
}

/// New-password form.
#[derive(serde::Deserialize)]
pub struct ResetForm {
    #[serde(rename = "_csrf", default)]
    csrf: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// `GET /password/reset?token=…`.
pub async fn reset_form(p: PageCtx, Query(q): Query<TokenQuery>) -> Result<Response, WebError> {
    if !accounts::reset_token_valid(&p.state.app, &q.token).await? {
        return Err(WebError(AppError::Conflict("token_invalid")));
    }
    Ok(super::ok(&ResetPage {
        page: p.common,
        errors: FormErrors::default(),
        token: q.token,
    }))
}

/// `POST /password/reset`.
pub async fn reset(p: PageCtx, Form(f): Form<ResetForm>) -> Result<Response, WebError> {
    p.check_csrf(&f.csrf).await?;
    match accounts::reset_password(&p.state.app, &f.token, &f.password, &f.password_confirm).await {
        Ok(uid) => {
            p.sign_in(&uid).await?;
            p.flash("flash-password-changed").await;
            Ok(super::see_other("/me/organisations").into_response())
        }
        Err(AppError::Invalid(errs)) => {
            let errors = p.form_errors(&errs);
            Ok(super::html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ResetPage {
                    page: p.common,
                    errors,
                    token: f.token,
                },
            ))
        }
        Err(e) => Err(e.into()),
    }
}
