"""Every change to healthchecks, their answers, messages and readiness records.

Each function is one action, named ``<entity>_<action>``, atomic and audited; the emails it
causes are written to the outbox in the same transaction. Free texts reach these functions only
after the privacy guard's form validator has passed them (PRIV-NO-RECORD); the audit log records
counts and ids, never the texts.

A healthcheck moves ``in_progress`` → ``completed`` once (``TRANSITIONS``); after that its
answers never change.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import salted_hmac

from rsqm.core import audit, clock, figures
from rsqm.healthcheck import access, links, rules, selectors
from rsqm.healthcheck.models import (
    Answer,
    Healthcheck,
    HealthcheckStatus,
    Rating,
    ReadinessOverride,
    ResumeLinkRequest,
    SupportMessage,
)
from rsqm.notifications import outbox
from rsqm.organisations import selectors as organisation_selectors
from rsqm.organisations.models import Organisation, OrganisationMembership
from rsqm.standards import selectors as standards
from rsqm.standards.models import Framework

S = HealthcheckStatus

TRANSITIONS: dict[str, set[str]] = {S.IN_PROGRESS: {S.COMPLETED}}

#: Resume-link rows older than this are no longer needed by any limit.
RESUME_LIMIT_WINDOW = timedelta(days=1)


class HealthcheckCompleted(Exception):
    """A change to the answers of a completed healthcheck."""

    def __init__(self, healthcheck: Healthcheck):
        super().__init__("This healthcheck is finished: its answers cannot change. Start a new one to rate "
                         "your service again.")


class NotFinished(Exception):
    """Finishing a healthcheck that still has standards to answer or check."""


class ResumeLimitReached(Exception):
    """Too many resume links to this address, or from this client, for now."""


class NoFramework(Exception):
    """No framework has been published, so no healthcheck can start."""


def _link(name: str, *args) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def _lock(healthcheck: Healthcheck) -> Healthcheck:
    return Healthcheck.objects.select_for_update().get(pk=healthcheck.pk)


def _lock_in_progress(healthcheck: Healthcheck) -> Healthcheck:
    locked = _lock(healthcheck)
    if locked.status != S.IN_PROGRESS:
        raise HealthcheckCompleted(locked)
    return locked


def _refresh(instance: Healthcheck, locked: Healthcheck) -> None:
    for f in locked._meta.concrete_fields:
        setattr(instance, f.attname, getattr(locked, f.attname))


def _actor(by):
    return by if getattr(by, "is_authenticated", False) else None


# --- Starting ---------------------------------------------------------------------------------


@transaction.atomic
def healthcheck_start(*, by, organisation: Organisation | None = None, framework: Framework | None = None,
                      request=None, now=None) -> Healthcheck:
    """Start a healthcheck on the current framework (or ``framework``).

    Anonymous (``by`` not signed in): unclaimed, held by the session. Signed in: owned by ``by``,
    for ``organisation`` when given (``by`` must be one of its users). It starts with the answers of
    the previous completed healthcheck (the organisation's, or the user's own without one),
    copied by stable key onto this version and marked to be checked.
    """
    user = _actor(by)
    if user is not None and not access.may_hold(user):
        raise PermissionDenied("Scheme staff and assessors do not take the healthcheck.")
    if organisation is not None and (user is None or not OrganisationMembership.objects.filter(
            user=user, organisation=organisation).exists()):
        raise PermissionDenied("Only the organisation's users start its healthcheck.")
    at = now or clock.now()
    framework = framework or standards.current_framework()
    if framework is None:
        raise NoFramework("No framework of the standards has been published yet.")
    previous = selectors.latest_completed(organisation=organisation, owner=user) if user is not None else None
    healthcheck = Healthcheck.objects.create(
        framework=framework, organisation=organisation, owner=user, status=S.IN_PROGRESS, started_at=at,
        last_activity_at=at, resume_nonce=secrets.token_hex(16), carried_from=previous,
        claimed_at=at if user is not None else None,
    )
    carried = _carry_forward(healthcheck, previous, at=at) if previous is not None else 0
    audit.record("healthcheck.started", by=user, obj=healthcheck,
                 detail={"framework_version": framework.version, "carried_from": previous.pk if previous else None,
                         "answers_carried": carried},
                 request=request, now=at)
    return healthcheck


def _carry_forward(healthcheck: Healthcheck, previous: Healthcheck, *, at) -> int:
    """Copy ``previous``'s answers onto ``healthcheck``'s framework by stable key: indicators
    the new version no longer has are left behind, new ones start unanswered."""
    targets = standards.indicators_by_key(healthcheck.framework)
    rows = [
        Answer(healthcheck=healthcheck, indicator=targets[a.indicator_key], indicator_key=a.indicator_key,
               rating=a.rating, na_reason=a.na_reason, note=a.note, carried_forward=True, answered_at=at)
        for a in Answer.objects.filter(healthcheck=previous)
        if a.indicator_key in targets
    ]
    Answer.objects.bulk_create(rows)
    return len(rows)


# --- Answering --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Given:
    """One indicator's answer as a form gives it."""

    rating: str
    na_reason: str = ""
    note: str = ""


