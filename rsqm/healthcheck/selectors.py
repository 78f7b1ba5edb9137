"""Reads of healthchecks shared by pages, the PDF, exports and other apps.

Other apps call :func:`application_gate` (APP-HEALTHCHECK) before an organisation applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.urls import reverse

from rsqm.core import clock, figures
from rsqm.healthcheck import rules
from rsqm.healthcheck.models import Answer, Healthcheck, HealthcheckStatus, Rating, ReadinessOverride, SupportMessage
from rsqm.organisations.models import Organisation, OrganisationMembership, OrganisationStatus
from rsqm.standards import selectors as standards

# --- One healthcheck --------------------------------------------------------------------------


def answers_by_indicator(healthcheck: Healthcheck) -> dict[int, Answer]:
    return {a.indicator_id: a for a in Answer.objects.filter(healthcheck=healthcheck)}


@dataclass
class StandardTask:
    """One row of the task list: a standard and how far its answers have got."""

    view: standards.StandardView
    answered: int
    carried: int
    total: int

    @property
    def status(self) -> str:
        """``not_started``, ``in_progress``, ``carried`` (answers copied, not yet checked) or ``completed``."""
        if self.answered == 0:
            return "not_started"
        if self.answered < self.total:
            return "in_progress"
        if self.carried:
            return "carried"
        return "completed"


def task_list(healthcheck: Healthcheck, structure=None, answers=None) -> list[StandardTask]:
    structure = structure if structure is not None else standards.structure(healthcheck.framework)
    answers = answers if answers is not None else answers_by_indicator(healthcheck)
    tasks = []
    for view in structure:
        given = [answers[i.pk] for i in view.indicators if i.pk in answers]
        tasks.append(StandardTask(view=view, answered=len(given), carried=sum(1 for a in given if a.carried_forward),
                                  total=len(view.indicators)))
    return tasks


def results(healthcheck: Healthcheck, structure=None, answers=None) -> rules.Verdict:
    """APP-HEALTHCHECK: the healthcheck's verdict, standard by standard, from its answers."""
    structure = structure if structure is not None else standards.structure(healthcheck.framework)
    answers = answers if answers is not None else answers_by_indicator(healthcheck)
    return rules.verdict(_standard_results(structure, answers))


def _standard_results(structure, answers) -> list[rules.StandardResult]:
    out = []
    for view in structure:
        items = []
        for indicator in view.indicators:
            answer = answers.get(indicator.pk)
            items.append(rules.IndicatorResult(
                key=indicator.key, code=indicator.code, text=indicator.text,
                rating=answer.rating if answer else None,
                na_reason=answer.na_reason if answer else "", note=answer.note if answer else "",
            ))
        out.append(rules.StandardResult(number=view.number, key=view.key, title=view.title, indicators=tuple(items)))
    return out


def messages_of(healthcheck: Healthcheck) -> QuerySet[SupportMessage]:
    return SupportMessage.objects.filter(healthcheck=healthcheck).order_by("at", "id")


# --- Whose healthchecks -----------------------------------------------------------------------


def healthchecks_of_user(user) -> QuerySet[Healthcheck]:
    """The user's own healthchecks and those of their organisations, newest first."""
    org_ids = OrganisationMembership.objects.filter(user=user).values("organisation_id")
    return (
        Healthcheck.objects.filter(Q(owner=user) | Q(organisation_id__in=org_ids))
        .select_related("organisation", "framework")
        .order_by("-started_at", "-id")
    )


def healthchecks_in_session(ids) -> QuerySet[Healthcheck]:
    """The unclaimed healthchecks this browser holds (claimed ones are reached through an account)."""
    return (
        Healthcheck.objects.filter(pk__in=list(ids or []), owner__isnull=True, organisation__isnull=True)
        .select_related("framework")
        .order_by("-started_at", "-id")
    )


