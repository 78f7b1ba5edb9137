"""Failed-login throttling by django-axes, locked on the pair (account, client address).

django-axes is the only login throttle (allauth's own failed-login limit is off): after
``AXES_FAILURE_LIMIT`` failures for one email address from one address, that pair is refused for
``AXES_COOLOFF_TIME``. The same account from another address can still sign in, so nobody can
lock a member of staff out from elsewhere. Staff with the administrator duty unlock an account
on the lockouts page.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.shortcuts import render

from rsqm.core import clock


def attempted_email(request, credentials) -> str:
    """The email address a sign-in tried, lower-cased; never anything else from the form."""
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username") or credentials.get("login")
    if not value and request is not None and request.method == "POST":
        value = request.POST.get("login")
    return str(value or "").strip().lower()


def username_from_request(request, credentials):
    """allauth posts ``login`` but passes ``email`` in the credentials."""
    return attempted_email(request, credentials)


def lockout_response(request, response=None, credentials=None, *args, **kwargs):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"cooloff_minutes": minutes}, status=429)


def current_lockouts(*, now=None):
    """The (email, address) pairs locked out now, most recent first."""
    from axes.models import AccessAttempt

    at = now or clock.now()
    cooloff: timedelta = settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gt=at - cooloff
    ).order_by("-attempt_time")


def unlocks_at(attempt):
    return attempt.attempt_time + settings.AXES_COOLOFF_TIME
