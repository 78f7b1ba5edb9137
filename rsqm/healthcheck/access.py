"""Who may see and change a healthcheck.

- An unclaimed healthcheck (no owner, no organisation) is held by the browser session that
  started it or opened its resume link (``SESSION_KEY``): that session only.
- A claimed one: its owner, and every user (admin or contributor) of its organisation.
- Staff see a healthcheck only once its organisation has shared it with them, on the staff
  pages, as case officers cleared for confidential pages (``get_shared_healthcheck_for``).
Everyone else gets ``Http404``, the same as for a healthcheck that does not exist.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from rsqm.accounts.models import Duty
from rsqm.core.access import cleared_for_confidential, is_scheme_staff
from rsqm.healthcheck.models import Healthcheck
from rsqm.organisations.models import Organisation, OrganisationMembership

#: The session's list of unclaimed healthchecks it holds.
SESSION_KEY = "rsqm_healthchecks"


def _active(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def session_ids(session) -> list[int]:
    if session is None:
        return []
    return [int(i) for i in session.get(SESSION_KEY, []) if str(i).isdigit()]


def session_hold(session, healthcheck_id: int) -> None:
    ids = session_ids(session)
    if healthcheck_id not in ids:
        # The newest first; a browser holds a few at most.
        session[SESSION_KEY] = [healthcheck_id, *ids][:20]


def session_release(session, healthcheck_id: int) -> None:
    ids = session_ids(session)
    if healthcheck_id in ids:
        session[SESSION_KEY] = [i for i in ids if i != healthcheck_id]


def may_take_healthcheck(user) -> bool:
    """Anyone may take the healthcheck, except scheme staff and assessors while signed in."""
    if not _active(user):
        return True
    return not is_scheme_staff(user) and not hasattr(user, "assessor_profile")


def may_hold(user) -> bool:
    """A signed-in user who may own healthchecks and claim unclaimed ones."""
    return _active(user) and may_take_healthcheck(user)


def user_may_read(user, healthcheck: Healthcheck) -> bool:
    if not _active(user):
        return False
    if healthcheck.owner_id == user.pk:
        return True
    return bool(healthcheck.organisation_id and OrganisationMembership.objects.filter(
        user=user, organisation_id=healthcheck.organisation_id).exists())


def get_healthcheck_for(request, pk) -> Healthcheck:
    """The healthcheck ``pk`` if this request's user or session holds it; ``Http404`` otherwise."""
    try:
        healthcheck = Healthcheck.objects.select_related("framework", "organisation").get(pk=int(pk))
    except (Healthcheck.DoesNotExist, TypeError, ValueError):
        raise Http404 from None
    if healthcheck.is_unclaimed:
        if healthcheck.pk in session_ids(getattr(request, "session", None)):
            return healthcheck
        raise Http404
    if user_may_read(request.user, healthcheck):
        return healthcheck
    raise Http404


def organisations_of(user) -> list[Organisation]:
    if not _active(user):
        return []
    return list(Organisation.objects.filter(memberships__user=user).order_by("legal_name"))


def may_share(user, healthcheck: Healthcheck) -> bool:
    """A signed-in user of the healthcheck's organisation shares it with the scheme's staff."""
    return bool(_active(user) and healthcheck.organisation_id and OrganisationMembership.objects.filter(
        user=user, organisation_id=healthcheck.organisation_id).exists())


def is_case_officer(user) -> bool:
    """Staff with the case officer duty, cleared for confidential pages: they read shared
    healthchecks, reply, and record that an organisation is ready."""
    return bool(is_scheme_staff(user) and user.has_perm(Duty.CASE_OFFICER.perm) and cleared_for_confidential(user))


def case_officer_required(view):
    """Decorator for the case officers' pages: sign in first; other users get 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_case_officer(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def get_shared_healthcheck_for(user, pk) -> Healthcheck:
    """A healthcheck its organisation has shared with staff, for a case officer; ``Http404``
    for one not shared and for one that does not exist."""
    if not is_case_officer(user):
        raise Http404
    try:
        return Healthcheck.objects.select_related("framework", "organisation").get(
            pk=int(pk), shared_at__isnull=False)
    except (Healthcheck.DoesNotExist, TypeError, ValueError):
        raise Http404 from None


def get_organisation_for_case_officer(user, pk) -> Organisation:
    if not is_case_officer(user):
        raise Http404
    try:
        return Organisation.objects.get(pk=int(pk))
    except (Organisation.DoesNotExist, TypeError, ValueError):
        raise Http404 from None
