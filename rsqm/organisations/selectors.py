"""Reads of organisations and services that pages, emails and exports share.

Every selector here makes a fixed number of queries whatever the number of rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When

from rsqm.accounts.models import Duty, User
from rsqm.organisations import rules
from rsqm.organisations.models import (
    Invitation,
    MembershipRole,
    Organisation,
    OrganisationMembership,
    OrganisationStatus,
    OrganisationStatusChange,
    Region,
    Sector,
    Service,
)


def token_hash(token: str) -> str:
    """The only form in which an invitation's token is stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- People -----------------------------------------------------------------------------------


def staff_with_duty(duty: Duty) -> QuerySet[User]:
    """Active scheme staff who hold ``duty`` through a group or directly (superusers are not
    included unless they hold it: they run the system, not the scheme's office)."""
    app_label, codename = duty.perm.split(".", 1)
    held = Q(groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label) | Q(
        user_permissions__codename=codename, user_permissions__content_type__app_label=app_label
    )
    return User.objects.filter(held, is_active=True, is_staff=True).distinct().order_by("email")


def case_officers() -> QuerySet[User]:
    return staff_with_duty(Duty.CASE_OFFICER)


def admins_of(organisation: Organisation) -> QuerySet[User]:
    return User.objects.filter(
        org_memberships__organisation=organisation, org_memberships__role=MembershipRole.ADMIN, is_active=True
    ).order_by("email")


def memberships_of(user) -> QuerySet[OrganisationMembership]:
    """The user's organisations, with their status, for the "your organisations" page."""
    return (
        OrganisationMembership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__legal_name", "organisation_id")
    )


def members_of(organisation: Organisation) -> QuerySet[OrganisationMembership]:
    return (
        OrganisationMembership.objects.filter(organisation=organisation)
        .select_related("user")
        .annotate(admin_first=Case(When(role=MembershipRole.ADMIN, then=Value(0)), default=Value(1)))
        .order_by("admin_first", "user__email")
    )


def admin_count(organisation: Organisation) -> int:
    return OrganisationMembership.objects.filter(organisation=organisation, role=MembershipRole.ADMIN).count()


def open_invitations(organisation: Organisation, *, at) -> QuerySet[Invitation]:
    return (
        Invitation.objects.filter(
            organisation=organisation, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=at
        )
        .select_related("invited_by")
        .order_by("-created_at")
    )


def invitation_by_token(token: str) -> Invitation | None:
    if not token or len(token) > 200:
        return None
    return Invitation.objects.select_related("organisation").filter(token_hash=token_hash(token)).first()


# --- Organisations ----------------------------------------------------------------------------

_STATUS_ORDER = Case(
    When(status=OrganisationStatus.PENDING, then=Value(0)),
    When(status=OrganisationStatus.REJECTED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def staff_organisation_list(*, status: str | None = None) -> QuerySet[Organisation]:
    """Organisations for the staff list: pending first (oldest request first), then the rest."""
    qs = Organisation.objects.annotate(
        status_order=_STATUS_ORDER,
        member_count=Count("memberships", distinct=True),
        service_count=Count("services", distinct=True),
    )
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("status_order", "requested_at", "legal_name", "pk")


def status_counts() -> dict[str, int]:
    counts = {s.value: 0 for s in OrganisationStatus}
    for row in Organisation.objects.values("status").annotate(n=Count("pk")).order_by():
        counts[row["status"]] = row["n"]
    return counts


def status_history(organisation: Organisation) -> QuerySet[OrganisationStatusChange]:
    return OrganisationStatusChange.objects.filter(organisation=organisation).order_by("-at", "-id")


# --- Services ---------------------------------------------------------------------------------


def services_of(organisation: Organisation) -> QuerySet[Service]:
    return (
        Service.objects.filter(organisation=organisation)
        .select_related("parent")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("position")),
            Prefetch("regions", queryset=Region.objects.order_by("position")),
        )
        .order_by("listed_name", "pk")
    )


def service_detail(service: Service) -> Service:
    """The service with its sectors, regions and local units loaded."""
    return (
        Service.objects.select_related("organisation", "parent")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("position")),
            Prefetch("regions", queryset=Region.objects.order_by("position")),
            Prefetch("local_units", queryset=Service.objects.order_by("listed_name")),
        )
        .get(pk=service.pk)
    )


def parent_map(organisation_id: int) -> dict[int, int | None]:
    return dict(Service.objects.filter(organisation_id=organisation_id).values_list("pk", "parent_id"))


def parent_choices(organisation: Organisation, service: Service | None = None) -> QuerySet[Service]:
    """The services that may be chosen as the parent of ``service`` (or of a new service): the same
    organisation's other services, less those below it in the tree (APP-LOCAL-FIRST)."""
    qs = Service.objects.filter(organisation=organisation).order_by("listed_name", "pk")
    if service is not None and service.pk:
        below = rules.descendants(service.pk, parent_map(organisation.pk))
        qs = qs.exclude(pk__in={service.pk, *below})
    return qs


@dataclass(frozen=True)
class PublicContact:
    email: str
    phone: str
    website: str


def public_contact(service: Service) -> PublicContact | None:
    """The contact a public page may show for ``service``, or ``None`` (PRIV-CONTACT-SHARE).

    Only when the organisation is verified and has consented to show this service's contact, and
    only the service's own contact fields (a service contact, never a named person's line). Every
    public page reads contacts through here, so a withdrawal of consent is in force at once.
    """
    if not service.contact_consent:
        return None
    if service.organisation.status != OrganisationStatus.VERIFIED:
        return None
    contact = PublicContact(
        email=service.contact_email or "", phone=service.contact_phone or "", website=service.contact_website or ""
    )
    if not (contact.email or contact.phone or contact.website):
        return None
    return contact
