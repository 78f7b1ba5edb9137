"""Every change to awards.

Each function is one action, named ``<entity>_<action>``, atomic: the change, its periods, a
status-change row, the audit event, the register's listing and the emails it causes are written in
one transaction, so a failure leaves none of them.

An award moves through ``rules.TRANSITIONS``: current → renewal in progress → (superseded by the
renewal award | ended); current → (ended | superseded). There is no suspension.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from rsqm.accounts.models import Duty
from rsqm.assessments import certificates, rules, selectors
from rsqm.assessments.models import Award, AwardPeriod, AwardStatus, AwardStatusChange, EndReason
from rsqm.core import audit, clock
from rsqm.core.access import is_scheme_staff
from rsqm.notifications import outbox
from rsqm.organisations import selectors as organisation_selectors
from rsqm.organisations.models import OrganisationStatus, Service
from rsqm.register import services as register_services

S = AwardStatus


class TransitionNotAllowed(Exception):
    """A status change that ``rules.TRANSITIONS`` does not allow."""

    def __init__(self, award: Award, from_status: str, to_status: str):
        self.from_status, self.to_status = from_status, to_status
        super().__init__(
            f"Award {award.certificate_number} cannot move from “{S(from_status).label}” to “{S(to_status).label}”."
        )


def available_statuses(award: Award) -> set[str]:
    """The statuses the award may move to next, so a page offers only actions that can work."""
    return set(rules.TRANSITIONS.get(award.last_status, set()))


def _is_registrar(user) -> bool:
    return bool(is_scheme_staff(user) and user.has_perm(Duty.REGISTRAR.perm))


def _require_registrar(by) -> None:
    if not _is_registrar(by):
        raise PermissionDenied("Only the registrar records and ends awards.")


def _check_transition(award: Award, to_status: str) -> None:
    if to_status not in rules.TRANSITIONS.get(award.last_status, set()):
        raise TransitionNotAllowed(award, award.last_status, to_status)


def _status_row(award: Award, from_status: str, to_status: str, *, effective_on: date, by, at, reason: str = "",
                note: str = "") -> AwardStatusChange:
    return AwardStatusChange.objects.create(
        award=award, from_status=from_status, to_status=to_status, effective_on=effective_on, reason=reason,
        note=note, at=at, by=by if getattr(by, "is_authenticated", False) else None,
        by_label=audit.actor_label(by),
    )


def _locked(award: Award) -> Award:
    return Award.objects.select_for_update().get(pk=award.pk)


def _open_held_period(award: Award) -> AwardPeriod:
    """The award's latest period, which must be a held one (current or renewal in progress)."""
    period = AwardPeriod.objects.filter(award=award).order_by("-starts_on", "-id").first()
    if period is None or period.status not in rules.HELD:
        raise TransitionNotAllowed(award, award.last_status, S.ENDED)
    return period


def _copy_back(target: Award, source: Award) -> None:
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))


def _link(name: str, *args: Any) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


# --- Making an award ------------------------------------------------------------------------


def _new_certificate_number() -> tuple[str, str]:
    for _ in range(20):
        number = certificates.generate()
        key = certificates.key_of(number)
        if not Award.objects.filter(certificate_key=key).exists():
            return number, key
    raise RuntimeError("could not find an unused certificate number")


