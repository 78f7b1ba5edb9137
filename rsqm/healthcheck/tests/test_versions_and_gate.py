"""Healthchecks across versions of the standards, and the application gate (APP-HEALTHCHECK) read
from the database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.urls import reverse

from rsqm.core import figures
from rsqm.healthcheck import selectors, services
from rsqm.healthcheck.models import Answer
from rsqm.healthcheck.tests.helpers import answer_all, completed
from rsqm.organisations.models import OrganisationStatus
from rsqm.standards import selectors as standards
from rsqm.standards import services as standard_services

pytestmark = pytest.mark.django_db


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)


def _new_version(admin):
    """Version 2: 1.1 reworded (same key), 1.2 removed, a new indicator added to standard 1."""
    draft = standard_services.framework_draft_create(by=admin)
    first = draft.standards.get(number=1)
    reworded = first.indicators.get(key="leadership.purpose")
    standard_services.indicator_update(indicator=reworded, text="A written statement of purpose, reworded.",
                                       guidance="", evidence_examples=[], by=admin)
    standard_services.indicator_delete(indicator=first.indicators.get(key="leadership.accountable-lead"), by=admin)
    standard_services.indicator_create(standard=first, key="leadership.culture", text="A restorative culture.", by=admin)
    standard_services.framework_publish(framework=draft, by=admin)
    return draft


def test_a_new_version_does_not_change_answers_given_on_the_old_one(cast):
    old = completed(by=cast["org_a_admin"], organisation=cast.org_a, rating="developing")
    before = list(Answer.objects.filter(healthcheck=old).order_by("pk").values_list("indicator_id", "rating", "note"))
    version_2 = _new_version(cast["staff_administrator"])
    old.refresh_from_db()
    assert old.framework.version == 1
    assert list(Answer.objects.filter(healthcheck=old).order_by("pk").values_list(
        "indicator_id", "rating", "note")) == before
    report = selectors.results(old)
    assert sum(len(s.indicators) for s in report.standards) == 27  # still the version it was taken on
    assert standards.current_framework() == version_2


def test_an_in_progress_healthcheck_stays_on_its_version(cast):
    healthcheck = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    _new_version(cast["staff_administrator"])
    answer_all(healthcheck, by=cast["org_a_admin"])
    services.healthcheck_complete(healthcheck=healthcheck, by=cast["org_a_admin"])
    assert healthcheck.framework.version == 1 and healthcheck.ready


def test_a_new_healthcheck_on_the_new_version_starts_with_the_old_answers_by_stable_key(client, cast):
    def rating(indicator):
        if indicator.key == "leadership.purpose":
            return services.Given("developing", note="Our RJ lead is drafting it")
        if indicator.key == "policies.equality":
            return services.Given("not_applicable", na_reason="Covered by the council's policy")
        return "progressing_well"

    old = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    answer_all(old, rating, by=cast["org_a_admin"])
    services.healthcheck_complete(healthcheck=old, by=cast["org_a_admin"])
    version_2 = _new_version(cast["staff_administrator"])

    client.force_login(cast["org_a_contributor"])
    client.post(reverse("healthcheck_start"))
    new = cast.org_a.healthchecks.exclude(pk=old.pk).get()
    assert new.framework == version_2 and new.carried_from == old
    answers = {a.indicator_key: a for a in Answer.objects.filter(healthcheck=new)}
    assert answers["leadership.purpose"].rating == "developing"
    assert answers["leadership.purpose"].note == "Our RJ lead is drafting it"
    assert answers["leadership.purpose"].indicator.framework == version_2
    assert answers["policies.equality"].na_reason == "Covered by the council's policy"
    assert "leadership.accountable-lead" not in answers  # not in version 2
    assert "leadership.culture" not in answers  # new in version 2: unanswered
    assert all(a.carried_forward for a in answers.values())
    assert len(answers) == 26

    tasks = client.get(reverse("healthcheck_tasks", args=[new.pk])).content.decode()
    assert "Check answers" in tasks and "starts with the answers of your healthcheck" in tasks
    # Carried answers must be checked: the healthcheck cannot be finished yet.
    with pytest.raises(services.NotFinished):
        services.healthcheck_complete(healthcheck=new, by=cast["org_a_contributor"])
    answer_all(new, by=cast["org_a_contributor"])
    services.healthcheck_complete(healthcheck=new, by=cast["org_a_contributor"])
    assert not Answer.objects.filter(healthcheck=new, carried_forward=True).exists()


# --- The gate from the database ---------------------------------------------------------------------


def test_app_healthcheck_gate_allows_on_the_last_day_and_refuses_the_day_after(cast):
    with time_machine.travel(_noon(date(2026, 3, 31)), tick=False):
        healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    assert healthcheck.completed_on == date(2026, 3, 31)
    on_the_day = selectors.application_gate(cast.org_a, on=date(2027, 3, 31))
    assert on_the_day.allowed and on_the_day.decision.via == "healthcheck"
    day_after = selectors.application_gate(cast.org_a, on=date(2027, 4, 1))
    assert not day_after.allowed and day_after.decision.codes == ["expired"]
    assert day_after.healthcheck_url == reverse("healthcheck_home")
    assert day_after.report_url == reverse("healthcheck_report", args=[healthcheck.pk])


def test_app_healthcheck_the_completion_date_is_the_london_date(cast):
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    with time_machine.travel(datetime(2026, 6, 30, 23, 30, tzinfo=UTC), tick=False):
        healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    assert healthcheck.completed_on == date(2026, 7, 1)
    assert selectors.application_gate(cast.org_a, on=date(2027, 7, 1)).allowed
    assert not selectors.application_gate(cast.org_a, on=date(2027, 7, 2)).allowed


def test_app_healthcheck_the_12_months_are_configurable(cast):
    with time_machine.travel(_noon(date(2026, 3, 10)), tick=False):
        completed(by=cast["org_a_admin"], organisation=cast.org_a)
    figures.figure_set(key="healthcheck.valid_months", value=6, by=cast["staff_administrator"])
    assert selectors.application_gate(cast.org_a, on=date(2026, 9, 10)).allowed
    assert not selectors.application_gate(cast.org_a, on=date(2026, 9, 11)).allowed


def test_app_healthcheck_the_latest_completed_healthcheck_decides_on_any_version(cast):
    with time_machine.travel(_noon(date(2026, 1, 5)), tick=False):
        completed(by=cast["org_a_admin"], organisation=cast.org_a)
    _new_version(cast["staff_administrator"])
    with time_machine.travel(_noon(date(2026, 2, 5)), tick=False):
        newer = completed(by=cast["org_a_admin"], organisation=cast.org_a, rating="developing")
    gate = selectors.application_gate(cast.org_a, on=date(2026, 2, 10))
    assert not gate.allowed and gate.decision.codes == ["not_ready"] and gate.decision.healthcheck_id == newer.pk
    assert "1.1 A written statement of purpose, reworded." in gate.reasons[0].message
    # As of a date before the newer one was completed, the older (ready) one decides.
    assert selectors.application_gate(cast.org_a, on=date(2026, 2, 4)).allowed


def test_app_healthcheck_without_a_completed_healthcheck(cast):
    services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    gate = selectors.application_gate(cast.org_a, on=date(2026, 5, 1))
    assert not gate.allowed and gate.decision.codes == ["no_healthcheck"] and gate.report_url is None


def test_app_healthcheck_counts_once_the_organisation_is_verified(cast):
    cast.org_a.status = OrganisationStatus.PENDING
    cast.org_a.save()
    completed(by=cast["org_a_admin"], organisation=cast.org_a)
    assert selectors.application_gate(cast.org_a).decision.codes == ["not_verified"]
    cast.org_a.status = OrganisationStatus.VERIFIED
    cast.org_a.save()
    assert selectors.application_gate(cast.org_a).allowed


def test_app_healthcheck_a_case_officer_records_readiness_for_12_months(client, cast):
    officer = cast["staff_case_officer"]
    with time_machine.travel(_noon(date(2026, 5, 20)), tick=False):
        client.force_login(officer)
        response = client.post(reverse("staff_readiness_detail", args=[cast.org_b.pk]),
                               {"reason": "Assessed against the standards at a support visit"})
        assert response.status_code == 302
    override = cast.org_b.readiness_overrides.get()
    assert override.recorded_on == date(2026, 5, 20) and override.recorded_by == officer
    on_the_day = selectors.application_gate(cast.org_b, on=date(2027, 5, 20))
    assert on_the_day.allowed and on_the_day.decision.via == "override"
    assert not selectors.application_gate(cast.org_b, on=date(2027, 5, 21)).allowed
    assert not selectors.application_gate(cast.org_b, on=date(2026, 5, 19)).allowed
    from rsqm.core.models import AuditEvent

    event = AuditEvent.objects.get(action="healthcheck.readiness_recorded")
    assert event.organisation_id == cast.org_b.pk and "reason" not in event.detail


def test_app_healthcheck_only_case_officers_record_readiness(client, cast):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.readiness_override_record(organisation=cast.org_a, reason="x", by=cast["staff_finance"])
    client.force_login(cast["staff_finance"])
    assert client.post(reverse("staff_readiness_detail", args=[cast.org_a.pk]), {"reason": "x"}).status_code == 403
    assert not cast.org_a.readiness_overrides.exists()


def test_the_gate_reads_a_fixed_number_of_queries(cast, django_assert_max_num_queries):
    completed(by=cast["org_a_admin"], organisation=cast.org_a)
    with django_assert_max_num_queries(8):
        selectors.application_gate(cast.org_a, on=date(2026, 5, 1))