def in_progress_for(*, organisation=None, owner=None) -> Healthcheck | None:
    qs = Healthcheck.objects.filter(status=HealthcheckStatus.IN_PROGRESS)
    if organisation is not None:
        qs = qs.filter(organisation=organisation)
    else:
        qs = qs.filter(owner=owner, organisation__isnull=True)
    return qs.order_by("-started_at", "-id").first()


def latest_completed(*, organisation=None, owner=None, on: date | None = None) -> Healthcheck | None:
    """The latest completed healthcheck of an organisation (or of a user's own, with none), on any
    framework version; with ``on``, the latest completed on or before that date."""
    qs = Healthcheck.objects.filter(status=HealthcheckStatus.COMPLETED)
    if organisation is not None:
        qs = qs.filter(organisation=organisation)
    else:
        qs = qs.filter(owner=owner, organisation__isnull=True)
    if on is not None:
        qs = qs.filter(completed_on__lte=on)
    return qs.select_related("framework").order_by("-completed_at", "-id").first()


# --- The gate (APP-HEALTHCHECK) ---------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """The gate's decision with the links a page or an email shows beside it."""

    decision: rules.GateDecision
    healthcheck_url: str
    report_url: str | None

    @property
    def allowed(self) -> bool:
        return self.decision.allowed

    @property
    def reasons(self):
        return self.decision.reasons


def latest_override(organisation: Organisation, *, on: date) -> ReadinessOverride | None:
    return (ReadinessOverride.objects.filter(organisation=organisation, recorded_on__lte=on)
            .order_by("-recorded_on", "-recorded_at", "-id").first())


def application_gate(organisation: Organisation, *, on: date | None = None) -> Gate:
    """APP-HEALTHCHECK: may ``organisation`` apply on the date ``on`` (today in London by default)?

    Reads the organisation's latest healthcheck completed on or before ``on`` (on any version of
    the standards) and its latest readiness record by staff; the decision and its reasons come
    from ``rules.gate``. The links lead to the healthcheck and, when there is one, its report.
    """
    day = on or clock.today()
    latest = latest_completed(organisation=organisation, on=day)
    override = latest_override(organisation, on=day)
    decision = rules.gate(
        on=day,
        organisation_verified=organisation.status == OrganisationStatus.VERIFIED,
        latest=rules.CompletedHealthcheck(id=latest.pk, completed_on=latest.completed_on, verdict=results(latest))
        if latest else None,
        override=rules.Override(id=override.pk, recorded_on=override.recorded_on, reason=override.reason)
        if override else None,
        valid_months=figures.get("healthcheck.valid_months"),
        override_months=figures.get("healthcheck.override_months"),
    )
    return Gate(
        decision=decision,
        healthcheck_url=reverse("healthcheck_home"),
        report_url=reverse("healthcheck_report", args=[latest.pk]) if latest else None,
    )


@dataclass(frozen=True)
class ReadinessRow:
    organisation: Organisation
    latest: Healthcheck | None
    valid_until: date | None
    override: ReadinessOverride | None
    override_until: date | None

    @property
    def ready_now(self) -> bool:
        if self.override_until is not None:
            return True
        return bool(self.latest and self.latest.ready and self.valid_until)


