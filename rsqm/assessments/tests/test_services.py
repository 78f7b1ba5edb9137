"""Award services: each transition, from every status that does not allow it, atomically, with who,
when and why kept (MEM-AWARD-3Y, MEM-RENEWAL, MEM-WITHDRAW, MEM-MARK-CEASE, MEM-CEASE)."""

from __future__ import annotations

from datetime import date, timedelta
from unittest import mock

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from rsqm.assessments import rules, selectors, services
from rsqm.assessments.models import Award, AwardPeriod, AwardStatus, AwardStatusChange
from rsqm.assessments.tests.helpers import make_award, noon
from rsqm.core.models import AuditEvent
from rsqm.notifications.models import OutboxMessage
from rsqm.notifications.schedule import jobs_by_name
from rsqm.organisations.models import OrganisationStatus
from rsqm.register.models import Listing
from rsqm.testing.factories import OrganisationFactory, ServiceFactory

TODAY = date(2026, 5, 12)
APPROVED = date(2024, 2, 1)
DAY = timedelta(days=1)


@pytest.fixture
def pinned():
    with time_machine.travel(noon(TODAY), tick=False):
        yield


@pytest.fixture
def award(cast, pinned):
    return make_award(cast.service_a, approved_on=APPROVED, now=noon(TODAY))


def periods(award):
    return [(p.status, p.starts_on, p.ends_on, p.reason) for p in AwardPeriod.objects.filter(award=award)]


def in_status(cast, status: str) -> Award:
    """An award of service A whose latest status is ``status``."""
    award = make_award(cast.service_a, approved_on=APPROVED, now=noon(TODAY))
    registrar = cast["staff_registrar"]
    if status == AwardStatus.RENEWAL_IN_PROGRESS:
        services.award_renewal_start(award=award, by=registrar, now=noon(TODAY))
    elif status == AwardStatus.ENDED:
        services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=TODAY, note="Stopped practice.",
                           by=registrar, now=noon(TODAY))
    elif status == AwardStatus.SUPERSEDED:
        services.award_renew(award=award, approved_on=TODAY, by=registrar, now=noon(TODAY))
    award.refresh_from_db()
    assert award.last_status == status
    return award


# --- Making awards ------------------------------------------------------------------------------


def test_mem_award_3y_a_granted_award_is_current_from_approval_for_three_years_and_a_month(cast, award):
    assert award.renewal_on == date(2027, 2, 1)
    assert award.lapses_on == date(2027, 3, 1)
    assert periods(award) == [(AwardStatus.CURRENT, APPROVED, date(2027, 3, 1), "")]
    change = AwardStatusChange.objects.get(award=award)
    assert (change.from_status, change.to_status, change.effective_on) == ("", AwardStatus.CURRENT, APPROVED)
    assert AuditEvent.objects.filter(action="award.granted", object_id=str(award.pk)).exists()
    assert award.certificate_number.startswith("RSQM-")


def test_mem_benefits_a_holder_is_listed_on_the_register(cast, award):
    listing = Listing.objects.get(service=cast.service_a)
    assert listing.listed_name == cast.service_a.listed_name
    assert listing.organisation_name == cast.org_a.legal_name
    assert (listing.approved_on, listing.renewal_on, listing.certificate_number) == (
        award.approved_on, award.renewal_on, award.certificate_number)


def test_the_registrar_records_an_award_made_before_rsqm_keeping_its_number(cast, pinned):
    award = services.award_record_existing(service=cast.service_a, scope="All of it", approved_on=APPROVED,
                                           certificate_number="rj/2024 17".replace("/", "-"),
                                           by=cast["staff_registrar"])
    assert award.certificate_number == "RJ-2024 17"
    assert award.made_before_rsqm
    assert selectors.public_award_by_number("rj 2024-17") == award
    event = AuditEvent.objects.get(action="award.recorded")
    assert event.actor_id == cast["staff_registrar"].pk and event.organisation_id == cast.org_a.pk


@pytest.mark.parametrize("persona", ["staff_case_officer", "staff_decision_maker", "org_a_admin", "assessor"])
def test_only_the_registrar_records_an_award(cast, pinned, persona):
    with pytest.raises(PermissionDenied):
        services.award_record_existing(service=cast.service_a, scope="All of it", approved_on=APPROVED,
                                       certificate_number="RJ-1", by=cast[persona])
    assert not Award.objects.exists()