@transaction.atomic
def healthcheck_answers_save(*, healthcheck: Healthcheck, standard_number: int, answers: Mapping[int, Given | None],
                             complete: bool, by, request=None, now=None) -> int:
    """Save the answers to one standard: ``answers`` maps indicator ids to a ``Given`` (or
    ``None`` for one left unanswered, which removes an earlier answer).

    With ``complete`` every indicator of the standard must be answered (the standard is done);
    without it, what is given is saved to come back to. Saved answers are confirmed (no longer
    "carried forward"). A "not applicable" answer needs its reason. Returns the answers saved.
    """
    at = now or clock.now()
    locked = _lock_in_progress(healthcheck)
    view = next((v for v in standards.structure(locked.framework) if v.number == standard_number), None)
    if view is None:
        raise ValidationError("This standard is not part of the healthcheck's version of the standards.")
    by_id = {i.pk: i for i in view.indicators}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise ValidationError("Some answers are for indicators of another standard.")
    errors: dict[str, str] = {}
    for indicator in view.indicators:
        given = answers.get(indicator.pk)
        if given is None:
            if complete:
                errors[f"rating_{indicator.pk}"] = f"Choose how far {indicator.code} is in place"
            continue
        if given.rating not in Rating.values:
            errors[f"rating_{indicator.pk}"] = f"Choose how far {indicator.code} is in place"
        elif given.rating == Rating.NOT_APPLICABLE and not given.na_reason.strip():
            errors[f"na_reason_{indicator.pk}"] = f"Say why {indicator.code} does not apply to your service"
    if errors:
        raise ValidationError(errors)
    existing = {a.indicator_id: a for a in Answer.objects.filter(healthcheck=locked, indicator_id__in=by_id)}
    saved = 0
    for indicator in view.indicators:
        given = answers.get(indicator.pk)
        answer = existing.get(indicator.pk)
        if given is None:
            if answer is not None:
                answer.delete()
            continue
        na_reason = given.na_reason.strip() if given.rating == Rating.NOT_APPLICABLE else ""
        values = {"rating": given.rating, "na_reason": na_reason, "note": given.note.strip(),
                  "carried_forward": False, "answered_at": at}
        if answer is None:
            Answer.objects.create(healthcheck=locked, indicator=indicator, indicator_key=indicator.key, **values)
        else:
            Answer.objects.filter(pk=answer.pk).update(**values)
        saved += 1
    locked.last_activity_at = at
    locked.save(update_fields=["last_activity_at"])
    _refresh(healthcheck, locked)
    audit.record("healthcheck.answers_saved", by=_actor(by), obj=locked,
                 detail={"standard": standard_number, "answers": saved, "complete": complete},
                 request=request, now=at)
    return saved


@transaction.atomic
def healthcheck_complete(*, healthcheck: Healthcheck, by, request=None, now=None) -> rules.Verdict:
    """Finish the healthcheck: every standard answered and checked. Its verdict (APP-HEALTHCHECK)
    and the London date of completion are stored; the answers never change again."""
    at = now or clock.now()
    locked = _lock(healthcheck)
    if S.COMPLETED not in TRANSITIONS.get(locked.status, set()):
        raise HealthcheckCompleted(locked)
    structure = standards.structure(locked.framework)
    answers = selectors.answers_by_indicator(locked)
    waiting = [t.view.title for t in selectors.task_list(locked, structure, answers) if t.status != "completed"]
    if waiting:
        raise NotFinished("Answer and check every standard first: " + ", ".join(waiting) + ".")
    result = selectors.results(locked, structure, answers)
    locked.status = S.COMPLETED
    locked.completed_at = at
    locked.completed_on = clock.london_date(at)
    locked.ready = result.ready
    locked.last_activity_at = at
    locked.save(update_fields=["status", "completed_at", "completed_on", "ready", "last_activity_at"])
    _refresh(healthcheck, locked)
    audit.record("healthcheck.completed", by=_actor(by), obj=locked,
                 detail={"from": S.IN_PROGRESS, "to": S.COMPLETED, "ready": result.ready,
                         "framework_version": locked.framework.version},
                 request=request, now=at)
    return result


# --- Resume links and claiming ----------------------------------------------------------------


