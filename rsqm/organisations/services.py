"""Every change to organisations, services, their users and invitations.

Each function is one action, named ``<entity>_<action>``, atomic: the change, its audit event and
the emails it causes are written in one transaction, so a failure leaves none of them.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse

from rsqm.core import audit, clock
from rsqm.notifications import outbox
from rsqm.organisations import access, rules, selectors
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

S = OrganisationStatus

#: Which status an organisation may move to from each status. A rejected organisation may ask
#: again; a verified one stays verified (ending an organisation's place is a different action).
TRANSITIONS: dict[str, set[str]] = {
    S.PENDING: {S.VERIFIED, S.REJECTED},
    S.REJECTED: {S.PENDING},
}

#: How long an invitation to join an organisation can be used.
INVITATION_DAYS = 14

#: The details a person gives when asking for an organisation to join, and may change when asking
#: again. The main contact's are ordinary contact data of the organisation's staff (PRIV-STAFF-DATA).
ORGANISATION_DETAIL_FIELDS = (
    "legal_name",
    "type",
    "charity_number",
    "company_number",
    "address_line_1",
    "address_line_2",
    "town",
    "postcode",
    "contact_name",
    "contact_email",
    "contact_phone",
)


class TransitionNotAllowed(Exception):
    """A status change the transition table does not allow."""

    def __init__(self, organisation: Organisation, from_status: str, to_status: str):
        self.from_status, self.to_status = from_status, to_status
        super().__init__(
            f"{organisation} cannot be moved from “{S(from_status).label}” to “{S(to_status).label}”."
        )


class InvitationRefused(Exception):
    """An invitation that cannot be accepted; ``code`` says why, the message says it in words."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


def available_statuses(organisation: Organisation) -> set[str]:
    """The statuses the organisation may move to next, so a page offers only buttons that work."""
    return set(TRANSITIONS.get(organisation.status, set()))


def _link(name: str, *args: Any) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


# --- Asking to join, and verification ---------------------------------------------------------


def _clean_details(details: dict[str, Any]) -> dict[str, Any]:
    """Apply the format rules to the organisation's details; ``ValidationError`` by field."""
    unknown = set(details) - set(ORGANISATION_DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"unknown organisation fields: {sorted(unknown)}")
    clean = {name: (details.get(name) or "").strip() for name in ORGANISATION_DETAIL_FIELDS}
    errors: dict[str, str] = {}
    for name, rule in (
        ("charity_number", rules.clean_charity_number),
        ("company_number", rules.clean_company_number),
        ("postcode", rules.clean_postcode),
        ("contact_phone", rules.clean_phone),
    ):
        try:
            clean[name] = rule(clean[name])
        except ValueError as exc:
            errors[name] = str(exc)
    clean["contact_email"] = clean["contact_email"].lower()
    if errors:
        raise ValidationError(errors)
    return clean


def _status_row(organisation: Organisation, from_status: str, to_status: str, *, by, at, reason: str = ""):
    return OrganisationStatusChange.objects.create(
        organisation=organisation,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        at=at,
        by=by if getattr(by, "is_authenticated", False) else None,
        by_label=audit.actor_label(by),
    )


def _tell_case_officers(organisation: Organisation, change: OrganisationStatusChange, *, again: bool, at) -> None:
    context = {
        "organisation": organisation,
        "again": again,
        "link": _link("staff_organisation_detail", organisation.pk),
    }
    for officer in selectors.case_officers():
        outbox.enqueue(
            template="organisation_request_staff",
            to=officer.email,
            context={**context, "recipient": officer},
            key=f"organisation_request_staff:{change.pk}:{officer.pk}",
            now=at,
        )


@transaction.atomic
def organisation_request(*, details: dict[str, Any], by, request=None, now=None) -> Organisation:
    """Ask for an organisation to join the scheme.

    Creates the organisation as ``pending`` with ``by`` as its admin; the scheme's case officers
    are told, and so is ``by``. Staff cannot ask (they decide).
    """
    if not access.may_join(by):
        raise PermissionDenied("Scheme staff cannot ask for an organisation to join.")
    at = now or clock.now()
    organisation = Organisation(**_clean_details(details), status=S.PENDING, requested_at=at)
    organisation.full_clean()
    organisation.save()
    OrganisationMembership.objects.create(
        organisation=organisation, user=by, role=MembershipRole.ADMIN, created_at=at
    )
    change = _status_row(organisation, "", S.PENDING, by=by, at=at)
    audit.record("organisation.requested", by=by, obj=organisation, detail={"status": S.PENDING},
                 request=request, now=at)
    _tell_case_officers(organisation, change, again=False, at=at)
    outbox.enqueue(
        template="organisation_request_received",
        to=by.email,
        context={"organisation": organisation, "recipient": by, "again": False,
                 "link": _link("organisation_detail", organisation.pk)},
        key=f"organisation_request_received:{change.pk}",
        now=at,
    )
    return organisation


