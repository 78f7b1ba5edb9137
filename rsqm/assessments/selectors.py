"""Reads of awards that pages, the register, exports and the sweep share.

Each makes a fixed number of queries whatever the number of awards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from rsqm.assessments import certificates, rules
from rsqm.assessments.models import HELD_STATUSES, Award, AwardPeriod, AwardStatus, AwardStatusChange
from rsqm.organisations.models import OrganisationStatus


def held_on_exists(on: date, *, service_ref: str = "service_id", statuses=HELD_STATUSES) -> Exists:
    """MEM-AWARD-3Y, MEM-RENEWAL: "held on ``on``" as one range query, for filtering services.

    True for a row whose ``service_ref`` names a service with a period of one of ``statuses``
    (current or renewal in progress) covering ``on``.
    """
    return Exists(
        AwardPeriod.objects.filter(service_id=OuterRef(service_ref), status__in=list(statuses), starts_on__lte=on)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gt=on))
    )


def _facts(award: Award, periods: Iterable[AwardPeriod]) -> rules.AwardFacts:
    return rules.AwardFacts(
        award_id=award.pk,
        approved_on=award.approved_on,
        renewal_on=award.renewal_on,
        periods=tuple(rules.Period(p.status, p.starts_on, p.ends_on, p.reason) for p in periods),
    )


def award_facts_for_services(service_ids: Iterable[int]) -> tuple[dict[int, list[rules.AwardFacts]], dict[int, Award]]:
    """Each service's awards as ``rules.AwardFacts``, and the awards by id, in one query."""
    by_award: dict[int, list[AwardPeriod]] = defaultdict(list)
    awards: dict[int, Award] = {}
    for period in (AwardPeriod.objects.filter(service_id__in=list(service_ids)).select_related("award")
                   .order_by("award_id", "starts_on")):
        awards[period.award_id] = period.award
        by_award[period.award_id].append(period)
    by_service: dict[int, list[rules.AwardFacts]] = defaultdict(list)
    for award_id, periods in by_award.items():
        award = awards[award_id]
        by_service[award.service_id].append(_facts(award, periods))
    return by_service, awards


def award_facts(award: Award) -> rules.AwardFacts:
    """The facts of one award whose periods are loaded (``award_history`` loads them)."""
    return _facts(award, award.periods.all())


def awards_of_service(service_id: int) -> list[Award]:
    """The service's awards, newest first, each with its periods and status changes: three queries."""
    return list(
        Award.objects.filter(service_id=service_id)
        .select_related("supersedes", "superseded_by")
        .prefetch_related(
            Prefetch("periods", queryset=AwardPeriod.objects.order_by("starts_on", "id")),
            Prefetch("status_changes", queryset=AwardStatusChange.objects.order_by("at", "id")),
        )
        .order_by("-approved_on", "-id")
    )


def public_award_by_number(text: str) -> Award | None:
    """The award whose certificate number ``text`` is, however it is typed, if its service may be
    shown publicly (a verified organisation, and a listing on the register); else ``None``."""
    key = certificates.key_of(text)
    if not key:
        return None
    return (
        Award.objects.filter(certificate_key=key, service__organisation__status=OrganisationStatus.VERIFIED,
                             service__listing__isnull=False)
        .select_related("service__organisation", "service__listing", "supersedes", "superseded_by")
        .prefetch_related(Prefetch("periods", queryset=AwardPeriod.objects.order_by("starts_on", "id")))
        .first()
    )


def award_for_staff(pk) -> Award:
    """One award with all the staff pages show; ``Award.DoesNotExist`` if there is none."""
    return (
        Award.objects.select_related("service__organisation", "supersedes", "superseded_by", "recorded_by")
        .prefetch_related(
            Prefetch("periods", queryset=AwardPeriod.objects.order_by("starts_on", "id")),
            Prefetch("status_changes", queryset=AwardStatusChange.objects.order_by("at", "id")),
        )
        .get(pk=int(pk))
    )


def staff_award_list(*, text: str = "", status: str = "") -> QuerySet[Award]:
    """Awards for the registrar's list, newest approval first; ``text`` matches the service's or
    organisation's name or the certificate number, ``status`` the award's latest status."""
    qs = Award.objects.select_related("service__organisation")
    text = (text or "").strip()
    if text:
        key = certificates.key_of(text)
        match = Q(service__listed_name__icontains=text) | Q(service__organisation__legal_name__icontains=text)
        if key:
            match |= Q(certificate_key__icontains=key)
        qs = qs.filter(match)
    if status:
        qs = qs.filter(last_status=status)
    return qs.order_by("-approved_on", "-id")


def held_award_of(service_id: int, on: date) -> Award | None:
    """The service's award that is held on ``on``, if any."""
    return Award.objects.filter(
        Exists(AwardPeriod.objects.filter(award_id=OuterRef("pk"), status__in=list(HELD_STATUSES),
                                          starts_on__lte=on).filter(Q(ends_on__isnull=True) | Q(ends_on__gt=on))),
        service_id=service_id,
    ).first()


def service_has_open_award(service_id: int) -> bool:
    """Whether the service has an award that is current or in renewal (and not ended or replaced)."""
    return Award.objects.filter(service_id=service_id, last_status__in=list(HELD_STATUSES)).exists()


def lapsed_award_ids(today: date) -> list[int]:
    """MEM-RENEWAL, MEM-CEASE: awards still current whose lapse date has come (no renewal in
    progress): the daily sweep ends them as not renewed. One indexed query."""
    return list(
        Award.objects.filter(last_status=AwardStatus.CURRENT, lapses_on__isnull=False, lapses_on__lte=today)
        .order_by("lapses_on", "pk")
        .values_list("pk", flat=True)
    )