def _digest(kind: str, value: str) -> str:
    return salted_hmac(f"rsqm.healthcheck.resume-limit.{kind}", value.strip().lower()).hexdigest()


@transaction.atomic
def healthcheck_resume_link_send(*, healthcheck: Healthcheck, email: str, client: str, by=None, request=None,
                                 now=None) -> None:
    """Email a link to continue an unclaimed healthcheck.

    The message holds fixed text and the link only. At most ``rules.LINKS_PER_ADDRESS_PER_DAY``
    links go to one address a day and ``rules.LINKS_PER_CLIENT_PER_HOUR`` from one client an
    hour (:class:`ResumeLimitReached`), so the form cannot be used to send mail to strangers.
    Neither the address nor the client is stored in clear.
    """
    at = now or clock.now()
    locked = _lock(healthcheck)
    if not locked.is_unclaimed:
        raise PermissionDenied("This healthcheck is kept on an account: sign in to continue it.")
    address = (email or "").strip().lower()
    address_digest, client_digest = _digest("address", address), _digest("client", client or "unknown")
    if not rules.may_send_resume_link(
        sent_to_address_last_day=ResumeLinkRequest.objects.filter(
            address_digest=address_digest, at__gt=at - timedelta(days=1)).count(),
        sent_from_client_last_hour=ResumeLinkRequest.objects.filter(
            client_digest=client_digest, at__gt=at - timedelta(hours=1)).count(),
    ):
        raise ResumeLimitReached("We have sent as many links as we can for now. Try again later.")
    sent = ResumeLinkRequest.objects.create(address_digest=address_digest, client_digest=client_digest, at=at)
    outbox.enqueue(
        template="healthcheck_resume",
        to=address,
        context={"link": _link("healthcheck_resume", links.make_token(locked)),
                 "days": figures.get("healthcheck.resume_link_days")},
        key=f"healthcheck_resume:{sent.pk}",
        now=at,
    )
    locked.last_activity_at = at
    locked.save(update_fields=["last_activity_at"])
    audit.record("healthcheck.resume_link_sent", by=_actor(by), obj=locked, request=request, now=at)


@transaction.atomic
def healthcheck_claim(*, healthcheck: Healthcheck, by, request=None, now=None) -> bool:
    """Claim an unclaimed healthcheck for the signed-in ``by``; returns whether it was claimed.

    With exactly one organisation, the healthcheck becomes that organisation's; with several, the
    user chooses one (``healthcheck_organisation_set``). Every resume link sent for it stops
    working: from now on it is reached through the account.
    """
    if not access.may_hold(by):
        return False
    at = now or clock.now()
    locked = _lock(healthcheck)
    if not locked.is_unclaimed:
        return False
    organisations = access.organisations_of(by)
    locked.owner = by
    locked.organisation = organisations[0] if len(organisations) == 1 else None
    locked.claimed_at = at
    locked.resume_nonce = secrets.token_hex(16)
    locked.last_activity_at = at
    locked.save(update_fields=["owner", "organisation", "claimed_at", "resume_nonce", "last_activity_at"])
    _refresh(healthcheck, locked)
    audit.record("healthcheck.claimed", by=by, obj=locked,
                 detail={"organisation_id": locked.organisation_id}, request=request, now=at)
    return True


@transaction.atomic
def healthcheck_organisation_set(*, healthcheck: Healthcheck, organisation: Organisation, by, request=None,
                                 now=None) -> Healthcheck:
    """Say which of the user's organisations a healthcheck they hold is for (once)."""
    at = now or clock.now()
    locked = _lock(healthcheck)
    if locked.owner_id != getattr(by, "pk", None) or locked.organisation_id is not None:
        raise PermissionDenied("Only the person holding a healthcheck chooses its organisation, once.")
    if not OrganisationMembership.objects.filter(user=by, organisation=organisation).exists():
        raise PermissionDenied("Choose one of your own organisations.")
    locked.organisation = organisation
    locked.last_activity_at = at
    locked.save(update_fields=["organisation", "last_activity_at"])
    _refresh(healthcheck, locked)
    audit.record("healthcheck.organisation_chosen", by=by, obj=locked, organisation_id=organisation.pk,
                 detail={"organisation_id": organisation.pk}, request=request, now=at)
    return locked


# --- Support from the scheme's staff ----------------------------------------------------------


