"""Signed-in sessions: when they started, when they were last used, and ending them.

A session holds two instants (seconds since the epoch, from ``core.clock``): when the user signed
in (``SIGNED_IN_AT``) and when they last made a request that counts as activity (``SEEN_AT``).
``SessionTimeoutMiddleware`` ends a session ``SESSION_IDLE_SECONDS`` after ``SEEN_AT`` and
``SESSION_ABSOLUTE_SECONDS`` after ``SIGNED_IN_AT``.
"""

from __future__ import annotations

from importlib import import_module

from django.conf import settings

from rsqm.core import clock

SIGNED_IN_AT = "rsqm.signed_in_at"
SEEN_AT = "rsqm.seen_at"
# Set at sign-in when the user has a form kept from an ended session; spares every other request
# a query.
HAS_PRESERVED = "rsqm.has_preserved_form"


class Ended:
    """Why a session ended (``None`` when it has not)."""

    IDLE = "idle"
    ABSOLUTE = "absolute"


def stamp_sign_in(session, *, now=None) -> None:
    at = (now or clock.now()).timestamp()
    session[SIGNED_IN_AT] = at
    session[SEEN_AT] = at


def stamp_activity(session, *, now=None) -> None:
    session[SEEN_AT] = (now or clock.now()).timestamp()


def ended_because(session, *, now=None) -> str | None:
    """``Ended.IDLE``, ``Ended.ABSOLUTE`` or ``None``: at exactly the limit the session has ended."""
    at = (now or clock.now()).timestamp()
    signed_in = session.get(SIGNED_IN_AT)
    seen = session.get(SEEN_AT)
    if signed_in is not None and at - float(signed_in) >= settings.SESSION_ABSOLUTE_SECONDS:
        return Ended.ABSOLUTE
    if seen is not None and at - float(seen) >= settings.SESSION_IDLE_SECONDS:
        return Ended.IDLE
    return None


def remember(user, session_key: str | None, *, now=None) -> None:
    """Keep the user's session key so that deactivating them can end the session."""
    from rsqm.accounts.models import LiveSession

    if not session_key:
        return
    LiveSession.objects.update_or_create(
        session_key=session_key, defaults={"user": user, "created_at": now or clock.now()}
    )


def forget(session_key: str | None) -> None:
    from rsqm.accounts.models import LiveSession

    if session_key:
        LiveSession.objects.filter(session_key=session_key).delete()


def end_all_for(user) -> int:
    """Delete every session the user signed in with; returns how many were ended."""
    from rsqm.accounts.models import LiveSession

    store = import_module(settings.SESSION_ENGINE).SessionStore
    keys = list(LiveSession.objects.filter(user=user).values_list("session_key", flat=True))
    for key in keys:
        store(session_key=key).delete()
    LiveSession.objects.filter(user=user).delete()
    return len(keys)