@pytest.mark.parametrize(("changes", "field"), [
    ({"approved_on": TODAY + DAY}, "approved_on"),
    ({"approved_on": date(2023, 1, 11)}, "approved_on"),       # lapsed on 11 February 2026
    ({"scope": "  "}, "scope"),
    ({"certificate_number": "a/b"}, "certificate_number"),
])
def test_recording_refuses_what_cannot_be_right(cast, pinned, changes, field):
    values = {"service": cast.service_a, "scope": "All of it", "approved_on": APPROVED,
              "certificate_number": "RJ-0001", **changes}
    with pytest.raises(ValidationError) as error:
        services.award_record_existing(by=cast["staff_registrar"], **values)
    assert field in error.value.message_dict
    assert not Award.objects.exists() and not Listing.objects.exists()


def test_mem_renewal_the_oldest_approval_still_held_is_accepted_and_the_day_before_is_not(cast, pinned):
    earliest = rules.earliest_approval_still_held(TODAY)
    with pytest.raises(ValidationError):
        services.award_record_existing(service=cast.service_a, scope="x", approved_on=earliest - DAY,
                                       certificate_number="RJ-9", by=cast["staff_registrar"])
    services.award_record_existing(service=cast.service_a, scope="x", approved_on=earliest,
                                   certificate_number="RJ-9", by=cast["staff_registrar"])


def test_a_certificate_number_is_never_used_twice(cast, pinned):
    services.award_record_existing(service=cast.service_a, scope="x", approved_on=APPROVED,
                                   certificate_number="RJ 77", by=cast["staff_registrar"])
    with pytest.raises(ValidationError) as error:
        services.award_record_existing(service=cast.service_b, scope="x", approved_on=APPROVED,
                                       certificate_number="rj-77", by=cast["staff_registrar"])
    assert "already recorded" in error.value.message_dict["certificate_number"][0]


def test_a_service_that_holds_the_mark_gets_a_renewal_not_a_second_award(cast, award):
    with pytest.raises(ValidationError) as error:
        services.award_record_existing(service=cast.service_a, scope="x", approved_on=APPROVED,
                                       certificate_number="RJ-2", by=cast["staff_registrar"])
    assert "renewal" in error.value.message_dict["service"][0]


def test_an_unverified_organisations_service_cannot_hold_an_award(cast, pinned):
    service = ServiceFactory(organisation=OrganisationFactory(status=OrganisationStatus.PENDING))
    with pytest.raises(ValidationError) as error:
        services.award_record_existing(service=service, scope="x", approved_on=APPROVED,
                                       certificate_number="RJ-3", by=cast["staff_registrar"])
    assert "verified" in error.value.message_dict["service"][0]


# --- Renewal (MEM-RENEWAL) ---------------------------------------------------------------------------


def test_mem_renewal_a_renewal_in_progress_keeps_the_mark_until_its_decision(cast, award):
    services.award_renewal_start(award=award, by=cast["staff_registrar"], now=noon(TODAY))
    assert award.last_status == AwardStatus.RENEWAL_IN_PROGRESS and award.lapses_on is None
    assert periods(award) == [(AwardStatus.CURRENT, APPROVED, TODAY, ""),
                              (AwardStatus.RENEWAL_IN_PROGRESS, TODAY, None, "")]
    far = award.renewal_on + timedelta(days=400)
    with time_machine.travel(noon(far), tick=False):
        assert selectors.held_award_of(cast.service_a.pk, far) == award
        assert services.award_lapse_sweep() == 0


@pytest.mark.parametrize("status", [AwardStatus.RENEWAL_IN_PROGRESS, AwardStatus.ENDED, AwardStatus.SUPERSEDED])
def test_renewal_cannot_start_from(cast, pinned, status):
    award = in_status(cast, status)
    before = periods(award)
    with pytest.raises(services.TransitionNotAllowed):
        services.award_renewal_start(award=award, by=cast["staff_registrar"], now=noon(TODAY))
    assert periods(award) == before


