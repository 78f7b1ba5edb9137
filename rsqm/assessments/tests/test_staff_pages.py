"""The registrar's pages: record an award made before rsqm and end an award, each after a
check-your-answers page; record that renewal has started (MEM-WITHDRAW, MEM-MARK-CEASE, MEM-RENEWAL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine

from rsqm.assessments import rules
from rsqm.assessments.models import Award, AwardStatus
from rsqm.assessments.tests.helpers import make_award, noon
from rsqm.notifications.models import OutboxMessage

TODAY = date(2026, 5, 12)


@pytest.fixture
def registrar(client, cast):
    client.force_login(cast["staff_registrar"])
    with time_machine.travel(noon(TODAY), tick=False):
        yield client


def text_of(response) -> str:
    import html
    import re

    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_the_registrar_records_an_award_after_checking_the_answers(registrar, cast):
    response = registrar.get("/staff/register/awards/record/", {"find": "Alpha"})
    assert cast.service_a.listed_name in text_of(response)
    url = f"/staff/register/awards/record/?service={cast.service_a.pk}"
    answers = {"service": cast.service_a.pk, "scope": "Mediation across Alphaville", "certificate_number": "rjc 0042",
               "approved_day": "6", "approved_month": "1", "approved_year": "2025"}
    response = registrar.post(url, answers)
    assert response.status_code == 302 and response["Location"] == "/staff/register/awards/record/check/"
    assert not Award.objects.exists()  # nothing is recorded before the answers are checked
    check = registrar.get("/staff/register/awards/record/check/")
    text = text_of(check)
    for part in ("Mediation across Alphaville", "6 January 2025", "RJC 0042", "6 January 2028", "5 February 2028"):
        assert part in text
    # "Change" goes back to the question with the answers kept.
    again = registrar.get(url)
    assert 'value="RJC 0042"' in again.content.decode() and "Mediation across Alphaville" in again.content.decode()
    response = registrar.post("/staff/register/awards/record/check/")
    award = Award.objects.get()
    assert response["Location"] == f"/staff/register/awards/{award.pk}/"
    assert (award.certificate_number, award.approved_on, award.made_before_rsqm) == ("RJC 0042", date(2025, 1, 6),
                                                                                    True)
    assert "RJC 0042" in text_of(registrar.get(response["Location"]))


def test_recording_explains_each_mistake_and_keeps_what_was_typed(registrar, cast):
    url = f"/staff/register/awards/record/?service={cast.service_a.pk}"
    response = registrar.post(url, {"service": cast.service_a.pk, "scope": "Kept scope", "certificate_number": "a/b",
                                    "approved_day": "31", "approved_month": "2", "approved_year": "2025"})
    assert response.status_code == 200
    text = text_of(response)
    assert "There is a problem" in text and "must be a real date" in text and "letters, numbers" in text
    assert "Kept scope" in response.content.decode()
    assert response.content.decode().count('href="#id_approved_day"') == 1


def test_a_service_that_already_holds_the_mark_is_sent_back_with_the_reason(registrar, cast):
    make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    registrar.post(f"/staff/register/awards/record/?service={cast.service_a.pk}", {
        "service": cast.service_a.pk, "scope": "x", "certificate_number": "RJC 1",
        "approved_day": "6", "approved_month": "1", "approved_year": "2025"})
    response = registrar.post("/staff/register/awards/record/check/", follow=True)
    assert "record its renewal instead" in text_of(response)
    assert Award.objects.count() == 1


def test_mem_withdraw_the_registrar_ends_an_award_after_checking_and_the_organisation_is_told(registrar, cast):
    award = make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    effective = TODAY + timedelta(days=7)
    response = registrar.post(f"/staff/register/awards/{award.pk}/end/", {
        "reason": rules.WITHDRAWN, "note": "Practitioners not registered for a year.",
        "effective_day": effective.day, "effective_month": effective.month, "effective_year": effective.year})
    assert response["Location"] == f"/staff/register/awards/{award.pk}/end/check/"
    award.refresh_from_db()
    assert award.last_status == AwardStatus.CURRENT
    text = text_of(registrar.get(response["Location"]))
    assert "Withdrawn" in text and "19 May 2026" in text and "held until 18 May 2026" in text
    registrar.post(response["Location"])
    award.refresh_from_db()
    assert (award.last_status, award.ended_on, award.end_reason) == (AwardStatus.ENDED, effective, rules.WITHDRAWN)
    assert OutboxMessage.objects.filter(template="award_ended", recipient=cast["org_a_admin"].email).exists()
    detail = text_of(registrar.get(f"/staff/register/awards/{award.pk}/"))
    assert "Practitioners not registered for a year." in detail and "Staff Registrar" in detail


def test_mem_withdraw_an_effective_date_before_today_is_refused_on_the_form(registrar, cast):
    award = make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    response = registrar.post(f"/staff/register/awards/{award.pk}/end/", {
        "reason": rules.WITHDRAWN, "note": "x", "effective_day": "11", "effective_month": "5", "effective_year": "2026"})
    assert response.status_code == 200 and "today or in the future" in text_of(response)


def test_not_approved_at_renewal_is_offered_only_during_a_renewal(registrar, cast):
    award = make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    assert "Not approved at renewal" not in text_of(registrar.get(f"/staff/register/awards/{award.pk}/end/"))
    response = registrar.post(f"/staff/register/awards/{award.pk}/renewal/", {
        "started_day": "12", "started_month": "5", "started_year": "2026"})
    assert response.status_code == 302
    award.refresh_from_db()
    assert award.last_status == AwardStatus.RENEWAL_IN_PROGRESS
    assert "Not approved at renewal" in text_of(registrar.get(f"/staff/register/awards/{award.pk}/end/"))


def test_an_ended_award_offers_no_further_actions(registrar, cast):
    award = make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    from rsqm.assessments import services

    services.award_end(award=award, reason=rules.MEMBERSHIP_ENDED, effective_on=TODAY, note="Resigned.",
                       by=cast["staff_registrar"])
    html = registrar.get(f"/staff/register/awards/{award.pk}/").content.decode()
    assert "End the award" not in html and "Record that renewal has started" not in html
    assert registrar.get(f"/staff/register/awards/{award.pk}/end/").status_code == 302
    assert registrar.get(f"/staff/register/awards/{award.pk}/renewal/").status_code == 302


def test_the_award_list_filters_by_text_and_status(registrar, cast):
    make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    make_award(cast.service_b, approved_on=date(2025, 2, 6), now=noon(TODAY))
    text = text_of(registrar.get("/staff/register/", {"text": "Beta"}))
    assert cast.service_b.listed_name in text and cast.service_a.listed_name not in text
    assert "No awards match" in text_of(registrar.get("/staff/register/", {"status": "ended"}))


def test_a_missing_award_is_not_found(registrar):
    assert registrar.get("/staff/register/awards/987654/").status_code == 404


def test_priv_no_record_the_note_sent_to_the_organisation_passes_the_privacy_guard(registrar, cast):
    award = make_award(cast.service_a, approved_on=date(2025, 1, 6), now=noon(TODAY))
    response = registrar.post(f"/staff/register/awards/{award.pk}/end/", {
        "reason": rules.WITHDRAWN, "note": "After a complaint, call 07700 900123 about it.",
        "effective_day": "12", "effective_month": "5", "effective_year": "2026"})
    assert response.status_code == 200
    assert "Remove a phone number" in text_of(response)
    assert "After a complaint, call 07700 900123 about it." in response.content.decode()  # kept as typed
    award.refresh_from_db()
    assert award.last_status == AwardStatus.CURRENT
