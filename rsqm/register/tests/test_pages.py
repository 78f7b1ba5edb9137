"""A service's page, "was it quality-marked on D?", certificate checks and their rate limit, and
contacts only with consent (MEM-AWARD-3Y, MEM-RENEWAL, MEM-MARK-CEASE, PRIV-CONTACT-SHARE)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from rsqm.assessments import rules, services
from rsqm.assessments.tests.helpers import make_award, noon
from rsqm.organisations.models import OrganisationStatus, Service
from rsqm.register import ratelimit

TODAY = date(2026, 5, 12)
APPROVED = date(2023, 4, 20)           # renewal date 20 April 2026; lapses 20 May 2026
RENEWAL = date(2026, 4, 20)
LAPSE = date(2026, 5, 20)
DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _fresh_cache(db):
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def award(cast):
    with time_machine.travel(noon(TODAY), tick=False):
        return make_award(cast.service_a, approved_on=APPROVED)


def ask(client, service, on: date):
    return client.get(f"/register/services/{service.pk}/", {"on": on.isoformat()})


# --- "Held on date D" on the service's page --------------------------------------------------------


@pytest.mark.parametrize(("on", "held"), [
    (APPROVED - DAY, False),    # the day before approval
    (APPROVED, True),           # approval
    (RENEWAL, True),            # the renewal date
    (LAPSE - DAY, True),        # the last day of the grace month
])
def test_mem_award_3y_mem_renewal_the_page_answers_for_a_date(client, cast, award, page_text, on, held):
    with time_machine.travel(noon(LAPSE + timedelta(days=10)), tick=False):
        response = ask(client, cast.service_a, on)
    assert response.status_code == 200
    answer = response.context["answer"]
    assert answer.holds_mark is held
    text = page_text(response)
    assert (f"Yes: it held the quality mark on {on:%-d %B %Y}" in text) is held
    assert (f"No: it did not hold the quality mark on {on:%-d %B %Y}" in text) is (not held)


def test_mem_cease_the_day_after_the_grace_month_the_mark_is_not_held(client, cast, award, page_text):
    with time_machine.travel(noon(LAPSE + DAY), tick=False):
        lapse = ask(client, cast.service_a, LAPSE)
        assert lapse.context["answer"].holds_mark is False
        assert "not renewed" in page_text(lapse)
        assert ask(client, cast.service_a, LAPSE - DAY).context["answer"].holds_mark is True
        # Off the register by default, and on it when ended awards are asked for.
        assert client.get("/register/").context["results"].count == 0
        assert client.get("/register/", {"status": "ended"}).context["results"].count == 1


def test_mem_renewal_overdue_is_said_between_the_renewal_date_and_the_lapse(client, cast, award, page_text):
    with time_machine.travel(noon(TODAY), tick=False):
        text = page_text(client.get(f"/register/services/{cast.service_a.pk}/"))
    assert "Renewal overdue" in text and "held until 19 May 2026" in text


def test_mem_renewal_inside_renewal_in_progress_the_mark_is_held(client, cast, award, page_text):
    started = RENEWAL - timedelta(days=10)
    with time_machine.travel(noon(TODAY), tick=False):
        services.award_renewal_start(award=award, by=cast["staff_registrar"], started_on=started)
    later = LAPSE + timedelta(days=90)
    with time_machine.travel(noon(later), tick=False):
        for on in (started, RENEWAL, LAPSE, later):
            assert ask(client, cast.service_a, on).context["answer"].holds_mark, on
        assert "Renewal in progress" in page_text(client.get(f"/register/services/{cast.service_a.pk}/"))


def test_mem_mark_cease_on_the_effective_date_of_an_ending_the_mark_is_not_held(client, cast, award, page_text):
    effective = TODAY + timedelta(days=3)
    with time_machine.travel(noon(TODAY), tick=False):
        services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=effective, note="Closed.",
                           by=cast["staff_registrar"])
        # Until the effective date the public pages still show the mark.
        assert client.get("/register/").context["results"].count == 1
    with time_machine.travel(noon(effective), tick=False):
        assert ask(client, cast.service_a, effective).context["answer"].holds_mark is False
        assert ask(client, cast.service_a, effective - DAY).context["answer"].holds_mark is True
        text = page_text(client.get(f"/register/services/{cast.service_a.pk}/"))
        assert "Mark ended" in text and "withdrawn" in text
        # The history keeps the status before the ending.
        history = client.get(f"/register/services/{cast.service_a.pk}/").context["page"].awards[0]
        assert [p.status for p in history.periods.all()] == ["current", "ended"]


def test_a_future_date_is_not_yet_known(client, cast, award, page_text):
    with time_machine.travel(noon(TODAY), tick=False):
        response = ask(client, cast.service_a, TODAY + DAY)
    assert response.context["answer"].state == rules.NOT_YET_KNOWN
    assert "Not yet known" in page_text(response)


def test_the_date_can_be_typed_in_three_boxes_and_mistakes_are_explained(client, cast, award, page_text):
    with time_machine.travel(noon(TODAY), tick=False):
        url = f"/register/services/{cast.service_a.pk}/"
        assert client.get(url, {"on_day": "20", "on_month": "4", "on_year": "2023"}).context["answer"].holds_mark
        response = client.get(url, {"on_day": "30", "on_month": "2", "on_year": "2024"})
        assert response.status_code == 200 and response.context["answer"] is None
        assert "must be a real date" in page_text(response)
        response = client.get(url, {"on_day": "3", "on_month": "", "on_year": "2024"})
        assert "must include a month" in page_text(response)


def test_only_services_on_the_register_have_a_public_page(client, cast, award):
    assert client.get(f"/register/services/{cast.service_b.pk}/").status_code == 404
    assert client.get("/register/services/987654/").status_code == 404


def test_a_pending_organisations_service_appears_nowhere(client, cast, award):
    with time_machine.travel(noon(TODAY), tick=False):
        type(cast.org_a).objects.filter(pk=cast.org_a.pk).update(status=OrganisationStatus.PENDING)
        assert client.get(f"/register/services/{cast.service_a.pk}/").status_code == 404
        assert client.get("/register/").context["results"].count == 0
        assert client.get(f"/verify/{award.certificate_number}").status_code == 404


# --- Certificate checks -----------------------------------------------------------------------------


def test_a_certificate_check_shows_the_service_the_mark_today_its_dates_and_history(client, cast, award, page_text):
    with time_machine.travel(noon(TODAY), tick=False):
        response = client.get(f"/verify/{award.certificate_number}")
    assert response.status_code == 200
    text = page_text(response)
    for part in (cast.service_a.listed_name, "Holds the quality mark today", "20 April 2023", "20 April 2026",
                 "History", award.certificate_number):
        assert part in text


@pytest.mark.parametrize("typed", ["lower", "spaced", "bare"])
def test_the_form_matches_numbers_however_they_are_typed(client, cast, award, typed):
    number = award.certificate_number
    variants = {"lower": number.lower(), "spaced": number.replace("-", " "), "bare": number[5:].replace("-", "")}
    with time_machine.travel(noon(TODAY), tick=False):
        response = client.get("/verify/", {"number": variants[typed]})
        assert response.status_code == 302 and response["Location"] == f"/verify/{number}"
        assert client.get(f"/verify/{variants[typed].replace(' ', '-')}").status_code == 200


def test_an_unknown_number_gets_a_plain_page(client, page_text):
    response = client.get("/verify/RSQM-2222-2222")
    assert response.status_code == 404
    assert "No certificate with this number" in page_text(response)


def test_a_mistyped_number_is_explained_on_the_form(client, cast, award, page_text):
    number = award.certificate_number
    wrong = number[:-1] + ("2" if number[-1] != "2" else "3")
    response = client.get("/verify/", {"number": wrong})
    assert response.status_code == 200
    assert "one of its characters is wrong" in page_text(response)
    assert client.get("/verify/", {"number": ""}).status_code == 200


def test_the_old_certificate_points_to_the_renewal_certificate(client, cast, award, page_text):
    with time_machine.travel(noon(TODAY), tick=False):
        services.award_renewal_start(award=award, by=cast["staff_registrar"], started_on=RENEWAL - timedelta(days=5))
        new = services.award_renew(award=award, approved_on=TODAY, by=cast["staff_registrar"])
        response = client.get(f"/verify/{award.certificate_number}")
    text = page_text(response)
    assert f"the current certificate is {new.certificate_number}" in text
    assert "Holds the quality mark today" in text and "Mark ended" not in text


def test_an_award_made_before_rsqm_is_checked_by_its_own_number(client, cast):
    with time_machine.travel(noon(TODAY), tick=False):
        services.award_record_existing(service=cast.service_a, scope="x", approved_on=APPROVED,
                                       certificate_number="RJC 0417", by=cast["staff_registrar"])
        assert client.get("/verify/", {"number": "rjc-0417"})["Location"] == "/verify/RJC-0417"
        assert client.get("/verify/RJC-0417").status_code == 200


def test_certificate_look_ups_are_counted_per_address_and_window(db):
    limit = ratelimit.Limit("test", requests=3, seconds=60)
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1")
    with time_machine.travel(noon(TODAY), tick=False):
        assert [ratelimit.hit(request, limit)[0] for _ in range(5)] == [True, True, True, False, False]
        assert ratelimit.hit(RequestFactory().get("/", REMOTE_ADDR="192.0.2.2"), limit)[0]
    with time_machine.travel(noon(TODAY) + timedelta(seconds=61), tick=False):
        assert ratelimit.hit(request, limit)[0]


def test_the_pages_answer_429_over_the_limit(client, cast, award, page_text):
    limit = ratelimit.VERIFY.requests
    for _ in range(limit):
        assert client.get(f"/verify/{award.certificate_number}").status_code == 200
    response = client.get(f"/verify/{award.certificate_number}")
    assert response.status_code == 429 and int(response["Retry-After"]) >= 1
    assert "Too many certificate checks" in page_text(response)
    assert client.get("/verify/", {"number": award.certificate_number}).status_code == 429
    assert client.get("/verify/").status_code == 200  # the empty form is not a look-up
    # Another address is not held back.
    assert client.get(f"/verify/{award.certificate_number}", REMOTE_ADDR="192.0.2.9").status_code == 200


# --- Contacts only with consent (PRIV-CONTACT-SHARE) ------------------------------------------------


def test_priv_contact_share_a_service_without_consent_shows_no_contact_anywhere(client, cast, award):
    Service.objects.filter(pk=cast.service_a.pk).update(contact_consent=False, open_data_consent=True)
    email = cast.service_a.contact_email
    with time_machine.travel(noon(TODAY), tick=False):
        pages = [client.get("/register/"), client.get("/register/", {"q": "Alpha"}),
                 client.get(f"/register/services/{cast.service_a.pk}/"),
                 client.get(f"/verify/{award.certificate_number}"), client.get("/register/data/register.json")]
        csv = b"".join(client.get("/register/data/register.csv").streaming_content)
    for response in pages:
        assert email not in response.content.decode()
    assert email.encode() not in csv


def test_priv_contact_share_a_consenting_service_shows_its_own_contact(client, cast, award):
    Service.objects.filter(pk=cast.service_a.pk).update(contact_consent=True)
    email = cast.service_a.contact_email
    with time_machine.travel(noon(TODAY), tick=False):
        assert email in client.get("/register/").content.decode()
        assert email in client.get(f"/register/services/{cast.service_a.pk}/").content.decode()
        # The main contact of the organisation, a named person, is never shown.
        html = client.get(f"/register/services/{cast.service_a.pk}/").content.decode()
    assert cast.org_a.contact_name not in html and cast.org_a.contact_email not in html
