"""Receivers that put sign-ins, sign-outs, failed sign-ins, lockouts and MFA changes in the audit log.

They record what happened and keep the session bookkeeping (timestamps, the session-to-user
mapping); no rule of the scheme lives here. Never a password, code or secret: a failed sign-in
keeps only the email address that was tried.
"""

from __future__ import annotations

from allauth.account.signals import password_changed, password_reset
from allauth.mfa import signals as mfa_signals
from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from rsqm.accounts import preservation, sessions
from rsqm.accounts.throttle import attempted_email
from rsqm.core import audit, clock


def _user_with_email(email: str):
    if not email:
        return None
    return get_user_model().objects.filter(email__iexact=email).first()


@receiver(user_logged_in, dispatch_uid="rsqm_accounts_logged_in")
def on_logged_in(sender, request, user, **kwargs):
    now = clock.now()
    if request is not None and hasattr(request, "session"):
        sessions.stamp_sign_in(request.session, now=now)
        sessions.remember(user, request.session.session_key, now=now)
        if preservation.has_live(user, now=now):
            request.session[sessions.HAS_PRESERVED] = True
    audit.record("account.signed_in", by=user, obj=user, request=request, now=now)


@receiver(user_logged_out, dispatch_uid="rsqm_accounts_logged_out")
def on_logged_out(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        sessions.forget(request.session.session_key)
    if user is None:
        return
    reason = getattr(request, "rsqm_signed_out_because", None)
    detail = {"reason": f"{reason}_timeout"} if reason else {}
    audit.record("account.signed_out", by=user, obj=user, detail=detail, request=request)


@receiver(user_login_failed, dispatch_uid="rsqm_accounts_login_failed")
def on_login_failed(sender, credentials, request=None, **kwargs):
    email = attempted_email(request, credentials)
    user = _user_with_email(email)
    audit.record(
        "account.sign_in_failed",
        obj=user,
        detail={"email": email[:254], "locked_out": bool(getattr(request, "axes_locked_out", False))},
        request=request,
        label="",
    )


@receiver(user_locked_out, dispatch_uid="rsqm_accounts_locked_out")
def on_locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    email = (username or "")[:254]
    audit.record("account.locked_out", obj=_user_with_email(email), detail={"email": email}, request=request)


@receiver(password_changed, dispatch_uid="rsqm_accounts_password_changed")
def on_password_changed(sender, request, user, **kwargs):
    # Changing the password gives the session a new key: keep the mapping in step.
    if request is not None and hasattr(request, "session"):
        sessions.remember(user, request.session.session_key)
    audit.record("account.password_changed", by=user, obj=user, request=request)


@receiver(password_reset, dispatch_uid="rsqm_accounts_password_reset")
def on_password_reset(sender, request, user, **kwargs):
    # Whoever set a new password through the emailed link controls the address: a lockout on
    # the old password no longer protects anything.
    from axes.utils import reset

    cleared = reset(username=user.email.lower())
    audit.record("account.password_reset", by=user, obj=user, request=request,
                 detail={"lockout_attempts_cleared": cleared})


def _authenticator_detail(authenticator) -> dict:
    return {"type": authenticator.type, "authenticator_id": authenticator.pk}


@receiver(mfa_signals.authenticator_added, dispatch_uid="rsqm_accounts_mfa_added")
def on_authenticator_added(sender, request, user, authenticator, **kwargs):
    audit.record("mfa.authenticator_added", by=user, obj=user, detail=_authenticator_detail(authenticator),
                 request=request)


@receiver(mfa_signals.authenticator_removed, dispatch_uid="rsqm_accounts_mfa_removed")
def on_authenticator_removed(sender, request, user, authenticator, **kwargs):
    audit.record("mfa.authenticator_removed", by=user, obj=user, detail=_authenticator_detail(authenticator),
                 request=request)


@receiver(mfa_signals.authenticator_reset, dispatch_uid="rsqm_accounts_mfa_reset")
def on_authenticator_reset(sender, request, user, authenticator, **kwargs):
    audit.record("mfa.authenticator_reset", by=user, obj=user, detail=_authenticator_detail(authenticator),
                 request=request)


@receiver(mfa_signals.authentication_failed, dispatch_uid="rsqm_accounts_mfa_failed")
def on_mfa_failed(sender, request, user, authenticator=None, **kwargs):
    detail = {"reauthentication": bool(kwargs.get("reauthentication", False))}
    if authenticator is not None:
        detail["type"] = authenticator.type
    audit.record("mfa.code_rejected", obj=user, detail=detail, request=request, label="")