def _transition(organisation: Organisation, to_status: str, *, by, at, reason: str = "", validate: bool = False,
                **changes) -> tuple[Organisation, OrganisationStatusChange, str]:
    """Move the organisation to ``to_status`` if ``TRANSITIONS`` allows it, with a status-change row."""
    locked = Organisation.objects.select_for_update().get(pk=organisation.pk)
    from_status = locked.status
    if to_status not in TRANSITIONS.get(from_status, set()):
        raise TransitionNotAllowed(locked, from_status, to_status)
    locked.status = to_status
    for name, value in changes.items():
        setattr(locked, name, value)
    if validate:
        locked.full_clean()
    locked.save()
    change = _status_row(locked, from_status, to_status, by=by, at=at, reason=reason)
    # The caller's instance shows the new state too.
    for field in locked._meta.concrete_fields:
        setattr(organisation, field.attname, getattr(locked, field.attname))
    return locked, change, from_status


def _require_decider(by) -> None:
    if not access.may_decide_organisations(by):
        raise PermissionDenied("Only a case officer or the registrar decides on organisations.")


def _tell_admins(organisation: Organisation, change: OrganisationStatusChange, template: str, *, at, **context):
    for admin in selectors.admins_of(organisation):
        outbox.enqueue(
            template=template,
            to=admin.email,
            context={"organisation": organisation, "recipient": admin,
                     "link": _link("organisation_detail", organisation.pk), **context},
            key=f"{template}:{change.pk}:{admin.pk}",
            now=at,
        )


@transaction.atomic
def organisation_verify(*, organisation: Organisation, by, request=None, now=None) -> Organisation:
    """Verify a pending organisation: it may now apply and appear on public pages.

    By a case officer or the registrar; the organisation's admins are told.
    """
    _require_decider(by)
    at = now or clock.now()
    org, change, from_status = _transition(
        organisation, S.VERIFIED, by=by, at=at, decided_at=at, decided_by=by, decision_reason=""
    )
    audit.record("organisation.verified", by=by, obj=org, detail={"from": from_status, "to": S.VERIFIED},
                 request=request, now=at)
    _tell_admins(org, change, "organisation_verified", at=at)
    return org


@transaction.atomic
def organisation_reject(*, organisation: Organisation, reason: str, by, request=None, now=None) -> Organisation:
    """Refuse to verify a pending organisation, with a reason its admins are sent.

    By a case officer or the registrar. A rejected organisation may ask again.
    """
    _require_decider(by)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Enter the reason the organisation is not verified"})
    at = now or clock.now()
    org, change, from_status = _transition(
        organisation, S.REJECTED, by=by, at=at, reason=reason, decided_at=at, decided_by=by, decision_reason=reason
    )
    audit.record("organisation.rejected", by=by, obj=org, detail={"from": from_status, "to": S.REJECTED},
                 request=request, now=at)
    _tell_admins(org, change, "organisation_rejected", at=at, reason=reason)
    return org


@transaction.atomic
def organisation_resubmit(*, organisation: Organisation, details: dict[str, Any], by, request=None,
                          now=None) -> Organisation:
    """A rejected organisation asks again, with its details corrected: it is pending once more.

    By one of its admins; the case officers are told, as for a first request.
    """
    if not access.may_write_organisation(by, organisation):
        raise PermissionDenied("Only the organisation's admins can ask again.")
    at = now or clock.now()
    clean = _clean_details(details)
    org, change, from_status = _transition(
        organisation, S.PENDING, by=by, at=at, validate=True, requested_at=at, decided_at=None, decided_by=None,
        decision_reason="", **clean,
    )
    audit.record("organisation.requested_again", by=by, obj=org, detail={"from": from_status, "to": S.PENDING},
                 request=request, now=at)
    _tell_case_officers(org, change, again=True, at=at)
    outbox.enqueue(
        template="organisation_request_received",
        to=by.email,
        context={"organisation": org, "recipient": by, "again": True,
                 "link": _link("organisation_detail", org.pk)},
        key=f"organisation_request_received:{change.pk}",
        now=at,
    )
    return org


