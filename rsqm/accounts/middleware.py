"""Account middleware: session timeouts and the MFA requirement for staff and assessors.

Both work in ``process_view``, so they run after ``CsrfViewMiddleware.process_view`` (which is
earlier in ``MIDDLEWARE``): a form posted after the session ended is only kept once its CSRF
token has been accepted. The timeout runs before the MFA gate, so an ended session is never
redirected to enrolment.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse

from rsqm.accounts import preservation, sessions
from rsqm.core import clock

KEEPALIVE_URL_NAME = "session_keepalive"

# What a staff member or assessor without an authenticator app may still reach: what enrolment
# needs (allauth asks for a verified email address and for the password again before adding
# TOTP), signing out, and the session keepalive.
ENROLMENT_URL_NAMES = frozenset(
    {
        "mfa_index",
        "mfa_activate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "mfa_reauthenticate",
        "mfa_authenticate",
        "account_email",
        "account_email_verification_sent",
        "account_confirm_email",
        "account_reauthenticate",
        "account_logout",
        KEEPALIVE_URL_NAME,
    }
)

TIMEOUT_MESSAGES = {
    sessions.Ended.IDLE: "You were signed out because you had not done anything for {minutes} minutes. "
    "Sign in again to continue.",
    sessions.Ended.ABSOLUTE: "You were signed out because you had been signed in for {hours} hours. "
    "Sign in again to continue.",
}


def is_ajax(request) -> bool:
    return request.headers.get("X-Requested-With") == "XMLHttpRequest" or "HX-Request" in request.headers


def _url_name(request) -> str:
    match = getattr(request, "resolver_match", None)
    return (match.url_name or "") if match else ""


def _login_url(next_path: str) -> str:
    return f"{reverse(settings.LOGIN_URL)}?{urlencode({'next': next_path})}"


class SessionTimeoutMiddleware:
    """End a signed-in session after ``SESSION_IDLE_SECONDS`` without activity or
    ``SESSION_ABSOLUTE_SECONDS`` after sign-in, keeping a form posted into an ended session.

    Every request to a page counts as activity; the keepalive endpoint counts as activity only
    through this middleware (it is the one request whose purpose is to say "still here") and is
    otherwise invisible: it neither shows a kept form nor is kept itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.preserved_form = None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        now = clock.now()
        session = request.session
        if sessions.SIGNED_IN_AT not in session:
            # A session from before these timestamps existed: start counting now.
            sessions.stamp_sign_in(session, now=now)
            return None
        reason = sessions.ended_because(session, now=now)
        if reason is None:
            sessions.stamp_activity(session, now=now)
            if request.method == "GET" and _url_name(request) != KEEPALIVE_URL_NAME:
                request.preserved_form = preservation.take(request, now=now)
            return None
        return self._end(request, user, reason, now)

    def _end(self, request, user, reason, now):
        url_name = _url_name(request)
        kept = None
        if (
            request.method == "POST"
            and getattr(request, "csrf_processing_done", False)
            and url_name != KEEPALIVE_URL_NAME
            and not url_name.startswith(("account_", "mfa_"))
        ):
            kept = preservation.keep(request, user, now=now)
        request.rsqm_signed_out_because = reason
        logout(request)
        minutes = settings.SESSION_IDLE_SECONDS // 60
        hours = settings.SESSION_ABSOLUTE_SECONDS // 3600
        text = TIMEOUT_MESSAGES[reason].format(minutes=minutes, hours=hours)
        if kept is not None:
            text += " We have kept what you typed: you will see it when you sign in."
        if url_name == KEEPALIVE_URL_NAME:
            if is_ajax(request):
                return HttpResponse(status=401)
            messages.warning(request, text)
            return HttpResponseRedirect(_login_url(reverse("dashboard")))
        messages.warning(request, text)
        if request.method in ("GET", "HEAD", "OPTIONS"):
            # Carry on as a visitor: a public page shows itself, a private one asks to sign in.
            return None
        return HttpResponseRedirect(_login_url(request.path))


class MFARequiredMiddleware:
    """Staff and assessors without an authenticator app reach only what enrolment needs.

    The test is "has a TOTP authenticator", not "passed the MFA step in this session": the
    sign-in flow asks everyone who has one for a code, and tests that use ``force_login`` give
    their personas one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not needs_mfa(user):
            return None
        if request.path.startswith(settings.STATIC_URL) or request.path == "/healthz":
            return None
        if _url_name(request) in ENROLMENT_URL_NAMES:
            return None
        if has_totp(user):
            return None
        if is_ajax(request):
            return HttpResponse(status=403)
        messages.warning(
            request,
            "Set up an authenticator app before you continue. Staff and assessors need one to sign in.",
        )
        return HttpResponseRedirect(reverse("mfa_activate_totp"))


def needs_mfa(user) -> bool:
    return bool(user.is_active and (user.is_staff or user.is_assessor))


def has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
