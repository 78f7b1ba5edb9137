"""The healthcheck as a new user takes it: start without an account, answer part, come back through
the resume link, finish, read the report and the PDF, then sign up and find it on the account."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import signing
from django.test import Client
from django.urls import reverse

from rsqm.core import figures
from rsqm.healthcheck import links, services
from rsqm.healthcheck.access import SESSION_KEY
from rsqm.healthcheck.models import Answer, Healthcheck, HealthcheckStatus, ResumeLinkRequest
from rsqm.healthcheck.tests.helpers import answer_all, completed
from rsqm.notifications.models import OutboxMessage
from rsqm.organisations.models import MembershipRole
from rsqm.standards import selectors as standards
from rsqm.testing.factories import OrganisationFactory, UserFactory, add_member

pytestmark = pytest.mark.django_db

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _start(client) -> Healthcheck:
    response = client.post(reverse("healthcheck_start"))
    assert response.status_code == 302
    return Healthcheck.objects.latest("pk")


def _post_standard(client, healthcheck, view, rating="progressing_well", **extra):
    data = {f"rating_{i.pk}": rating for i in view.indicators}
    data.update(extra)
    return client.post(reverse("healthcheck_standard", args=[healthcheck.pk, view.number]), data)


def _resume_link(message) -> str:
    return re.search(r"http://\S+/healthcheck/resume/\S+/", message.body_text).group(0)


def test_a_new_user_starts_without_an_account_comes_back_by_link_finishes_and_signs_up():
    browser = Client()
    assert "Start now" in browser.get(reverse("healthcheck_home")).content.decode()
    healthcheck = _start(browser)
    assert healthcheck.is_unclaimed and healthcheck.framework == standards.current_framework()
    structure = standards.structure(healthcheck.framework)

    # Answer the first two standards, then ask for a link.
    for view in structure[:2]:
        response = _post_standard(browser, healthcheck, view)
        assert response.status_code == 302
    tasks = browser.get(reverse("healthcheck_tasks", args=[healthcheck.pk])).content.decode()
    assert "You have completed 2 of 6 standards" in tasks
    response = browser.post(reverse("healthcheck_save", args=[healthcheck.pk]), {"email": "Coordinator@Example.org"})
    assert "Check your email" in response.content.decode()
    message = OutboxMessage.objects.get(template="healthcheck_resume")
    assert message.recipient == "coordinator@example.org"
    link = _resume_link(message)
    # Fixed text and the link only: nothing the user typed, no organisation, no answers.
    assert message.body_text.replace(link, "<link>").strip() == (
        "You asked for a link to continue your organisational healthcheck for the Restorative Service Quality "
        "Mark.\n\nContinue your healthcheck:\n<link>\n\nThe link works for 14 days. Anyone with it can see and "
        "change the answers, so do not forward this email.\n\nIf you did not ask for this link, you can ignore "
        "this email.")

    # Another browser, through the link.
    other = Client()
    assert other.get(reverse("healthcheck_tasks", args=[healthcheck.pk])).status_code == 404
    response = other.get(link.replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 302 and response["Location"] == reverse("healthcheck_tasks", args=[healthcheck.pk])
    for view in structure[2:]:
        assert _post_standard(other, healthcheck, view).status_code == 302
    check = other.get(reverse("healthcheck_finish", args=[healthcheck.pk])).content.decode()
    assert "Check your answers" in check
    response = other.post(reverse("healthcheck_finish", args=[healthcheck.pk]))
    assert response["Location"] == reverse("healthcheck_report", args=[healthcheck.pk])
    healthcheck.refresh_from_db()
    assert healthcheck.status == HealthcheckStatus.COMPLETED and healthcheck.ready

    report = other.get(reverse("healthcheck_report", args=[healthcheck.pk])).content.decode()
    assert "Ready to apply" in report and "Illustrative" in report
    assert 'role="img"' in report and "<title id=\"chart-standard-1-title\">" in report
    pdf = other.get(reverse("healthcheck_report_pdf", args=[healthcheck.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")

    # Signing up (and in) in that browser claims it; with one organisation it becomes the organisation's.
    user = UserFactory(email="coordinator@example.org", full_name="Robin Coordinator")
    organisation = OrganisationFactory(legal_name="Fenbridge Mediation Trust")
    add_member(user, organisation, MembershipRole.ADMIN)
    other.force_login(user)
    healthcheck.refresh_from_db()
    assert healthcheck.owner == user and healthcheck.organisation == organisation
    assert other.session[SESSION_KEY] == []
    home = other.get(reverse("healthcheck_home")).content.decode()
    assert "Fenbridge Mediation Trust" in home and "ready" in home
    dashboard = other.get(reverse("dashboard")).content.decode()
    assert "Fenbridge Mediation Trust</strong>: ready to apply" in dashboard
    # Its users see it; the resume link no longer opens it.
    colleague = UserFactory()
    add_member(colleague, organisation, MembershipRole.CONTRIBUTOR)
    third = Client()
    third.force_login(colleague)
    assert third.get(reverse("healthcheck_report", args=[healthcheck.pk])).status_code == 200
    assert Client().get(link.replace("http://127.0.0.1:8000", "")).status_code == 404


def test_save_and_come_back_later_keeps_a_partial_standard(client):
    healthcheck = _start(client)
    view = standards.structure(healthcheck.framework)[0]
    first = view.indicators[0]
    response = client.post(reverse("healthcheck_standard", args=[healthcheck.pk, 1]),
                           {f"rating_{first.pk}": "developing", "later": "1"})
    assert response["Location"] == reverse("healthcheck_tasks", args=[healthcheck.pk])
    assert Answer.objects.get(healthcheck=healthcheck).rating == "developing"
    assert "In progress" in client.get(reverse("healthcheck_tasks", args=[healthcheck.pk])).content.decode()


def test_save_and_continue_needs_every_indicator_and_keeps_what_was_typed(client):
    healthcheck = _start(client)
    view = standards.structure(healthcheck.framework)[0]
    first, second = view.indicators[0], view.indicators[1]
    page = client.post(reverse("healthcheck_standard", args=[healthcheck.pk, 1]), {
        f"rating_{first.pk}": "not_applicable", f"rating_{second.pk}": "developing",
    }).content.decode()
    assert "There is a problem" in page
    assert f"Say why {first.code} does not apply to your service" in page
    assert f"Choose how far {view.indicators[2].code} is in place" in page
    assert 'value="developing" checked' in page
    assert not Answer.objects.filter(healthcheck=healthcheck).exists()


def test_the_guidance_sits_beside_each_indicator(client):
    healthcheck = _start(client)
    view = standards.structure(healthcheck.framework)[4]
    page = client.get(reverse("healthcheck_standard", args=[healthcheck.pk, 5])).content.decode()
    for indicator in view.indicators:
        assert f'id="guidance-{indicator.pk}"' in page
        assert indicator.evidence_examples[0] in page
    for label in ("Not yet started", "Developing", "Progressing well", "Fully in place", "Not applicable"):
        assert label in page


def test_a_completed_healthcheck_cannot_change(cast):
    healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    view = standards.structure(healthcheck.framework)[0]
    with pytest.raises(services.HealthcheckCompleted):
        services.healthcheck_answers_save(healthcheck=healthcheck, standard_number=1,
                                          answers={view.indicators[0].pk: services.Given("developing")},
                                          complete=False, by=cast["org_a_admin"])
    with pytest.raises(services.HealthcheckCompleted):
        services.healthcheck_complete(healthcheck=healthcheck, by=cast["org_a_admin"])


def test_finishing_needs_every_standard(cast):
    healthcheck = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    with pytest.raises(services.NotFinished):
        services.healthcheck_complete(healthcheck=healthcheck, by=cast["org_a_admin"])


def test_the_report_names_strengths_areas_to_improve_and_not_applicable_reasons(client, cast):
    def rating(indicator):
        if indicator.key == "leadership.purpose":
            return services.Given("not_applicable", na_reason="We are a single-practitioner service")
        if indicator.key == "training.cpd":
            return "developing"
        return "fully_in_place"

    healthcheck = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    answer_all(healthcheck, rating, by=cast["org_a_admin"])
    services.healthcheck_complete(healthcheck=healthcheck, by=cast["org_a_admin"])
    client.force_login(cast["org_a_admin"])
    page = client.get(reverse("healthcheck_report", args=[healthcheck.pk])).content.decode()
    assert "Not ready to apply yet" in page
    assert "Areas to improve" in page and "Practitioners take part in continuing professional development" in page
    assert "Strengths" in page
    assert "Why: We are a single-practitioner service" in page
    assert "4 of 4 applicable indicators are at least" in page  # standard 1: one not applicable


def test_a_user_with_several_organisations_picks_one_and_it_then_counts(client, cast):
    user = cast["org_a_admin"]
    add_member(user, cast.org_b, MembershipRole.CONTRIBUTOR)
    healthcheck = _start(client)
    client.force_login(user)
    healthcheck.refresh_from_db()
    assert healthcheck.owner == user and healthcheck.organisation is None
    page = client.get(reverse("healthcheck_tasks", args=[healthcheck.pk])).content.decode()
    assert "Choose which of your organisations it is for" in page
    response = client.post(reverse("healthcheck_organisation", args=[healthcheck.pk]), {"organisation": cast.org_b.pk})
    assert response.status_code == 302
    healthcheck.refresh_from_db()
    assert healthcheck.organisation == cast.org_b
    # Chosen once.
    assert client.get(reverse("healthcheck_organisation", args=[healthcheck.pk])).status_code == 404


def test_a_signed_in_user_with_several_organisations_chooses_when_starting(client, cast):
    user = cast["org_a_admin"]
    add_member(user, cast.org_b, MembershipRole.ADMIN)
    client.force_login(user)
    page = client.post(reverse("healthcheck_start")).content.decode()
    assert "Choose the organisation" in page
    client.post(reverse("healthcheck_start"), {"organisation": cast.org_b.pk})
    assert Healthcheck.objects.get().organisation == cast.org_b
    # A second start carries on with the one in progress.
    response = client.post(reverse("healthcheck_start"), {"organisation": cast.org_b.pk})
    assert Healthcheck.objects.count() == 1 and response["Location"].endswith(f"/{Healthcheck.objects.get().pk}/")


def test_staff_and_assessors_do_not_take_the_healthcheck(client, cast):
    client.force_login(cast["staff_case_officer"])
    assert client.post(reverse("healthcheck_start")).status_code == 403
    healthcheck = _start(Client())
    session_client = Client()
    session = session_client.session
    session[SESSION_KEY] = [healthcheck.pk]
    session.save()
    session_client.force_login(cast["assessor"])
    healthcheck.refresh_from_db()
    assert healthcheck.is_unclaimed  # an assessor's sign-in claims nothing


# --- Resume links -------------------------------------------------------------------------------------


def test_the_resume_link_expires_after_the_configured_days():
    with time_machine.travel(START, tick=False):
        browser = Client()
        healthcheck = _start(browser)
        browser.post(reverse("healthcheck_save", args=[healthcheck.pk]), {"email": "a@example.org"})
        path = _resume_link(OutboxMessage.objects.get()).replace("http://127.0.0.1:8000", "")
    with time_machine.travel(START + timedelta(days=14), tick=False):
        assert Client().get(path).status_code == 302
    with time_machine.travel(START + timedelta(days=14, seconds=1), tick=False):
        response = Client().get(path)
        assert response.status_code == 410 and "This link has expired" in response.content.decode()
    figures.figure_set(key="healthcheck.resume_link_days", value=30, by=None)
    with time_machine.travel(START + timedelta(days=20), tick=False):
        assert Client().get(path).status_code == 302


def test_a_forged_or_altered_resume_link_does_not_work():
    browser = Client()
    healthcheck = _start(browser)
    other = _start(Client())
    token = links.make_token(healthcheck)
    payload, stamp, signature = token.split(":")
    forged = signing.dumps({"h": other.pk, "n": other.resume_nonce}, salt="another-salt")
    altered = f"{payload}:{stamp}:{signature[:-2]}xx"
    unsigned = signing.b64_encode(b'{"h":%d,"n":"%s"}' % (other.pk, other.resume_nonce.encode())).decode()
    for bad in (forged, altered, unsigned, f"{unsigned}:{stamp}:{signature}"):
        response = Client().get(reverse("healthcheck_resume", args=[bad]))
        assert response.status_code == 404 and "This link does not work" in response.content.decode()
    assert Client().get(reverse("healthcheck_resume", args=[token])).status_code == 302


def test_the_send_limit_per_address_holds():
    with time_machine.travel(START, tick=False):
        browser = Client()
        healthcheck = _start(browser)
        url = reverse("healthcheck_save", args=[healthcheck.pk])
        for n in range(3):
            assert browser.post(url, {"email": "stranger@example.org"}, REMOTE_ADDR=f"192.0.2.{n}").status_code == 200
        refused = browser.post(url, {"email": "Stranger@example.org"}, REMOTE_ADDR="192.0.2.9")
        assert refused.status_code == 429
        assert "We have sent as many links as we can for now" in refused.content.decode()
        assert OutboxMessage.objects.count() == 3
    with time_machine.travel(START + timedelta(days=1, seconds=1), tick=False):
        services.healthcheck_resume_link_send(healthcheck=healthcheck, email="stranger@example.org", client="192.0.2.9")
    # Neither the address nor the client is kept in clear.
    stored = list(ResumeLinkRequest.objects.values_list("address_digest", "client_digest"))
    assert all("stranger" not in a and "192.0.2" not in c for a, c in stored)


def test_the_send_limit_per_client_holds():
    with time_machine.travel(START, tick=False):
        browser = Client()
        healthcheck = _start(browser)
        url = reverse("healthcheck_save", args=[healthcheck.pk])
        for n in range(10):
            assert browser.post(url, {"email": f"person{n}@example.org"}, REMOTE_ADDR="198.51.100.7").status_code == 200
        assert browser.post(url, {"email": "person10@example.org"}, REMOTE_ADDR="198.51.100.7").status_code == 429
        assert browser.post(url, {"email": "person10@example.org"}, REMOTE_ADDR="198.51.100.8").status_code == 200
        assert OutboxMessage.objects.count() == 11


def test_a_link_is_sent_only_for_a_healthcheck_this_browser_holds(cast):
    healthcheck = _start(Client())
    assert Client().post(reverse("healthcheck_save", args=[healthcheck.pk]),
                         {"email": "x@example.org"}).status_code == 404
    assert not OutboxMessage.objects.exists()


# --- Abandoned healthchecks -------------------------------------------------------------------------


def test_unclaimed_healthchecks_untouched_for_the_configured_days_are_deleted(cast):
    with time_machine.travel(START, tick=False):
        abandoned = _start(Client())
        claimed = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    with time_machine.travel(START + timedelta(days=89), tick=False):
        touched = _start(Client())
        assert services.healthchecks_delete_abandoned() == 0
    with time_machine.travel(START + timedelta(days=90, seconds=1), tick=False):
        assert services.healthchecks_delete_abandoned() == 1
    assert set(Healthcheck.objects.values_list("pk", flat=True)) == {claimed.pk, touched.pk}
    assert not Healthcheck.objects.filter(pk=abandoned.pk).exists()
    figures.figure_set(key="healthcheck.abandoned_days", value=30, by=None)
    with time_machine.travel(START + timedelta(days=89 + 30, seconds=1), tick=False):
        assert services.healthchecks_delete_abandoned() == 1
    assert list(Healthcheck.objects.values_list("pk", flat=True)) == [claimed.pk]


def test_the_worker_schedule_runs_the_sweep():
    from rsqm.notifications.schedule import jobs_by_name

    job = jobs_by_name()["delete-abandoned-healthchecks"]
    assert job.func == "rsqm.healthcheck.jobs.delete_abandoned_healthchecks"


def test_finishing_is_all_or_nothing(cast):
    from unittest import mock

    healthcheck = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    answer_all(healthcheck, by=cast["org_a_admin"])
    with mock.patch("rsqm.healthcheck.services.audit.record", side_effect=RuntimeError("boom")):
        with pytest.raises(RuntimeError):
            services.healthcheck_complete(healthcheck=healthcheck, by=cast["org_a_admin"])
    stored = Healthcheck.objects.get(pk=healthcheck.pk)
    assert stored.status == HealthcheckStatus.IN_PROGRESS and stored.completed_on is None and stored.ready is None