def readiness_rows(organisations: list[Organisation], *, on: date) -> list[ReadinessRow]:
    """For a page of organisations, the latest completed healthcheck and readiness record of each,
    in two queries, with the stored verdict (the staff overview; the gate itself is
    :func:`application_gate`)."""
    ids = [o.pk for o in organisations]
    latest_id = (Healthcheck.objects.filter(organisation=OuterRef("organisation"), status=HealthcheckStatus.COMPLETED,
                                            completed_on__lte=on)
                 .order_by("-completed_at", "-id").values("id")[:1])
    latest = {h.organisation_id: h for h in Healthcheck.objects.filter(organisation_id__in=ids)
              .annotate(latest_id=Subquery(latest_id)).filter(id=F("latest_id"))}
    override_id = (ReadinessOverride.objects.filter(organisation=OuterRef("organisation"), recorded_on__lte=on)
                   .order_by("-recorded_on", "-recorded_at", "-id").values("id")[:1])
    overrides = {o.organisation_id: o for o in ReadinessOverride.objects.filter(organisation_id__in=ids)
                 .annotate(latest_id=Subquery(override_id)).filter(id=F("latest_id"))}
    valid_months = figures.get("healthcheck.valid_months")
    override_months = figures.get("healthcheck.override_months")
    rows = []
    for organisation in organisations:
        h = latest.get(organisation.pk)
        until = rules.healthcheck_valid_until(h.completed_on, valid_months) if h else None
        o = overrides.get(organisation.pk)
        o_until = rules.override_valid_until(o.recorded_on, override_months) if o else None
        rows.append(ReadinessRow(
            organisation=organisation, latest=h,
            valid_until=until if until and on <= until else None,
            override=o, override_until=o_until if o_until and on <= o_until else None,
        ))
    return rows


# --- Staff --------------------------------------------------------------------------------------


def shared_healthchecks() -> QuerySet[Healthcheck]:
    """Healthchecks shared with the scheme's staff, the most recent message first, with whether
    the last message is the organisation's (waiting for a reply)."""
    last = SupportMessage.objects.filter(healthcheck=OuterRef("pk")).order_by("-at", "-id")
    return (
        Healthcheck.objects.filter(shared_at__isnull=False)
        .select_related("organisation", "framework")
        .annotate(last_message_at=Subquery(last.values("at")[:1]),
                  last_from_staff=Subquery(last.values("from_staff")[:1]))
        .order_by("-last_message_at", "-id")
    )


@dataclass(frozen=True)
class WeakIndicator:
    key: str
    code: str
    text: str
    below: int
    rated: int

    @property
    def share(self) -> float:
        return self.below / self.rated if self.rated else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.share)


def latest_completed_per_organisation() -> QuerySet[Healthcheck]:
    latest_id = (Healthcheck.objects.filter(organisation=OuterRef("organisation"), status=HealthcheckStatus.COMPLETED)
                 .order_by("-completed_at", "-id").values("id")[:1])
    return (Healthcheck.objects.filter(organisation__isnull=False, status=HealthcheckStatus.COMPLETED)
            .annotate(latest_id=Subquery(latest_id)).filter(id=F("latest_id")))


def weakest_indicators() -> list[WeakIndicator]:
    """Across all organisations, each indicator (by stable key, across versions) with the share of
    organisations' latest completed healthcheck rating it below "progressing well"; "not
    applicable" is left out of both counts. Weakest first. Three queries whatever the data size."""
    below = [r for r in rules.SCALE if not rules.meets_threshold(r)]
    counts = (
        Answer.objects.filter(healthcheck__in=latest_completed_per_organisation().values("id"))
        .exclude(rating=Rating.NOT_APPLICABLE)
        .values("indicator_key")
        .annotate(rated=Count("id"), below=Count("id", filter=Q(rating__in=below)))
    )
    rows = list(counts)
    texts = standards.latest_text_by_key(r["indicator_key"] for r in rows)
    result = [
        WeakIndicator(key=r["indicator_key"], code=texts.get(r["indicator_key"], ("", ""))[0],
                      text=texts.get(r["indicator_key"], ("", r["indicator_key"]))[1],
                      below=r["below"], rated=r["rated"])
        for r in rows
    ]
    result.sort(key=lambda w: (-w.share, -w.below, w.code, w.key))
    return result


def organisations_counted() -> int:
    return latest_completed_per_organisation().count()


def overrides_of(organisation: Organisation) -> QuerySet[ReadinessOverride]:
    return ReadinessOverride.objects.filter(organisation=organisation).order_by("-recorded_at", "-id")


def completed_of(organisation: Organisation) -> QuerySet[Healthcheck]:
    return (Healthcheck.objects.filter(organisation=organisation, status=HealthcheckStatus.COMPLETED)
            .select_related("framework").order_by("-completed_at", "-id"))
