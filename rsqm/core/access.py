"""Who may do what: predicates shared by every app's ``access.py``.

Deny by default: a view reaches an object only through an access helper
(``get_<thing>_for(user, pk, *, write=False)``) that raises ``Http404`` both for "not yours" and
for "does not exist". Predicates are ``rules`` predicates so they combine with ``&``, ``|``, ``~``.
"""

from __future__ import annotations

from functools import wraps

import rules
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from rsqm.accounts.models import Duty
from rsqm.accounts.rules import dbs_in_date
from rsqm.core import clock, figures


@rules.predicate
def is_scheme_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


@rules.predicate
def is_assessor(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and hasattr(user, "assessor_profile"))


@rules.predicate
def is_practitioner(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_practitioner)


def has_duty(duty: Duty):
    @rules.predicate(name=f"has_{duty.value}")
    def predicate(user) -> bool:
        return bool(is_scheme_staff(user) and user.has_perm(duty.perm))

    return predicate


def lacks_for_confidential(user, *, on=None) -> list[str]:
    """What stops a staff member or assessor seeing confidential pages (PRIV-ASSESSOR-CHECKS).

    Staff and assessors need a signed confidentiality statement; assessors also an in-date DBS
    check. Returns the missing items in plain words; empty means nothing is missing.
    """
    missing: list[str] = []
    if not user.confidentiality_signed_on:
        missing.append("confidentiality statement")
    profile = getattr(user, "assessor_profile", None)
    if profile is not None:
        day = on or clock.today()
        if not dbs_in_date(profile.dbs_checked_on, figures.get("assessor.dbs_recheck_years"), day):
            missing.append("in-date DBS check")
    return missing


@rules.predicate
def cleared_for_confidential(user) -> bool:
    """Staff or assessor with every check PRIV-ASSESSOR-CHECKS asks for."""
    return bool((is_scheme_staff(user) or is_assessor(user)) and not lacks_for_confidential(user))


def staff_required(duty: Duty | None = None):
    """Decorator for staff pages: anonymous users sign in; others get 403 (a page, not a 404,
    because the address of a staff page is no secret). With ``duty``, only staff holding it."""
    return any_duty_required(*([duty] if duty is not None else []))


def any_duty_required(*duties: Duty):
    """Staff holding at least one of ``duties`` (or any staff when none are given)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not is_scheme_staff(user):
                raise PermissionDenied
            if duties and not any(user.has_perm(d.perm) for d in duties):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