def _create(*, service: Service, scope: str, approved_on: date, certificate_number: str | None,
            made_before_rsqm: bool, supersedes: Award | None, by, at, request=None) -> Award:
    """Make the award, its first (current) period, its status-change row and its listing."""
    today = clock.london_date(at)
    errors: dict[str, str] = {}
    scope = (scope or "").strip()
    if not scope:
        errors["scope"] = "Enter the scope of the award: what was assessed"
    if approved_on > today:
        errors["approved_on"] = "The approval date must be today or in the past"
    elif supersedes is None and rules.lapse_date(rules.renewal_date(approved_on)) <= today:
        errors["approved_on"] = (
            f"An award approved on {approved_on:%-d %B %Y} is no longer held: its renewal date + 1 month has passed"
        )
    if certificate_number:
        try:
            certificate_number = certificates.clean_existing(certificate_number)
        except ValueError as exc:
            errors["certificate_number"] = str(exc)
        else:
            key = certificates.key_of(certificate_number)
            if Award.objects.filter(certificate_key=key).exists():
                errors["certificate_number"] = "An award with this certificate number is already recorded"
    if service.organisation.status != OrganisationStatus.VERIFIED:
        errors["service"] = "The organisation must be verified before its service can hold an award"
    elif supersedes is None and selectors.service_has_open_award(service.pk):
        errors["service"] = "This service already holds the mark: record its renewal instead"
    if errors:
        raise ValidationError(errors)
    if certificate_number:
        key = certificates.key_of(certificate_number)
    else:
        certificate_number, key = _new_certificate_number()
    renewal_on = rules.renewal_date(approved_on)
    lapses_on = rules.lapse_date(renewal_on)
    try:
        with transaction.atomic():
            award = Award.objects.create(
                service=service, scope=scope, certificate_number=certificate_number, certificate_key=key,
                made_before_rsqm=made_before_rsqm, approved_on=approved_on, renewal_on=renewal_on,
                last_status=S.CURRENT, lapses_on=lapses_on, supersedes=supersedes, recorded_at=at,
                recorded_by=by if getattr(by, "is_authenticated", False) else None,
                recorded_by_label=audit.actor_label(by),
            )
    except IntegrityError:
        raise ValidationError({"certificate_number": "An award with this certificate number is already recorded"}) \
            from None
    # Held from approval until the day before the lapse date, unless a renewal or an ending
    # comes first (MEM-AWARD-3Y, MEM-RENEWAL).
    AwardPeriod.objects.create(award=award, service=service, status=S.CURRENT, starts_on=approved_on,
                               ends_on=lapses_on)
    _status_row(award, "", S.CURRENT, effective_on=approved_on, by=by, at=at)
    register_services.listing_ensure(service=service, by=by, now=at)
    return award


@transaction.atomic
def award_grant(*, service: Service, scope: str, approved_on: date, by, request=None, now=None) -> Award:
    """Make an award from a decision to award, with a new certificate number.

    Valid for 3 years from ``approved_on`` (MEM-AWARD-3Y). Called by the decision of an
    assessment (which checks who may decide) and by the demo data; ``by`` may be ``None`` for the
    system.
    """
    at = now or clock.now()
    award = _create(service=service, scope=scope, approved_on=approved_on, certificate_number=None,
                    made_before_rsqm=False, supersedes=None, by=by, at=at, request=request)
    audit.record("award.granted", by=by, obj=award, organisation_id=service.organisation_id,
                 detail=_award_detail(award), request=request, now=at)
    return award


@transaction.atomic
def award_record_existing(*, service: Service, scope: str, approved_on: date, certificate_number: str, by,
                          request=None, now=None) -> Award:
    """Record an award made before rsqm, keeping its certificate number (registrar only).

    The award must still be held today: approved no more than 3 years and 1 month ago
    (MEM-AWARD-3Y, MEM-RENEWAL). The service must not already hold the mark.
    """
    _require_registrar(by)
    if not (certificate_number or "").strip():
        raise ValidationError({"certificate_number": "Enter the certificate number as it is on the certificate"})
    at = now or clock.now()
    award = _create(service=service, scope=scope, approved_on=approved_on, certificate_number=certificate_number,
                    made_before_rsqm=True, supersedes=None, by=by, at=at, request=request)
    audit.record("award.recorded", by=by, obj=award, organisation_id=service.organisation_id,
                 detail=_award_detail(award), request=request, now=at)
    return award


def _award_detail(award: Award) -> dict[str, Any]:
    return {
        "service": award.service_id, "certificate_number": award.certificate_number,
        "approved_on": award.approved_on.isoformat(), "renewal_on": award.renewal_on.isoformat(),
    }


# --- Renewal --------------------------------------------------------------------------------


