"""Reads for the staff pages about users, with a fixed number of queries whatever the data size."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet

from rsqm.accounts.models import Duty, User
from rsqm.accounts.rules import dbs_in_date, dbs_recheck_due
from rsqm.core import clock, figures


class RoleFilter:
    ALL = ""
    STAFF = "staff"
    ASSESSOR = "assessor"
    ORGANISATION = "organisation"
    PRACTITIONER = "practitioner"
    CHOICES = [
        (ALL, "Everyone"),
        (STAFF, "Staff"),
        (ASSESSOR, "Assessors"),
        (ORGANISATION, "Organisation users"),
        (PRACTITIONER, "Practitioners"),
    ]


@dataclass
class UserRow:
    """One line of the staff users page."""

    user: User
    roles: list[str]
    duties: list[str]
    missing: list[str] = field(default_factory=list)
    dbs_due: date | None = None
    dbs_in_date: bool | None = None
    locked_out: bool = False
    has_totp: bool = False

    @property
    def needs_checks(self) -> bool:
        return self.user.is_staff or self.user.is_assessor


def users_queryset(*, role: str = RoleFilter.ALL, q: str = "", active: str = "") -> QuerySet[User]:
    from axes.models import AccessAttempt

    from rsqm.organisations.models import OrganisationMembership

    cutoff = clock.now() - settings.AXES_COOLOFF_TIME
    users = (
        User.objects.select_related("assessor_profile")
        .prefetch_related("groups")
        .annotate(
            in_organisation=Exists(OrganisationMembership.objects.filter(user=OuterRef("pk"))),
            with_totp=Exists(Authenticator.objects.filter(user=OuterRef("pk"), type=Authenticator.Type.TOTP)),
            locked=Exists(
                AccessAttempt.objects.filter(
                    username=OuterRef("email"),
                    failures_since_start__gte=settings.AXES_FAILURE_LIMIT,
                    attempt_time__gt=cutoff,
                )
            ),
        )
        .order_by("full_name", "email")
    )
    if role == RoleFilter.STAFF:
        users = users.filter(is_staff=True)
    elif role == RoleFilter.ASSESSOR:
        users = users.filter(assessor_profile__isnull=False)
    elif role == RoleFilter.ORGANISATION:
        users = users.filter(in_organisation=True)
    elif role == RoleFilter.PRACTITIONER:
        users = users.filter(is_practitioner=True)
    if q:
        users = users.filter(Q(full_name__icontains=q) | Q(email__icontains=q))
    if active == "active":
        users = users.filter(is_active=True)
    elif active == "deactivated":
        users = users.filter(is_active=False)
    return users


def confidential_gaps(user: User, *, years: int, on: date) -> tuple[list[str], date | None, bool | None]:
    """What a staff member or assessor lacks for confidential access (PRIV-ASSESSOR-CHECKS).

    Returns (missing items in plain words, the DBS recheck-due date, whether the DBS check is in
    date); the last two are ``None`` for anyone who is not an assessor. Same test as
    ``core.access.lacks_for_confidential``, with the recheck period read once per page.
    """
    missing: list[str] = []
    if not (user.is_staff or user.is_assessor):
        return missing, None, None
    if not user.confidentiality_signed_on:
        missing.append("No confidentiality statement")
    profile = getattr(user, "assessor_profile", None)
    if profile is None:
        return missing, None, None
    due = dbs_recheck_due(profile.dbs_checked_on, years)
    in_date = dbs_in_date(profile.dbs_checked_on, years, on)
    if profile.dbs_checked_on is None:
        missing.append("No DBS check recorded")
    elif not in_date:
        if profile.dbs_checked_on > on:
            missing.append("DBS check date is in the future")
        else:
            missing.append(f"DBS check out of date: recheck was due {due.day} {due:%B %Y}")
    return missing, due, in_date


def user_rows(users, *, on: date | None = None) -> list[UserRow]:
    day = on or clock.today()
    years = figures.get("assessor.dbs_recheck_years")
    rows = []
    for user in users:
        missing, due, in_date = confidential_gaps(user, years=years, on=day)
        roles = []
        if user.is_staff:
            roles.append("Staff")
        if user.is_assessor:
            roles.append("Assessor")
        if getattr(user, "in_organisation", False):
            roles.append("Organisation user")
        if user.is_practitioner:
            roles.append("Practitioner")
        if user.is_superuser:
            roles.append("Superuser")
        labels = {g.name for g in user.groups.all()}
        rows.append(
            UserRow(
                user=user,
                roles=roles,
                duties=[d.label for d in Duty if d.label in labels] if user.is_staff else [],
                missing=missing,
                dbs_due=due,
                dbs_in_date=in_date,
                locked_out=bool(getattr(user, "locked", False)),
                has_totp=bool(getattr(user, "with_totp", False)),
            )
        )
    return rows


def user_detail(pk: int) -> User | None:
    return users_queryset().filter(pk=pk).first()


def lockouts_of(email: str):
    from rsqm.accounts.throttle import current_lockouts

    return list(current_lockouts().filter(username=email.lower()))


def assessor_fitness(user: User, *, on: date | None = None) -> list[str]:
    """What stops an assessor being assigned at all (APP-ASSESSOR-FIT), conflicts aside."""
    profile = getattr(user, "assessor_profile", None)
    if profile is None:
        return []
    day = on or clock.today()
    missing, _, _ = confidential_gaps(user, years=figures.get("assessor.dbs_recheck_years"), on=day)
    if profile.training_completed_on is None:
        missing = ["Training not recorded", *missing]
    if not user.is_active:
        missing.append("Account deactivated")
    return missing