@transaction.atomic
def support_message_post(*, healthcheck: Healthcheck, body: str, by, request=None, now=None) -> SupportMessage:
    """A user of the healthcheck's organisation shares it with the scheme's staff, or writes again,
    asking for support. The case officers are emailed a link (not the message)."""
    if not access.may_share(by, healthcheck):
        raise PermissionDenied("Only the organisation's users share its healthcheck.")
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": "Enter what you would like help with"})
    at = now or clock.now()
    locked = _lock(healthcheck)
    if not locked.is_completed:
        raise PermissionDenied("Finish the healthcheck before sharing its report.")
    first = locked.shared_at is None
    if first:
        locked.shared_at, locked.shared_by = at, by
        locked.save(update_fields=["shared_at", "shared_by"])
        _refresh(healthcheck, locked)
    message = SupportMessage.objects.create(healthcheck=locked, from_staff=False, author=by,
                                            author_label=audit.actor_label(by), body=body, at=at)
    audit.record("healthcheck.shared" if first else "healthcheck.support_message", by=by, obj=locked,
                 detail={"message_id": message.pk}, request=request, now=at)
    for officer in organisation_selectors.case_officers():
        outbox.enqueue(
            template="healthcheck_shared_staff",
            to=officer.email,
            context={"recipient": officer, "organisation": locked.organisation, "first": first,
                     "link": _link("staff_healthcheck_detail", locked.pk)},
            key=f"healthcheck_shared_staff:{message.pk}:{officer.pk}",
            now=at,
        )
    return message


@transaction.atomic
def support_reply_post(*, healthcheck: Healthcheck, body: str, by, request=None, now=None) -> SupportMessage:
    """A case officer replies about a shared healthcheck. The organisation's users who wrote
    about it are emailed a link to read the reply (not the reply itself)."""
    if not access.is_case_officer(by):
        raise PermissionDenied("Only case officers reply about shared healthchecks.")
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": "Enter your reply"})
    at = now or clock.now()
    locked = _lock(healthcheck)
    if locked.shared_at is None:
        raise PermissionDenied("This healthcheck has not been shared with the scheme's staff.")
    message = SupportMessage.objects.create(healthcheck=locked, from_staff=True, author=by,
                                            author_label=audit.actor_label(by), body=body, at=at)
    audit.record("healthcheck.support_reply", by=by, obj=locked, detail={"message_id": message.pk},
                 request=request, now=at)
    writers = {m.author for m in SupportMessage.objects.filter(healthcheck=locked, from_staff=False)
               .select_related("author") if m.author is not None and m.author.is_active}
    for user in sorted(writers, key=lambda u: u.pk):
        if not access.may_share(user, locked):
            continue  # no longer one of the organisation's users
        outbox.enqueue(
            template="healthcheck_reply",
            to=user.email,
            context={"recipient": user, "link": _link("healthcheck_support", locked.pk)},
            key=f"healthcheck_reply:{message.pk}:{user.pk}",
            now=at,
        )
    return message


# --- Readiness recorded by staff ---------------------------------------------------------------


@transaction.atomic
def readiness_override_record(*, organisation: Organisation, reason: str, by, request=None,
                              now=None) -> ReadinessOverride:
    """APP-HEALTHCHECK: a case officer records that the organisation is ready to apply, with the
    reason, on the record. It lets the organisation apply for ``healthcheck.override_months``."""
    if not access.is_case_officer(by):
        raise PermissionDenied("Only case officers record that an organisation is ready.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Enter why the organisation is ready to apply"})
    at = now or clock.now()
    override = ReadinessOverride.objects.create(
        organisation=organisation, reason=reason, recorded_at=at, recorded_on=clock.london_date(at),
        recorded_by=by, recorded_by_label=audit.actor_label(by),
    )
    audit.record("healthcheck.readiness_recorded", by=by, obj=organisation,
                 detail={"override_id": override.pk, "recorded_on": override.recorded_on.isoformat()},
                 request=request, now=at)
    return override


# --- Housekeeping -----------------------------------------------------------------------------


@transaction.atomic
def healthchecks_delete_abandoned(*, by=None, now=None) -> int:
    """Delete unclaimed healthchecks nobody has touched for ``healthcheck.abandoned_days`` days, and
    resume-link records no limit needs any more. Returns how many healthchecks went. ``by`` is
    ``None`` when the worker's daily job runs it."""
    at = now or clock.now()
    cutoff = at - timedelta(days=figures.get("healthcheck.abandoned_days"))
    abandoned = Healthcheck.objects.filter(owner__isnull=True, organisation__isnull=True, last_activity_at__lt=cutoff)
    ids = list(abandoned.values_list("pk", flat=True))
    if ids:
        Healthcheck.objects.filter(pk__in=ids).delete()
        audit.record("healthcheck.abandoned_deleted", by=_actor(by), detail={"count": len(ids)}, now=at)
    ResumeLinkRequest.objects.filter(at__lt=at - RESUME_LIMIT_WINDOW).delete()
    return len(ids)
