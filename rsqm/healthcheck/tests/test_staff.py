"""Sharing a healthcheck with the scheme's staff, case officers' replies, and the staff figures of
the indicators rated weakest."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from rsqm.core.models import AuditEvent
from rsqm.healthcheck import selectors, services
from rsqm.healthcheck.models import SupportMessage
from rsqm.healthcheck.tests.helpers import completed
from rsqm.notifications.models import OutboxMessage
from rsqm.standards import services as standard_services
from rsqm.testing.factories import OrganisationFactory, UserFactory, add_member

pytestmark = pytest.mark.django_db


def test_an_organisation_user_shares_the_report_and_a_case_officer_replies(client, cast):
    healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a, rating="developing")
    client.force_login(cast["org_a_contributor"])
    response = client.post(reverse("healthcheck_support", args=[healthcheck.pk]),
                           {"body": "How should we evidence supervision of our volunteers?"})
    assert response.status_code == 302
    healthcheck.refresh_from_db()
    assert healthcheck.shared_at is not None and healthcheck.shared_by == cast["org_a_contributor"]
    to_staff = OutboxMessage.objects.get(template="healthcheck_shared_staff")
    assert to_staff.recipient == cast["staff_case_officer"].email
    assert "supervision" not in to_staff.body_text  # a link, not the message
    assert reverse("staff_healthcheck_detail", args=[healthcheck.pk]) in to_staff.body_text

    officer = cast["staff_case_officer"]
    client.force_login(officer)
    listing = client.get(reverse("staff_healthchecks")).content.decode()
    assert "Alpha Mediation Trust" in listing and "Waiting for a reply" in listing
    page = client.get(reverse("staff_healthcheck_detail", args=[healthcheck.pk])).content.decode()
    assert "How should we evidence supervision" in page and "Not ready to apply yet" in page
    pdf = client.get(reverse("staff_healthcheck_pdf", args=[healthcheck.pk]))
    assert pdf.content.startswith(b"%PDF")
    response = client.post(reverse("staff_healthcheck_detail", args=[healthcheck.pk]),
                           {"body": "Keep a supervision log that records dates and topics, without case details."})
    assert response.status_code == 302
    reply = OutboxMessage.objects.get(template="healthcheck_reply")
    assert reply.recipient == cast["org_a_contributor"].email
    assert "supervision log" not in reply.body_text
    assert "Replied" in client.get(reverse("staff_healthchecks")).content.decode()

    client.force_login(cast["org_a_admin"])
    thread = client.get(reverse("healthcheck_support", args=[healthcheck.pk])).content.decode()
    assert "Keep a supervision log" in thread and "The scheme's office (Staff Case officer" in thread
    assert [e.action for e in AuditEvent.objects.filter(
        action__in=["healthcheck.shared", "healthcheck.support_reply"]).order_by("pk")] == [
        "healthcheck.shared", "healthcheck.support_reply"]
    assert all("body" not in e.detail for e in AuditEvent.objects.filter(action__startswith="healthcheck."))


def test_a_healthcheck_not_shared_is_not_seen_by_staff(client, cast):
    healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    client.force_login(cast["staff_case_officer"])
    assert client.get(reverse("staff_healthcheck_detail", args=[healthcheck.pk])).status_code == 404
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.support_reply_post(healthcheck=healthcheck, body="Hello", by=cast["staff_case_officer"])


def test_only_the_organisations_users_share_its_healthcheck(client, cast):
    from django.core.exceptions import PermissionDenied

    healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    with pytest.raises(PermissionDenied):
        services.support_message_post(healthcheck=healthcheck, body="Help", by=cast["org_b_admin"])
    client.force_login(cast["org_b_admin"])
    assert client.post(reverse("healthcheck_support", args=[healthcheck.pk]), {"body": "Help"}).status_code == 404
    assert not SupportMessage.objects.exists()


def test_an_in_progress_healthcheck_cannot_be_shared(cast):
    from django.core.exceptions import PermissionDenied

    healthcheck = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    with pytest.raises(PermissionDenied):
        services.support_message_post(healthcheck=healthcheck, body="Help", by=cast["org_a_admin"])


# --- The indicators rated weakest ---------------------------------------------------------------------


def _organisation_with_user():
    organisation = OrganisationFactory()
    user = UserFactory()
    add_member(user, organisation)
    return organisation, user


def test_the_weakest_indicators_count_each_organisations_latest_healthcheck_without_not_applicable(cast):
    def ratings(table):
        return lambda indicator: table.get(indicator.key, "fully_in_place")

    a_old = {"training.cpd": "not_started"}  # superseded by A's later healthcheck
    a_new = {"training.cpd": "progressing_well", "delivery.options": "developing"}
    b = {"training.cpd": "developing", "delivery.options": "not_applicable"}
    c = {"training.cpd": "not_applicable", "delivery.options": "not_started"}
    completed(by=cast["org_a_admin"], organisation=cast.org_a, rating=ratings(a_old))
    completed(by=cast["org_a_admin"], organisation=cast.org_a, rating=ratings(a_new))
    completed(by=cast["org_b_admin"], organisation=cast.org_b, rating=ratings(b))
    org_c, user_c = _organisation_with_user()
    completed(by=user_c, organisation=org_c, rating=ratings(c))
    completed(by=UserFactory(), rating="not_started")  # no organisation: not counted
    services.healthcheck_start(by=cast["org_b_admin"], organisation=cast.org_b)  # in progress: not counted

    rows = {r.key: r for r in selectors.weakest_indicators()}
    assert (rows["delivery.options"].below, rows["delivery.options"].rated) == (2, 2)
    assert (rows["training.cpd"].below, rows["training.cpd"].rated) == (1, 2)
    assert rows["training.cpd"].percent == 50
    assert (rows["leadership.purpose"].below, rows["leadership.purpose"].rated) == (0, 3)
    ordered = [r.key for r in selectors.weakest_indicators()]
    assert ordered[:2] == ["delivery.options", "training.cpd"]
    assert selectors.organisations_counted() == 3


def test_the_weakest_indicators_compare_across_versions_by_stable_key(cast):
    completed(by=cast["org_a_admin"], organisation=cast.org_a,
              rating=lambda i: "developing" if i.key == "leadership.purpose" else "fully_in_place")
    admin = cast["staff_administrator"]
    draft = standard_services.framework_draft_create(by=admin)
    standard_services.indicator_update(indicator=draft.indicators.get(key="leadership.purpose"),
                                       text="Purpose, in the official wording.", guidance="", evidence_examples=[],
                                       by=admin)
    standard_services.framework_publish(framework=draft, by=admin)
    completed(by=cast["org_b_admin"], organisation=cast.org_b,
              rating=lambda i: "not_started" if i.key == "leadership.purpose" else "fully_in_place")
    row = next(r for r in selectors.weakest_indicators() if r.key == "leadership.purpose")
    assert (row.below, row.rated, row.code) == (2, 2, "1.1")
    assert row.text == "Purpose, in the official wording."


def test_the_weakest_indicators_page_and_csv(client, cast):
    completed(by=cast["org_a_admin"], organisation=cast.org_a,
              rating=lambda i: "developing" if i.key == "supervision.wellbeing" else "fully_in_place")
    client.force_login(cast["staff_finance"])
    page = client.get(reverse("staff_healthcheck_weakest")).content.decode()
    assert "Practitioners are offered support after distressing cases." in page and "100%" in page
    response = client.get(reverse("staff_healthcheck_weakest") + "?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["indicator_key", "indicator", "text", "below_progressing_well", "rated", "share_below_percent"]
    assert rows[1][:2] == ["supervision.wellbeing", "4.3"] and rows[1][3:] == ["1", "1", "100"]


def test_the_weakest_indicators_take_a_fixed_number_of_queries(cast, django_assert_num_queries):
    for _ in range(3):
        organisation, user = _organisation_with_user()
        completed(by=user, organisation=organisation, rating="developing")
    with django_assert_num_queries(2):
        assert len(selectors.weakest_indicators()) == 27


def test_the_readiness_overview_lists_organisations(client, cast):
    completed(by=cast["org_a_admin"], organisation=cast.org_a)
    client.force_login(cast["staff_case_officer"])
    page = client.get(reverse("staff_readiness")).content.decode()
    assert "Alpha Mediation Trust" in page and "Beta Youth Justice Partnership" in page
    assert page.count("govuk-tag--green") == 1
    detail = client.get(reverse("staff_readiness_detail", args=[cast.org_b.pk])).content.decode()
    assert "The organisation has not completed a healthcheck." in detail
