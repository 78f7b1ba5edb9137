"""Staff verify organisations, or say why not; a rejected organisation may ask again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rsqm.accounts.models import Duty
from rsqm.core.models import AuditEvent
from rsqm.organisations import services
from rsqm.organisations.models import (
    MembershipRole,
    Organisation,
    OrganisationStatus,
    OrganisationStatusChange,
)
from rsqm.testing.factories import OrganisationFactory, UserFactory, add_member, make_staff

S = OrganisationStatus
WHEN = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
DETAILS = {name: "" for name in services.ORGANISATION_DETAIL_FIELDS} | {
    "legal_name": "Beta Youth Justice Partnership Ltd",
    "type": "public",
    "company_number": "01234567",
    "address_line_1": "3 Example Road",
    "town": "Exampleton",
    "postcode": "M1 1AE",
    "contact_name": "Bea Beta",
    "contact_email": "bea@example.org",
}


def _set_status(organisation, status):
    Organisation.objects.filter(pk=organisation.pk).update(status=status)
    organisation.refresh_from_db()


def _verify(cast, organisation):
    return services.organisation_verify(organisation=organisation, by=cast["staff_case_officer"], now=WHEN)


def _reject(cast, organisation):
    return services.organisation_reject(organisation=organisation, reason="The charity number is not ours.",
                                        by=cast["staff_registrar"], now=WHEN)


def _resubmit(cast, organisation):
    return services.organisation_resubmit(organisation=organisation, details=DETAILS, by=cast["org_b_admin"],
                                          now=WHEN)


ACTIONS = {S.VERIFIED: _verify, S.REJECTED: _reject, S.PENDING: _resubmit}
DISALLOWED = [
    (start, target)
    for target in ACTIONS
    for start in S.values
    if target not in services.TRANSITIONS.get(start, set())
]


def test_the_transition_table_allows_exactly_what_the_scheme_says():
    assert services.TRANSITIONS == {S.PENDING: {S.VERIFIED, S.REJECTED}, S.REJECTED: {S.PENDING}}
    assert sorted(DISALLOWED) == sorted([
        (S.VERIFIED, S.VERIFIED), (S.REJECTED, S.VERIFIED),
        (S.VERIFIED, S.REJECTED), (S.REJECTED, S.REJECTED),
        (S.PENDING, S.PENDING), (S.VERIFIED, S.PENDING),
    ])


@pytest.mark.parametrize(("start", "target"), DISALLOWED)
def test_a_disallowed_transition_is_refused_and_changes_nothing(cast, outbox, start, target):
    organisation = cast.org_b
    _set_status(organisation, start)
    audit_before = AuditEvent.objects.count()
    with pytest.raises(services.TransitionNotAllowed) as caught:
        ACTIONS[target](cast, organisation)
    assert str(caught.value) == (
        f"Beta Youth Justice Partnership cannot be moved from “{S(start).label}” to “{S(target).label}”."
    )
    organisation.refresh_from_db()
    assert organisation.status == start
    assert organisation.legal_name == "Beta Youth Justice Partnership"
    assert AuditEvent.objects.count() == audit_before
    assert not OrganisationStatusChange.objects.filter(organisation=organisation).exists()
    assert outbox.rows() == []


class TestVerify:
    def test_it_verifies_a_pending_organisation_stamps_it_and_tells_its_admins(self, cast, outbox, audit_actions):
        organisation = cast.org_b
        _set_status(organisation, S.PENDING)
        second_admin = UserFactory(email="beta.second@example.org")
        add_member(second_admin, organisation, MembershipRole.ADMIN)
        add_member(UserFactory(email="beta.contributor@example.org"), organisation, MembershipRole.CONTRIBUTOR)
        officer = cast["staff_case_officer"]
        services.organisation_verify(organisation=organisation, by=officer, now=WHEN)
        organisation.refresh_from_db()
        assert organisation.status == S.VERIFIED
        assert (organisation.decided_at, organisation.decided_by) == (WHEN, officer)
        change = organisation.status_changes.get()
        assert (change.from_status, change.to_status, change.by, change.at) == (S.PENDING, S.VERIFIED, officer, WHEN)
        assert audit_actions(organisation_id=organisation.pk) == ["organisation.verified"]
        assert sorted(outbox.pairs()) == [("organisation_verified", "beta.admin@example.org"),
                                          ("organisation_verified", "beta.second@example.org")]

    def test_the_registrar_may_verify_too(self, cast):
        _set_status(cast.org_b, S.PENDING)
        services.organisation_verify(organisation=cast.org_b, by=cast["staff_registrar"])
        assert cast.org_b.status == S.VERIFIED

    @pytest.mark.parametrize("persona", ["staff_finance", "staff_decision_maker", "staff_administrator",
                                         "org_b_admin", "assessor"])
    def test_nobody_else_may_verify(self, cast, persona):
        _set_status(cast.org_b, S.PENDING)
        with pytest.raises(PermissionDenied):
            services.organisation_verify(organisation=cast.org_b, by=cast[persona])
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.PENDING

    def test_it_is_atomic(self, cast, outbox, monkeypatch):
        _set_status(cast.org_b, S.PENDING)

        def broken(*args, **kwargs):
            raise RuntimeError("database went away")

        monkeypatch.setattr(services.audit, "record", broken)
        with pytest.raises(RuntimeError):
            _verify(cast, cast.org_b)
        fresh = Organisation.objects.get(pk=cast.org_b.pk)
        assert fresh.status == S.PENDING
        assert fresh.decided_at is not None  # the factory's; unchanged
        assert not fresh.status_changes.exists()
        assert outbox.rows() == []


class TestReject:
    def test_it_rejects_with_a_reason_the_admins_are_sent(self, cast, outbox, audit_actions):
        _set_status(cast.org_b, S.PENDING)
        _reject(cast, cast.org_b)
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.REJECTED
        assert cast.org_b.decision_reason == "The charity number is not ours."
        assert (cast.org_b.decided_at, cast.org_b.decided_by) == (WHEN, cast["staff_registrar"])
        assert cast.org_b.status_changes.get().reason == "The charity number is not ours."
        assert audit_actions(organisation_id=cast.org_b.pk) == ["organisation.rejected"]
        [mail] = outbox.rows()
        assert (mail.template, mail.recipient) == ("organisation_rejected", "beta.admin@example.org")
        assert "The charity number is not ours." in mail.body_text
        assert "The charity number is not ours." in mail.body_html

    @pytest.mark.parametrize("reason", ["", "   \n"])
    def test_a_reason_is_required(self, cast, outbox, reason):
        _set_status(cast.org_b, S.PENDING)
        with pytest.raises(ValidationError):
            services.organisation_reject(organisation=cast.org_b, reason=reason, by=cast["staff_registrar"])
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.PENDING
        assert outbox.rows() == []


class TestAskingAgain:
    def test_a_rejected_organisation_asks_again_with_corrected_details(self, cast, outbox, audit_actions):
        _set_status(cast.org_b, S.PENDING)
        _reject(cast, cast.org_b)
        outbox_before = len(outbox.rows())
        _resubmit(cast, cast.org_b)
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.PENDING
        assert cast.org_b.legal_name == "Beta Youth Justice Partnership Ltd"
        assert cast.org_b.postcode == "M1 1AE"
        assert (cast.org_b.decided_at, cast.org_b.decided_by, cast.org_b.decision_reason) == (None, None, "")
        assert audit_actions(organisation_id=cast.org_b.pk) == ["organisation.rejected",
                                                                "organisation.requested_again"]
        new = [(m.template, m.recipient) for m in outbox.rows()[outbox_before:]]
        assert sorted(new) == [("organisation_request_received", "beta.admin@example.org"),
                               ("organisation_request_staff", "staff.case.officer@example.org")]
        services.organisation_verify(organisation=cast.org_b, by=cast["staff_case_officer"])
        assert cast.org_b.status == S.VERIFIED

    def test_only_its_admins_may_ask_again(self, cast):
        _set_status(cast.org_b, S.REJECTED)
        with pytest.raises(PermissionDenied):
            services.organisation_resubmit(organisation=cast.org_b, details=DETAILS, by=cast["org_a_admin"])

    def test_the_pages_let_an_admin_correct_the_details_and_ask_again(self, client, cast):
        _set_status(cast.org_b, S.PENDING)
        _reject(cast, cast.org_b)
        client.force_login(cast["org_b_admin"])
        detail = client.get(reverse("organisation_detail", args=[cast.org_b.pk])).content.decode()
        assert "The charity number is not ours." in detail
        assert reverse("organisation_ask_again", args=[cast.org_b.pk]) in detail
        form = client.get(reverse("organisation_ask_again", args=[cast.org_b.pk])).content.decode()
        assert 'value="Beta Youth Justice Partnership"' in form
        response = client.post(reverse("organisation_ask_again", args=[cast.org_b.pk]), DETAILS)
        assert response["Location"] == reverse("organisation_ask_again_check", args=[cast.org_b.pk])
        response = client.post(response["Location"], {"confirm": "yes"})
        assert response["Location"] == reverse("organisation_detail", args=[cast.org_b.pk])
        cast.org_b.refresh_from_db()
        assert (cast.org_b.status, cast.org_b.legal_name) == (S.PENDING, "Beta Youth Justice Partnership Ltd")

    def test_a_verified_organisation_is_not_offered_to_ask_again(self, client, cast):
        client.force_login(cast["org_b_admin"])
        response = client.get(reverse("organisation_ask_again", args=[cast.org_b.pk]))
        assert response.status_code == 302
        assert response["Location"] == reverse("organisation_detail", args=[cast.org_b.pk])


class TestStaffPages:
    def test_the_list_shows_pending_organisations_first_and_filters_by_status(self, client, cast):
        waiting = OrganisationFactory(legal_name="Zeta Waiting Trust", status=S.PENDING)
        refused = OrganisationFactory(legal_name="Aardvark Refused Ltd", status=S.REJECTED)
        client.force_login(cast["staff_case_officer"])
        page = client.get(reverse("staff_organisations")).content.decode()
        order = [page.index(name) for name in ["Zeta Waiting Trust", "Aardvark Refused Ltd", "Alpha Mediation Trust"]]
        assert order == sorted(order)
        assert reverse("staff_organisation_detail", args=[waiting.pk]) in page
        only_pending = client.get(reverse("staff_organisations"), {"status": "pending"}).content.decode()
        assert "Zeta Waiting Trust" in only_pending
        assert refused.legal_name not in only_pending
        assert "Alpha Mediation Trust" not in only_pending
        assert '<option value="pending" selected>' in only_pending

    def test_a_nonsense_filter_shows_everything(self, client, cast):
        client.force_login(cast["staff_case_officer"])
        response = client.get(reverse("staff_organisations"), {"status": "nonsense"})
        assert response.status_code == 200
        assert "Alpha Mediation Trust" in response.content.decode()

    @pytest.mark.parametrize("persona", ["staff_case_officer", "staff_registrar"])
    def test_a_case_officer_or_the_registrar_verifies_from_the_detail_page(self, client, cast, persona):
        _set_status(cast.org_b, S.PENDING)
        client.force_login(cast[persona])
        url = reverse("staff_organisation_detail", args=[cast.org_b.pk])
        page = client.get(url).content.decode()
        assert reverse("staff_organisation_verify", args=[cast.org_b.pk]) in page
        assert reverse("staff_organisation_reject", args=[cast.org_b.pk]) in page
        response = client.post(reverse("staff_organisation_verify", args=[cast.org_b.pk]))
        assert response["Location"] == url
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.VERIFIED
        page = client.get(url).content.decode()
        assert "is verified" in page
        assert reverse("staff_organisation_verify", args=[cast.org_b.pk]) not in page

    def test_rejecting_without_a_reason_shows_the_error_and_keeps_the_organisation_pending(self, client, cast):
        _set_status(cast.org_b, S.PENDING)
        client.force_login(cast["staff_case_officer"])
        response = client.post(reverse("staff_organisation_reject", args=[cast.org_b.pk]), {"reason": "  "})
        page = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in page
        assert page.count("Enter the reason the organisation is not verified") == 2
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.PENDING

    def test_rejecting_with_a_reason(self, client, cast, outbox):
        _set_status(cast.org_b, S.PENDING)
        client.force_login(cast["staff_case_officer"])
        response = client.post(reverse("staff_organisation_reject", args=[cast.org_b.pk]),
                               {"reason": "We could not find the company."})
        assert response.status_code == 302
        cast.org_b.refresh_from_db()
        assert (cast.org_b.status, cast.org_b.decision_reason) == (S.REJECTED, "We could not find the company.")
        assert outbox.pairs() == [("organisation_rejected", "beta.admin@example.org")]

    def test_a_button_pressed_twice_gets_a_clear_message_not_an_error(self, client, cast):
        client.force_login(cast["staff_case_officer"])
        response = client.post(reverse("staff_organisation_verify", args=[cast.org_b.pk]), follow=True)
        assert response.status_code == 200
        assert "cannot be moved from “Verified” to “Verified”" in response.content.decode()

    @pytest.mark.parametrize("persona", ["staff_finance", "staff_decision_maker", "staff_administrator",
                                         "org_a_admin", "assessor", "practitioner"])
    def test_everyone_else_gets_403(self, client, cast, persona):
        _set_status(cast.org_b, S.PENDING)
        client.force_login(cast[persona])
        assert client.get(reverse("staff_organisations")).status_code == 403
        assert client.get(reverse("staff_organisation_detail", args=[cast.org_b.pk])).status_code == 403
        assert client.post(reverse("staff_organisation_verify", args=[cast.org_b.pk])).status_code == 403
        cast.org_b.refresh_from_db()
        assert cast.org_b.status == S.PENDING

    def test_a_case_officer_without_a_confidentiality_statement_gets_403(self, client, cast):
        client.force_login(make_staff(Duty.CASE_OFFICER, confidentiality_signed_on=None))
        assert client.get(reverse("staff_organisations")).status_code == 403

    def test_nobody_signed_in_is_asked_to_sign_in(self, client, cast):
        response = client.get(reverse("staff_organisations"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))

    def test_a_missing_organisation_is_404(self, client, cast):
        client.force_login(cast["staff_case_officer"])
        assert client.get(reverse("staff_organisation_detail", args=[987654])).status_code == 404

    def test_verify_and_reject_accept_only_post(self, client, cast):
        client.force_login(cast["staff_case_officer"])
        assert client.get(reverse("staff_organisation_verify", args=[cast.org_b.pk])).status_code == 405
        assert client.get(reverse("staff_organisation_reject", args=[cast.org_b.pk])).status_code == 405