@transaction.atomic
def award_renewal_start(*, award: Award, by, started_on: date | None = None, request=None, now=None) -> Award:
    """MEM-RENEWAL: a renewal assessment has started; the mark continues, shown as "renewal in
    progress", until its decision.

    Only while the mark is held as current (the renewal date + 1 month has not come). The current
    period ends and a renewal-in-progress period begins on ``started_on`` (today unless given).
    """
    if by is not None:
        _require_registrar(by)
    at = now or clock.now()
    today = clock.london_date(at)
    locked = _locked(award)
    _check_transition(locked, S.RENEWAL_IN_PROGRESS)
    started_on = started_on or today
    period = _open_held_period(locked)
    if started_on > today:
        raise ValidationError({"started_on": "The renewal must have started: the date must be today or in the past"})
    if started_on <= period.starts_on:
        raise ValidationError({"started_on": f"The renewal must start after {period.starts_on:%-d %B %Y}"})
    if locked.lapses_on is not None and started_on >= locked.lapses_on:
        raise ValidationError({"started_on": "The mark had already lapsed on that date"})
    AwardPeriod.objects.filter(pk=period.pk).update(ends_on=started_on)
    AwardPeriod.objects.create(award=locked, service_id=locked.service_id, status=S.RENEWAL_IN_PROGRESS,
                               starts_on=started_on)
    changed = Award.objects.filter(pk=locked.pk, last_status=S.CURRENT).update(
        last_status=S.RENEWAL_IN_PROGRESS, lapses_on=None, renewal_started_on=started_on)
    if changed != 1:
        raise TransitionNotAllowed(locked, locked.last_status, S.RENEWAL_IN_PROGRESS)
    _status_row(locked, S.CURRENT, S.RENEWAL_IN_PROGRESS, effective_on=started_on, by=by, at=at)
    register_services.listing_sync_awards(service=locked.service, now=at)
    audit.record("award.renewal_started", by=by, obj=locked, organisation_id=locked.service.organisation_id,
                 detail={"from": S.CURRENT, "to": S.RENEWAL_IN_PROGRESS, "effective_on": started_on.isoformat()},
                 request=request, now=at)
    locked.refresh_from_db()
    _copy_back(award, locked)
    return award


@transaction.atomic
def award_renew(*, award: Award, approved_on: date, scope: str | None = None, by, request=None, now=None) -> Award:
    """The renewal is approved: a new award (new certificate, valid 3 years from ``approved_on``:
    MEM-AWARD-3Y) replaces ``award`` from that day. The old award is superseded, never shown as
    ended, and its certificate page points to the new one.
    """
    at = now or clock.now()
    today = clock.london_date(at)
    locked = _locked(award)
    _check_transition(locked, S.SUPERSEDED)
    period = _open_held_period(locked)
    if approved_on > today:
        raise ValidationError({"approved_on": "The approval date must be today or in the past"})
    if approved_on <= period.starts_on:
        raise ValidationError({"approved_on": f"The renewal must be approved after {period.starts_on:%-d %B %Y}"})
    if locked.lapses_on is not None and approved_on >= locked.lapses_on:
        raise ValidationError({"approved_on": "The mark had already lapsed on that date"})
    service = Service.objects.select_related("organisation").get(pk=locked.service_id)
    from_status = locked.last_status
    AwardPeriod.objects.filter(pk=period.pk).update(ends_on=approved_on)
    AwardPeriod.objects.create(award=locked, service=service, status=S.SUPERSEDED, starts_on=approved_on)
    changed = Award.objects.filter(pk=locked.pk, last_status=from_status).update(last_status=S.SUPERSEDED,
                                                                                lapses_on=None)
    if changed != 1:
        raise TransitionNotAllowed(locked, from_status, S.SUPERSEDED)
    new = _create(service=service, scope=scope or locked.scope, approved_on=approved_on, certificate_number=None,
                  made_before_rsqm=False, supersedes=locked, by=by, at=at, request=request)
    _status_row(locked, from_status, S.SUPERSEDED, effective_on=approved_on, by=by, at=at,
                note=f"Renewed: certificate {new.certificate_number}")
    audit.record("award.renewed", by=by, obj=new, organisation_id=service.organisation_id,
                 detail={**_award_detail(new), "supersedes": locked.certificate_number}, request=request, now=at)
    register_services.listing_sync_awards(service=service, now=at)
    locked.refresh_from_db()
    _copy_back(award, locked)
    return new


# --- Ending ---------------------------------------------------------------------------------


