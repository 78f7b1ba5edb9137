"""Access helpers for the staff pages about users: "does not exist" is a 404 like any other."""

from __future__ import annotations

from django.http import Http404

from rsqm.accounts import selectors
from rsqm.accounts.models import ConflictOfInterest, User
from rsqm.core.access import is_scheme_staff


def get_user_for(viewer, pk: int) -> User:
    """A user as a member of staff sees them (every user is visible to staff, to no one else)."""
    if not is_scheme_staff(viewer):
        raise Http404
    user = selectors.user_detail(pk)
    if user is None:
        raise Http404
    return user


def get_conflict_for(viewer, user: User, pk: int) -> ConflictOfInterest:
    if not is_scheme_staff(viewer):
        raise Http404
    conflict = (
        ConflictOfInterest.objects.select_related("organisation", "assessor__user")
        .filter(pk=pk, assessor__user=user)
        .first()
    )
    if conflict is None:
        raise Http404
    return conflict
