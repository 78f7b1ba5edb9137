"""Asking for an organisation to join: the question page, check your answers, the request."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from rsqm.accounts.models import Duty
from rsqm.organisations import services
from rsqm.organisations.models import MembershipRole, Organisation, OrganisationStatus
from rsqm.testing.factories import UserFactory, make_staff

GOOD = {
    "legal_name": "Gamma Restorative Practice CIC",
    "type": "voluntary",
    "charity_number": "",
    "company_number": "sc 123456",
    "address_line_1": "2 Example Row",
    "address_line_2": "",
    "town": "Exampleton",
    "postcode": "ec1a1bb",
    "contact_name": "Gale Gamma",
    "contact_email": "Gale@Example.org",
    "contact_phone": "01632 960 123",
}


@pytest.fixture
def joiner(db):
    return UserFactory(email="gale@example.org", full_name="Gale Gamma")


def _send(client, data):
    return client.post(reverse("organisation_join"), data)


class TestTheQuestionPage:
    def test_nobody_signed_in_is_asked_to_sign_in(self, client, db):
        response = client.get(reverse("organisation_join"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))

    @pytest.mark.parametrize("persona", ["staff_case_officer", "staff_registrar", "superuser"])
    def test_staff_cannot_ask(self, client, cast, persona):
        client.force_login(cast[persona])
        assert client.get(reverse("organisation_join")).status_code == 403
        assert client.post(reverse("organisation_join_check")).status_code == 403

    @pytest.mark.parametrize("persona", ["org_a_admin", "practitioner", "assessor"])
    def test_any_other_signed_in_user_may_ask(self, client, cast, persona):
        client.force_login(cast[persona])
        assert client.get(reverse("organisation_join")).status_code == 200

    def test_bad_answers_are_shown_again_with_errors_beside_the_fields_and_in_the_summary(self, client, joiner):
        client.force_login(joiner)
        typed = {**GOOD, "charity_number": "12-34", "company_number": "ABC", "postcode": "NOT A CODE",
                 "contact_email": "gale at example", "legal_name": "Gamma & Sons <Ltd>"}
        response = _send(client, typed)
        assert response.status_code == 200
        page = response.content.decode()
        assert "There is a problem" in page
        assert page.count("Enter a charity number in the correct format") == 2  # summary and field
        assert page.count("Enter a company number of 8 characters") == 2
        assert page.count("Enter a real postcode") == 2
        assert page.count("Enter an email address in the correct format") == 2
        assert 'href="#id_postcode"' in page
        for value in ["12-34", "ABC", "NOT A CODE", "gale at example", "Gamma &amp; Sons &lt;Ltd&gt;",
                      "2 Example Row", "01632 960 123"]:
            assert f'value="{value}"' in page, value
        assert page.startswith("<!DOCTYPE html>")
        assert "<title>Error: " in page
        assert not Organisation.objects.filter(legal_name__startswith="Gamma").exists()

    def test_a_missing_answer_is_named(self, client, joiner):
        client.force_login(joiner)
        page = _send(client, {**GOOD, "legal_name": "", "type": ""}).content.decode()
        assert "Enter the organisation&#x27;s legal name" in page
        assert "Select the type of organisation" in page


class TestCheckYourAnswers:
    def test_good_answers_lead_to_check_your_answers_in_their_standard_form(self, client, joiner):
        client.force_login(joiner)
        response = _send(client, GOOD)
        assert response.status_code == 302
        assert response["Location"] == reverse("organisation_join_check")
        page = client.get(reverse("organisation_join_check")).content.decode()
        assert "Check your answers before sending your request" in page
        assert "SC123456" in page
        assert "EC1A 1BB" in page
        assert "gale@example.org" in page
        assert f'href="{reverse("organisation_join")}#id_postcode"' in page
        assert not Organisation.objects.filter(legal_name__startswith="Gamma").exists()

    def test_change_shows_the_question_page_with_every_answer_kept(self, client, joiner):
        client.force_login(joiner)
        _send(client, GOOD)
        page = client.get(reverse("organisation_join")).content.decode()
        assert 'value="Gamma Restorative Practice CIC"' in page
        assert 'value="EC1A 1BB"' in page
        assert 'value="voluntary" checked' in page

    def test_check_without_answers_goes_back_to_the_question_page(self, client, joiner):
        client.force_login(joiner)
        response = client.get(reverse("organisation_join_check"))
        assert response.status_code == 302
        assert response["Location"] == reverse("organisation_join")


class TestSendingTheRequest:
    def test_it_creates_a_pending_organisation_with_the_asker_as_its_admin(self, client, joiner, cast, outbox,
                                                                           audit_actions):
        client.force_login(joiner)
        _send(client, GOOD)
        response = client.post(reverse("organisation_join_check"), {"confirm": "yes"})
        organisation = Organisation.objects.get(legal_name="Gamma Restorative Practice CIC")
        assert response.status_code == 302
        assert response["Location"] == reverse("organisation_detail", args=[organisation.pk])
        assert organisation.status == OrganisationStatus.PENDING
        assert organisation.company_number == "SC123456"
        assert organisation.postcode == "EC1A 1BB"
        assert organisation.requested_at is not None
        assert organisation.memberships.get().user == joiner
        assert organisation.memberships.get().role == MembershipRole.ADMIN
        change = organisation.status_changes.get()
        assert (change.from_status, change.to_status, change.by) == ("", "pending", joiner)
        assert audit_actions(organisation_id=organisation.pk) == ["organisation.requested"]
        page = client.get(response["Location"]).content.decode()
        assert "Waiting for verification" in page
        assert "Your request has been sent" in page

    def test_it_emails_every_active_case_officer_and_the_asker(self, client, joiner, cast, outbox):
        second = make_staff(Duty.CASE_OFFICER, email="second.officer@example.org")
        make_staff(Duty.CASE_OFFICER, email="gone.officer@example.org", is_active=False)
        client.force_login(joiner)
        _send(client, GOOD)
        client.post(reverse("organisation_join_check"), {"confirm": "yes"})
        assert sorted(outbox.pairs()) == sorted([
            ("organisation_request_staff", cast["staff_case_officer"].email),
            ("organisation_request_staff", second.email),
            ("organisation_request_received", "gale@example.org"),
        ])
        staff_mail = outbox.rows(recipient=second.email)[0]
        assert "Gamma Restorative Practice CIC" in staff_mail.subject
        assert "/staff/organisations/" in staff_mail.body_text
        mine = outbox.rows(recipient="gale@example.org")[0]
        assert mine.subject == "We have your request for Gamma Restorative Practice CIC to join"

    def test_the_answers_are_forgotten_once_sent(self, client, joiner):
        client.force_login(joiner)
        _send(client, GOOD)
        client.post(reverse("organisation_join_check"), {"confirm": "yes"})
        assert client.get(reverse("organisation_join_check")).status_code == 302
        assert Organisation.objects.filter(legal_name__startswith="Gamma").count() == 1

    def test_the_service_refuses_staff(self, cast):
        with pytest.raises(PermissionDenied):
            services.organisation_request(details=GOOD, by=cast["staff_case_officer"])

    def test_the_service_checks_formats_itself(self, joiner):
        from django.core.exceptions import ValidationError

        with pytest.raises(ValidationError) as caught:
            services.organisation_request(details={**GOOD, "postcode": "nowhere"}, by=joiner)
        assert "postcode" in caught.value.message_dict
        assert not Organisation.objects.filter(legal_name__startswith="Gamma").exists()

    def test_nothing_is_kept_when_an_email_cannot_be_written(self, joiner, cast, monkeypatch, outbox):
        """The organisation, its admin, its audit row and its emails commit together or not at all."""
        from rsqm.core.models import AuditEvent
        from rsqm.notifications import outbox as outbox_module

        calls = {"n": 0}
        real = outbox_module.enqueue

        def fail_second(**kwargs):
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("disk full")
            return real(**kwargs)

        monkeypatch.setattr(outbox_module, "enqueue", fail_second)
        audit_before = AuditEvent.objects.count()
        with pytest.raises(RuntimeError):
            services.organisation_request(details=GOOD, by=joiner)
        assert not Organisation.objects.filter(legal_name__startswith="Gamma").exists()
        assert AuditEvent.objects.count() == audit_before
        assert outbox.rows() == []