def test_a_renewal_award_supersedes_the_old_one_which_is_never_shown_as_ended(cast, award):
    registrar = cast["staff_registrar"]
    services.award_renewal_start(award=award, by=registrar, started_on=TODAY - timedelta(days=30), now=noon(TODAY))
    new = services.award_renew(award=award, approved_on=TODAY, by=registrar, now=noon(TODAY))
    award.refresh_from_db()
    assert award.last_status == AwardStatus.SUPERSEDED and award.superseded_by == new
    assert new.supersedes == award and new.certificate_number != award.certificate_number
    assert new.renewal_on == date(2029, 5, 12)
    assert periods(award)[-1] == (AwardStatus.SUPERSEDED, TODAY, None, "")
    assert not AwardPeriod.objects.filter(award=award, status=AwardStatus.ENDED).exists()
    listing = Listing.objects.get(service=cast.service_a)
    assert listing.certificate_number == new.certificate_number and listing.first_approved_on == APPROVED


@pytest.mark.parametrize("status", [AwardStatus.ENDED, AwardStatus.SUPERSEDED])
def test_a_renewal_cannot_be_approved_from(cast, pinned, status):
    award = in_status(cast, status)
    with pytest.raises(services.TransitionNotAllowed):
        services.award_renew(award=award, approved_on=TODAY, by=cast["staff_registrar"], now=noon(TODAY))


# --- Ending (MEM-WITHDRAW, MEM-MARK-CEASE) ------------------------------------------------------------


def test_mem_withdraw_the_registrar_withdraws_with_a_reason_and_a_later_effective_date(cast, award):
    effective = TODAY + timedelta(days=14)
    services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=effective, note="Practitioners lapsed.",
                       by=cast["staff_registrar"], now=noon(TODAY))
    assert (award.last_status, award.ended_on, award.end_reason) == (AwardStatus.ENDED, effective, rules.WITHDRAWN)
    assert periods(award) == [(AwardStatus.CURRENT, APPROVED, effective, ""),
                              (AwardStatus.ENDED, effective, None, rules.WITHDRAWN)]
    # The public pages change on the effective date, not before; the history keeps the old status.
    assert selectors.held_award_of(cast.service_a.pk, effective - DAY) == award
    assert selectors.held_award_of(cast.service_a.pk, effective) is None
    change = AwardStatusChange.objects.filter(award=award).last()
    assert (change.from_status, change.to_status, change.reason, change.note, change.by) == (
        AwardStatus.CURRENT, AwardStatus.ENDED, rules.WITHDRAWN, "Practitioners lapsed.", cast["staff_registrar"])
    assert AuditEvent.objects.filter(action="award.ended", actor=cast["staff_registrar"]).exists()


def test_mem_withdraw_the_organisation_is_told_through_the_outbox(cast, award):
    services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=TODAY, note="Practitioners lapsed.",
                       by=cast["staff_registrar"], now=noon(TODAY))
    recipients = set(OutboxMessage.objects.filter(template="award_ended").values_list("recipient", flat=True))
    assert recipients == {cast["org_a_admin"].email, cast.org_a.contact_email.lower()}
    message = OutboxMessage.objects.filter(template="award_ended").first()
    assert "Practitioners lapsed." in message.body_text and award.certificate_number in message.body_text


def test_mem_withdraw_an_effective_date_before_today_is_refused(cast, award):
    with pytest.raises(ValidationError) as error:
        services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=TODAY - DAY, note="x",
                           by=cast["staff_registrar"], now=noon(TODAY))
    assert "effective_on" in error.value.message_dict
    assert periods(award) == [(AwardStatus.CURRENT, APPROVED, date(2027, 3, 1), "")]


def test_mem_withdraw_needs_a_written_reason(cast, award):
    with pytest.raises(ValidationError) as error:
        services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=TODAY, note="  ",
                           by=cast["staff_registrar"], now=noon(TODAY))
    assert "note" in error.value.message_dict


@pytest.mark.parametrize("persona", ["staff_case_officer", "staff_administrator", "org_a_admin"])
def test_mem_withdraw_only_the_registrar_ends_an_award(cast, award, persona):
    with pytest.raises(PermissionDenied):
        services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=TODAY, note="x", by=cast[persona],
                           now=noon(TODAY))


@pytest.mark.parametrize("status", [AwardStatus.ENDED, AwardStatus.SUPERSEDED])
def test_mem_mark_cease_an_award_cannot_end_from(cast, pinned, status):
    award = in_status(cast, status)
    before = periods(award)
    with pytest.raises(services.TransitionNotAllowed):
        services.award_end(award=award, reason=rules.MEMBERSHIP_ENDED, effective_on=TODAY + DAY, note="x",
                           by=cast["staff_registrar"], now=noon(TODAY))
    assert periods(award) == before