@transaction.atomic
def award_end(*, award: Award, reason: str, effective_on: date, note: str = "", by, request=None,
              now=None) -> Award:
    """End an award: the one place that enforces MEM-WITHDRAW and MEM-MARK-CEASE (and MEM-CEASE).

    Staff (the registrar) end an award with a reason (withdrawn, not approved at renewal,
    membership ended), a written note and an effective date not before today: the public pages
    change on that date, and the history keeps the status before it. The daily sweep (``by`` is
    ``None``) ends an award that was not renewed, effective the renewal date + 1 month. Nothing
    else ends an award, and an overdue obligation never does by itself (MEM-WITHDRAW).

    The organisation is told through the outbox.
    """
    by_staff = by is not None
    if by_staff:
        _require_registrar(by)
    at = now or clock.now()
    today = clock.london_date(at)
    note = (note or "").strip()
    locked = _locked(award)
    if locked.last_status not in rules.HELD:
        raise TransitionNotAllowed(locked, locked.last_status, S.ENDED)
    period = _open_held_period(locked)
    problem = rules.end_problem(reason=reason, last_status=locked.last_status, current_since=period.starts_on,
                                effective_on=effective_on, today=today, lapses_on=locked.lapses_on,
                                by_staff=by_staff)
    if problem:
        field = "reason" if reason not in rules.END_REASONS or reason == rules.NOT_RENEWED else "effective_on"
        raise ValidationError({field: problem})
    if by_staff and not note:
        raise ValidationError({"note": "Enter why the award ends: the organisation is told"})
    _check_transition(locked, S.ENDED)
    from_status = locked.last_status
    AwardPeriod.objects.filter(pk=period.pk).update(ends_on=effective_on)
    AwardPeriod.objects.create(award=locked, service_id=locked.service_id, status=S.ENDED, starts_on=effective_on,
                               reason=reason)
    changed = Award.objects.filter(pk=locked.pk, last_status=from_status).update(
        last_status=S.ENDED, lapses_on=None, ended_on=effective_on, end_reason=reason)
    if changed != 1:
        raise TransitionNotAllowed(locked, from_status, S.ENDED)
    change = _status_row(locked, from_status, S.ENDED, effective_on=effective_on, by=by, at=at, reason=reason,
                         note=note)
    service = Service.objects.select_related("organisation").get(pk=locked.service_id)
    audit.record("award.ended", by=by, obj=locked, organisation_id=service.organisation_id,
                 detail={"from": from_status, "to": S.ENDED, "reason": reason,
                         "effective_on": effective_on.isoformat()},
                 request=request, now=at)
    register_services.listing_sync_awards(service=service, now=at)
    locked.refresh_from_db()
    _copy_back(award, locked)
    _tell_organisation(award, service, change, at=at)
    return award


def _tell_organisation(award: Award, service: Service, change: AwardStatusChange, *, at) -> None:
    organisation = service.organisation
    recipients: dict[str, Any] = {}
    for admin in organisation_selectors.admins_of(organisation):
        recipients.setdefault(admin.email.lower(), admin)
    if organisation.contact_email:
        recipients.setdefault(organisation.contact_email.lower(), None)
    context = {
        "organisation": organisation,
        "service_name": service.listing.listed_name if hasattr(service, "listing") else service.listed_name,
        "award": award,
        "reason": EndReason(change.reason).label,
        "reason_code": change.reason,
        "effective_on": change.effective_on,
        "last_day": change.effective_on - timedelta(days=1),
        "note": change.note,
        "link": _link("verify_certificate", certificates.path_form(award.certificate_number)),
    }
    for email, user in recipients.items():
        outbox.enqueue(
            template="award_ended",
            to=email,
            context={**context, "recipient": user},
            key=f"award_ended:{change.pk}:{email}",
            now=at,
        )


def award_lapse_sweep(*, now=None) -> int:
    """The daily sweep (MEM-RENEWAL, MEM-CEASE): end every award still current whose renewal date
    + 1 month has come with no renewal in progress, as "not renewed", effective that day.

    Each award ends in its own transaction through ``award_end``, which re-checks it under a lock,
    so a second worker, or a renewal started meanwhile, is safe. Returns how many ended.
    """
    at = now or clock.now()
    ended = 0
    for award_id in selectors.lapsed_award_ids(clock.london_date(at)):
        award = Award.objects.filter(pk=award_id, last_status=S.CURRENT).first()
        if award is None or award.lapses_on is None:
            continue
        try:
            award_end(award=award, reason=rules.NOT_RENEWED, effective_on=award.lapses_on, by=None, now=at)
        except (TransitionNotAllowed, ValidationError):
            continue  # another worker got there first, or a renewal began: nothing to do
        ended += 1
    return ended