# --- Services ---------------------------------------------------------------------------------

_SERVICE_TEXT_FIELDS = (
    "listed_name",
    "areas_served",
    "delivery_partner",
    "contact_email",
    "contact_phone",
    "contact_website",
)


def _service_values(service: Service) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(service, name) for name in _SERVICE_TEXT_FIELDS}
    values["parent"] = service.parent_id
    values["sectors"] = sorted(service.sectors.values_list("code", flat=True)) if service.pk else []
    values["regions"] = sorted(service.regions.values_list("code", flat=True)) if service.pk else []
    return values


def _apply_service_fields(
    service: Service,
    *,
    listed_name: str,
    sectors: Iterable[Sector],
    regions: Iterable[Region],
    areas_served: str,
    delivery_partner: str,
    parent: Service | None,
    contact_email: str,
    contact_phone: str,
    contact_website: str,
) -> tuple[list[Sector], list[Region]]:
    errors: dict[str, str] = {}
    sectors, regions = list(sectors), list(regions)
    service.listed_name = (listed_name or "").strip()
    service.areas_served = (areas_served or "").strip()
    service.delivery_partner = (delivery_partner or "").strip()
    service.contact_email = (contact_email or "").strip().lower()
    service.contact_website = (contact_website or "").strip()
    try:
        service.contact_phone = rules.clean_phone(contact_phone)
    except ValueError as exc:
        errors["contact_phone"] = str(exc)
    if not service.listed_name:
        errors["listed_name"] = "Enter the service's name"
    if not sectors:
        errors["sectors"] = "Select at least one sector"
    if not regions:
        errors["regions"] = "Select at least one region"
    if parent is not None:
        if parent.organisation_id != service.organisation_id:
            errors["parent"] = "Choose one of this organisation's own services"
        elif service.pk and (
            parent.pk == service.pk
            or rules.creates_cycle(service.pk, parent.pk, selectors.parent_map(service.organisation_id))
        ):
            errors["parent"] = "A service cannot belong to itself or to one of its own local units"
    service.parent = parent
    if errors:
        raise ValidationError(errors)
    service.full_clean(exclude=["organisation", "parent", "sectors", "regions", "created_at"])
    return sectors, regions


@transaction.atomic
def service_create(*, organisation: Organisation, by, request=None, now=None, **fields) -> Service:
    """Add a restorative service to an organisation, by one of its admins.

    ``fields``: ``listed_name``, ``sectors``, ``regions``, ``areas_served``, ``delivery_partner``,
    ``parent`` (a local unit names the service it belongs to: APP-LOCAL-FIRST), and the public
    contact ``contact_email``, ``contact_phone``, ``contact_website``, which is the service's own
    and shown publicly only with consent (PRIV-CONTACT-SHARE). A new service starts without
    consent.
    """
    if not access.may_write_organisation(by, organisation):
        raise PermissionDenied("Only the organisation's admins can add services.")
    at = now or clock.now()
    service = Service(organisation=organisation, created_at=at, contact_consent=False)
    sectors, regions = _apply_service_fields(service, **fields)
    service.save()
    service.sectors.set(sectors)
    service.regions.set(regions)
    audit.record("service.created", by=by, obj=service, detail=_service_values(service), request=request, now=at)
    return service


@transaction.atomic
def service_update(*, service: Service, by, request=None, now=None, **fields) -> Service:
    """Change a service's details (the same ``fields`` as ``service_create``), by an admin of its
    organisation. The consent to show its contact is not changed here: see
    ``service_contact_consent_set``."""
    if not access.may_write_organisation(by, service.organisation):
        raise PermissionDenied("Only the organisation's admins can change services.")
    at = now or clock.now()
    before = _service_values(service)
    sectors, regions = _apply_service_fields(service, **fields)
    service.save()
    service.sectors.set(sectors)
    service.regions.set(regions)
    after = _service_values(service)
    changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    if changed:
        audit.record("service.updated", by=by, obj=service, detail={"changed": changed}, request=request, now=at)
    return service


@transaction.atomic
def service_contact_consent_set(*, service: Service, consent: bool, by, request=None, now=None) -> bool:
    """Give or withdraw consent to show the service's contact on public pages (PRIV-CONTACT-SHARE).

    By an admin of its organisation. Stamps ``contact_consent_changed_at`` and audits the old and
    new values; returns whether anything changed (setting the same value again records nothing).
    Public pages read the contact through ``selectors.public_contact``, so a withdrawal applies
    everywhere from the moment it commits.
    """
    return _consent_set(service=service, field="contact_consent", consent=consent, by=by, request=request, now=now)


@transaction.atomic
def service_open_data_consent_set(*, service: Service, consent: bool, by, request=None, now=None) -> bool:
    """Give or withdraw the separate consent to include the service's contact in the register's
    open data, the files anyone may download and reuse (PRIV-CONTACT-SHARE, PRIV-NO-MARKETING).

    By an admin of its organisation; off until given. The open data includes the contact only
    while this consent and the consent to show it on the register are both given. Returns whether
    anything changed; the old and new values are audited.
    """
    return _consent_set(service=service, field="open_data_consent", consent=consent, by=by, request=request, now=now)


def _consent_set(*, service: Service, field: str, consent: bool, by, request, now) -> bool:
    """Set one consent flag of a service and its ``<field>_changed_at``, audited old and new.

    Only the organisation's admins may; setting the value it already has records nothing.
    """
    if not access.may_write_organisation(by, service.organisation):
        raise PermissionDenied("Only the organisation's admins can give or withdraw consent.")
    at = now or clock.now()
    locked = Service.objects.select_for_update().get(pk=service.pk)
    old, new = getattr(locked, field), bool(consent)
    if old == new:
        return False
    Service.objects.filter(pk=service.pk).update(**{field: new, f"{field}_changed_at": at})
    setattr(service, field, new)
    setattr(service, f"{field}_changed_at", at)
    audit.record(
        f"service.{field}_{'given' if new else 'withdrawn'}",
        by=by, obj=service, detail={"old": old, "new": new}, request=request, now=at,
    )
    return True


# --- Users and invitations --------------------------------------------------------------------


@transaction.atomic
def invitation_create(*, organisation: Organisation, email: str, role: str, by, request=None,
                      now=None) -> tuple[Invitation, str]:
    """Invite someone by email to be an admin or contributor of the organisation.

    By one of its admins. Only a SHA-256 hash of the random token is stored; the token itself
    travels only in the email's link, which works for ``INVITATION_DAYS`` days. A new invitation to
    the same address cancels the earlier open ones. Returns the invitation and the token.
    """
    if not access.may_write_organisation(by, organisation):
        raise PermissionDenied("Only the organisation's admins can invite people.")
    at = now or clock.now()
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": "Enter an email address in the correct format, like name@example.org"}) \
            from None
    if role not in MembershipRole.values:
        raise ValidationError({"role": "Choose admin or contributor"})
    if OrganisationMembership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError({"email": f"{email} is already a user of {organisation}"})
    Invitation.objects.filter(
        organisation=organisation, email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=at)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        role=role,
        token_hash=selectors.token_hash(token),
        invited_by=by,
        created_at=at,
        expires_at=at + timedelta(days=INVITATION_DAYS),
    )
    audit.record("invitation.created", by=by, obj=invitation, detail={"email": email, "role": role},
                 request=request, now=at)
    outbox.enqueue(
        template="organisation_invitation",
        to=email,
        context={
            "organisation": organisation,
            "inviter": by,
            "role": MembershipRole(role).label.lower(),
            "link": _link("invitation_accept", token),
            "expires_at": invitation.expires_at,
        },
        key=f"organisation_invitation:{invitation.pk}",
        now=at,
    )
    return invitation, token


def check_invitation(invitation: Invitation, user, *, at) -> None:
    """Raise ``InvitationRefused`` unless ``user`` may accept ``invitation`` at ``at``."""
    if invitation.revoked_at is not None:
        raise InvitationRefused("cancelled", "This invitation has been cancelled. Ask the organisation's admin "
                                             "to send you a new one.")
    if invitation.accepted_at is not None:
        raise InvitationRefused("used", "This invitation has already been used.")
    if at >= invitation.expires_at:
        raise InvitationRefused("expired", "This invitation has expired. Ask the organisation's admin to send "
                                           "you a new one.")
    if user is not None and user.is_authenticated:
        if user.email.lower() != invitation.email.lower():
            raise InvitationRefused(
                "wrong_user",
                f"This invitation was sent to a different email address from the one you are signed in with "
                f"({user.email}). Sign out, then sign in or create an account with the address the "
                f"invitation was sent to.",
            )
        if access.is_scheme_staff(user):
            raise InvitationRefused("staff", "Scheme staff cannot be users of an organisation.")


@transaction.atomic
def invitation_accept(*, invitation: Invitation, by, request=None, now=None) -> OrganisationMembership:
    """Accept an invitation: ``by`` becomes a user of the organisation in the invited role.

    Only the person the invitation was sent to (the signed-in email must match), while it is open.
    """
    at = now or clock.now()
    locked = Invitation.objects.select_for_update().select_related("organisation").get(pk=invitation.pk)
    check_invitation(locked, by, at=at)
    membership = OrganisationMembership.objects.filter(organisation=locked.organisation, user=by).first()
    if membership is None:
        membership = OrganisationMembership.objects.create(
            organisation=locked.organisation, user=by, role=locked.role, created_at=at
        )
    Invitation.objects.filter(pk=locked.pk).update(accepted_at=at, accepted_by=by)
    invitation.accepted_at, invitation.accepted_by = at, by
    audit.record(
        "invitation.accepted", by=by, obj=locked,
        detail={"membership_id": membership.pk, "user_id": by.pk, "role": membership.role},
        request=request, now=at,
    )
    return membership


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by, request=None, now=None) -> bool:
    """Cancel an open invitation, by an admin of its organisation; returns whether it was open."""
    if not access.may_write_organisation(by, invitation.organisation):
        raise PermissionDenied("Only the organisation's admins can cancel invitations.")
    at = now or clock.now()
    cancelled = Invitation.objects.filter(
        pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=at)
    if cancelled:
        invitation.revoked_at = at
        audit.record("invitation.revoked", by=by, obj=invitation, detail={"email": invitation.email},
                     request=request, now=at)
    return bool(cancelled)


def _lock_organisation(organisation_id: int) -> Organisation:
    # Changes to an organisation's admins queue behind each other, so two admins removing each
    # other at once cannot leave it with none.
    return Organisation.objects.select_for_update().get(pk=organisation_id)


def _last_admin_message(membership: OrganisationMembership, by, *, yourself: str, them: str) -> str:
    if membership.user_id == getattr(by, "pk", None):
        return (f"You cannot {yourself}: you are the only admin of {membership.organisation}. "
                f"Make someone else an admin first.")
    return (f"You cannot {them}: they are the only admin of {membership.organisation}. "
            f"Make someone else an admin first.")


@transaction.atomic
def membership_remove(*, membership: OrganisationMembership, by, request=None, now=None) -> None:
    """Remove a user from the organisation, by one of its admins; they lose access at once.

    The last admin cannot be removed: every organisation keeps at least one.
    """
    if not access.may_write_organisation(by, membership.organisation):
        raise PermissionDenied("Only the organisation's admins can remove users.")
    at = now or clock.now()
    _lock_organisation(membership.organisation_id)
    current = OrganisationMembership.objects.select_related("user", "organisation").get(pk=membership.pk)
    if current.role == MembershipRole.ADMIN and selectors.admin_count(current.organisation) <= 1:
        raise ValidationError(_last_admin_message(
            current, by, yourself="remove yourself", them=f"remove {current.user}"))
    audit.record(
        "membership.removed", by=by, obj=current,
        detail={"user_id": current.user_id, "email": current.user.email, "role": current.role},
        request=request, now=at,
    )
    current.delete()


@transaction.atomic
def membership_role_set(*, membership: OrganisationMembership, role: str, by, request=None, now=None) -> bool:
    """Make a user an admin or a contributor, by an admin; returns whether the role changed.

    The last admin cannot become a contributor.
    """
    if not access.may_write_organisation(by, membership.organisation):
        raise PermissionDenied("Only the organisation's admins can change roles.")
    if role not in MembershipRole.values:
        raise ValidationError({"role": "Choose admin or contributor"})
    at = now or clock.now()
    _lock_organisation(membership.organisation_id)
    current = OrganisationMembership.objects.select_related("user", "organisation").get(pk=membership.pk)
    if current.role == role:
        return False
    if current.role == MembershipRole.ADMIN and selectors.admin_count(current.organisation) <= 1:
        raise ValidationError(_last_admin_message(
            current, by, yourself="make yourself a contributor", them=f"make {current.user} a contributor"))
    OrganisationMembership.objects.filter(pk=current.pk).update(role=role)
    audit.record(
        "membership.role_changed", by=by, obj=current,
        detail={"user_id": current.user_id, "old": current.role, "new": role},
        request=request, now=at,
    )
    membership.role = role
    return True