def test_mem_mark_cease_not_approved_at_renewal_ends_a_renewal_in_progress(cast, pinned):
    award = in_status(cast, AwardStatus.CURRENT)
    with pytest.raises(ValidationError):
        services.award_end(award=award, reason=rules.NOT_APPROVED_AT_RENEWAL, effective_on=TODAY + DAY, note="x",
                           by=cast["staff_registrar"], now=noon(TODAY))
    services.award_renewal_start(award=award, by=cast["staff_registrar"], now=noon(TODAY - timedelta(days=3)),
                                 started_on=TODAY - timedelta(days=3))
    services.award_end(award=award, reason=rules.NOT_APPROVED_AT_RENEWAL, effective_on=TODAY, note="Two not met.",
                       by=cast["staff_registrar"], now=noon(TODAY))
    assert periods(award)[-2:] == [(AwardStatus.RENEWAL_IN_PROGRESS, TODAY - timedelta(days=3), TODAY, ""),
                                   (AwardStatus.ENDED, TODAY, None, rules.NOT_APPROVED_AT_RENEWAL)]


def test_ending_is_atomic(cast, award):
    with mock.patch("rsqm.assessments.services.audit.record", side_effect=RuntimeError("audit down")):
        with pytest.raises(RuntimeError):
            services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=TODAY, note="x",
                               by=cast["staff_registrar"], now=noon(TODAY))
    award.refresh_from_db()
    assert award.last_status == AwardStatus.CURRENT and award.ended_on is None
    assert periods(award) == [(AwardStatus.CURRENT, APPROVED, date(2027, 3, 1), "")]
    assert AwardStatusChange.objects.filter(award=award).count() == 1
    assert not OutboxMessage.objects.filter(template="award_ended").exists()


def test_granting_is_atomic(cast, pinned):
    with mock.patch("rsqm.register.services.audit.record", side_effect=RuntimeError("audit down")):
        with pytest.raises(RuntimeError):
            make_award(cast.service_a, approved_on=APPROVED, now=noon(TODAY))
    assert not Award.objects.exists() and not AwardPeriod.objects.exists() and not Listing.objects.exists()


# --- The daily sweep (MEM-RENEWAL, MEM-CEASE) ---------------------------------------------------------


def test_mem_cease_the_sweep_ends_an_unrenewed_award_on_renewal_date_plus_one_month(cast, award):
    last_day = date(2027, 2, 28)
    assert services.award_lapse_sweep(now=noon(last_day)) == 0
    assert services.award_lapse_sweep(now=noon(date(2027, 3, 1))) == 1
    award.refresh_from_db()
    assert (award.last_status, award.end_reason, award.ended_on) == (
        AwardStatus.ENDED, rules.NOT_RENEWED, date(2027, 3, 1))
    assert periods(award) == [(AwardStatus.CURRENT, APPROVED, date(2027, 3, 1), ""),
                              (AwardStatus.ENDED, date(2027, 3, 1), None, rules.NOT_RENEWED)]
    change = AwardStatusChange.objects.filter(award=award).last()
    assert change.by is None and change.reason == rules.NOT_RENEWED
    assert OutboxMessage.objects.filter(template="award_ended", recipient=cast["org_a_admin"].email).exists()


def test_mem_cease_a_late_sweep_still_ends_the_award_on_the_lapse_date(cast, award):
    assert services.award_lapse_sweep(now=noon(date(2027, 3, 20))) == 1
    award.refresh_from_db()
    assert award.ended_on == date(2027, 3, 1)


def test_the_sweep_is_safe_to_run_twice(cast, award):
    assert services.award_lapse_sweep(now=noon(date(2027, 3, 1))) == 1
    assert services.award_lapse_sweep(now=noon(date(2027, 3, 2))) == 0
    assert AwardStatusChange.objects.filter(award=award, to_status=AwardStatus.ENDED).count() == 1


def test_mem_withdraw_the_sweep_never_withdraws(cast, award):
    services.award_lapse_sweep(now=noon(date(2027, 3, 1)))
    assert not AwardPeriod.objects.filter(reason=rules.WITHDRAWN).exists()
    assert set(AwardStatusChange.objects.exclude(reason="").values_list("reason", flat=True)) == {rules.NOT_RENEWED}


def test_the_worker_runs_the_sweep_daily():
    job = jobs_by_name()["end-lapsed-awards"]
    assert job.func == "rsqm.assessments.services.award_lapse_sweep" and job.daily_at is not None
