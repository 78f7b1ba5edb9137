"""Who may see and change organisations and services (PRIV-CONFIDENTIAL, PRIV-ASSESSOR-CHECKS).

Every view reaches an organisation or a service through ``get_organisation_for`` or
``get_service_for``. Both raise ``Http404`` alike for "not yours" and "does not exist".

Reading an organisation's pages:
- its own users, admins and contributors, whatever its status;
- scheme staff cleared for confidential pages (``cleared_for_confidential``: a signed
  confidentiality statement); a superuser only as a member of staff who is cleared too.
- Assessors see no organisation's pages for now: an assessor will reach an organisation only
  through an assignment to one of its applications (PRIV-CONFIDENTIAL), and assignments do not
  exist yet. Until then the assessor predicate grants nothing here.
A pending or rejected organisation is therefore visible only to its own users and to staff.

Changing an organisation (its services, their public contacts and consent, its users): its
admins only. Someone who can see the organisation but may not change it (a contributor, a member
of staff on a member's page) gets ``PermissionDenied`` (403), not a 404: the object is no secret to
them. Staff change organisations on the staff pages, through ``organisation_decider_required``.

Public pages never use these helpers: they start from ``visible_on_public_pages``.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from rsqm.accounts.models import Duty
from rsqm.core.access import cleared_for_confidential, is_scheme_staff
from rsqm.organisations.models import MembershipRole, Organisation, OrganisationMembership, Service

#: The staff duties that verify organisations.
DECIDER_DUTIES = (Duty.CASE_OFFICER, Duty.REGISTRAR)


def _active(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def role_in(user, organisation_id: int) -> str | None:
    """The user's role in the organisation (``admin`` or ``contributor``), or ``None``."""
    if not _active(user):
        return None
    return (
        OrganisationMembership.objects.filter(user=user, organisation_id=organisation_id)
        .values_list("role", flat=True)
        .first()
    )


def staff_may_read(user) -> bool:
    """Scheme staff with the checks PRIV-ASSESSOR-CHECKS asks for. Assessors are not included
    (see the module docstring)."""
    return bool(is_scheme_staff(user) and cleared_for_confidential(user))


def may_read_organisation(user, organisation: Organisation) -> bool:
    return role_in(user, organisation.pk) is not None or staff_may_read(user)


def may_write_organisation(user, organisation: Organisation) -> bool:
    return role_in(user, organisation.pk) == MembershipRole.ADMIN


def _check(user, organisation: Organisation, *, write: bool) -> Organisation:
    role = role_in(user, organisation.pk)
    if role is None and not staff_may_read(user):
        raise Http404
    if write and role != MembershipRole.ADMIN:
        raise PermissionDenied
    organisation.viewer_role = role  # the pages use it to choose which actions to offer
    return organisation


def get_organisation_for(user, pk, *, write: bool = False) -> Organisation:
    """The organisation ``pk`` if ``user`` may see it (``Http404`` otherwise); with ``write``, also
    ``PermissionDenied`` unless the user is one of its admins."""
    if not _active(user):
        raise Http404
    try:
        organisation = Organisation.objects.get(pk=int(pk))
    except (Organisation.DoesNotExist, TypeError, ValueError):
        raise Http404 from None
    return _check(user, organisation, write=write)


def get_service_for(user, pk, *, write: bool = False) -> Service:
    """The service ``pk`` under the same terms as its organisation (see ``get_organisation_for``)."""
    if not _active(user):
        raise Http404
    try:
        service = Service.objects.select_related("organisation", "parent").get(pk=int(pk))
    except (Service.DoesNotExist, TypeError, ValueError):
        raise Http404 from None
    _check(user, service.organisation, write=write)
    return service


def visible_on_public_pages(qs: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Services public pages may show at all: those of verified organisations only.

    Whether a service's contact may be shown as well is ``selectors.public_contact``'s question.
    """
    if qs is None:
        qs = Service.objects.all()
    return qs.on_public_pages()


def may_join(user) -> bool:
    """Any signed-in, active user who is not scheme staff may ask for an organisation to join."""
    return _active(user) and not is_scheme_staff(user)


def may_decide_organisations(user) -> bool:
    """Staff with the case officer or registrar duty, cleared for confidential pages."""
    return bool(
        is_scheme_staff(user)
        and any(user.has_perm(duty.perm) for duty in DECIDER_DUTIES)
        and cleared_for_confidential(user)
    )


def organisation_decider_required(view):
    """Decorator for the staff organisation pages: sign in first; others get 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not may_decide_organisations(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped
