"""The users of an organisation: invitations, roles and removal."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rsqm.core.models import AuditEvent
from rsqm.organisations import services
from rsqm.organisations.models import Invitation, MembershipRole, OrganisationMembership
from rsqm.testing.factories import UserFactory, add_member

WHEN = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _invite(cast, email="newcomer@example.org", role=MembershipRole.CONTRIBUTOR, now=None):
    return services.invitation_create(organisation=cast.org_a, email=email, role=role, by=cast["org_a_admin"],
                                      now=now)


class TestInviting:
    def test_only_a_hash_of_the_token_is_stored_and_the_link_is_emailed(self, cast, outbox, audit_actions):
        invitation, token = _invite(cast, email="NewComer@Example.org", now=WHEN)
        invitation.refresh_from_db()
        assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
        assert token not in invitation.token_hash
        assert len(token) >= 40
        assert invitation.email == "newcomer@example.org"
        assert invitation.expires_at == WHEN + timedelta(days=14)
        [mail] = outbox.rows()
        assert (mail.template, mail.recipient) == ("organisation_invitation", "newcomer@example.org")
        assert reverse("invitation_accept", args=[token]) in mail.body_text
        assert "a contributor of Alpha Mediation Trust" in mail.body_text
        assert audit_actions(organisation_id=cast.org_a.pk) == ["invitation.created"]
        event = AuditEvent.objects.get(action="invitation.created")
        assert token not in str(event.detail)

    def test_the_invite_page_sends_the_invitation(self, client, cast, outbox):
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("organisation_invite", args=[cast.org_a.pk]),
                               {"email": "newcomer@example.org", "role": "admin"})
        assert response["Location"] == reverse("organisation_users", args=[cast.org_a.pk])
        assert Invitation.objects.get().role == MembershipRole.ADMIN
        page = client.get(response["Location"]).content.decode()
        assert "newcomer@example.org" in page
        assert "We have emailed an invitation to newcomer@example.org" in page

    def test_bad_answers_are_shown_again(self, client, cast):
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("organisation_invite", args=[cast.org_a.pk]), {"email": "newcomer@"})
        page = response.content.decode()
        assert page.count("Enter an email address in the correct format") == 2
        assert page.count("Select a role") == 2
        assert 'value="newcomer@"' in page

    def test_someone_already_a_user_is_not_invited_again(self, client, cast, outbox):
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("organisation_invite", args=[cast.org_a.pk]),
                               {"email": "Alpha.Contributor@example.org", "role": "admin"})
        assert "alpha.contributor@example.org is already a user of Alpha Mediation Trust" in response.content.decode()
        assert outbox.rows() == []

    def test_a_new_invitation_cancels_the_earlier_one(self, cast):
        first, first_token = _invite(cast)
        second, _ = _invite(cast)
        first.refresh_from_db()
        assert first.revoked_at is not None
        assert second.revoked_at is None

    def test_an_admin_cancels_an_invitation(self, client, cast, audit_actions):
        invitation, token = _invite(cast)
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("invitation_revoke", args=[cast.org_a.pk, invitation.pk]))
        assert response.status_code == 302
        invitation.refresh_from_db()
        assert invitation.revoked_at is not None
        assert "invitation.revoked" in audit_actions()
        client.force_login(UserFactory(email="newcomer@example.org"))
        response = client.post(reverse("invitation_accept", args=[token]))
        assert response.status_code == 410
        assert "cancelled" in response.content.decode()

    def test_an_admin_cannot_cancel_another_organisations_invitation(self, client, cast):
        invitation, _ = services.invitation_create(organisation=cast.org_b, email="x@example.org", role="admin",
                                                   by=cast["org_b_admin"])
        client.force_login(cast["org_a_admin"])
        assert client.post(reverse("invitation_revoke", args=[cast.org_a.pk, invitation.pk])).status_code == 404
        invitation.refresh_from_db()
        assert invitation.revoked_at is None

    @pytest.mark.parametrize("persona", ["org_a_contributor", "org_b_admin", "staff_case_officer"])
    def test_only_admins_invite(self, cast, persona):
        with pytest.raises(PermissionDenied):
            services.invitation_create(organisation=cast.org_a, email="x@example.org", role="admin",
                                       by=cast[persona])


class TestAccepting:
    def test_accepting_creates_the_membership(self, client, cast, audit_actions):
        invitation, token = _invite(cast, role=MembershipRole.ADMIN)
        newcomer = UserFactory(email="newcomer@example.org")
        client.force_login(newcomer)
        url = reverse("invitation_accept", args=[token])
        page = client.get(url).content.decode()
        assert "Join Alpha Mediation Trust" in page
        assert "an admin" in page
        response = client.post(url)
        assert response["Location"] == reverse("organisation_detail", args=[cast.org_a.pk])
        membership = OrganisationMembership.objects.get(organisation=cast.org_a, user=newcomer)
        assert membership.role == MembershipRole.ADMIN
        invitation.refresh_from_db()
        assert (invitation.accepted_by, invitation.accepted_at is not None) == (newcomer, True)
        assert audit_actions(action="invitation.accepted") == ["invitation.accepted"]
        assert client.get(response["Location"]).status_code == 200

    def test_an_invitation_is_used_once(self, client, cast):
        _, token = _invite(cast)
        client.force_login(UserFactory(email="newcomer@example.org"))
        client.post(reverse("invitation_accept", args=[token]))
        response = client.get(reverse("invitation_accept", args=[token]))
        assert response.status_code == 410
        assert "already been used" in response.content.decode()

    def test_an_expired_invitation_is_refused(self, client, cast):
        _, token = _invite(cast, now=WHEN)
        newcomer = UserFactory(email="newcomer@example.org")
        client.force_login(newcomer)
        with time_machine.travel(WHEN + timedelta(days=14, seconds=1), tick=False):
            response = client.post(reverse("invitation_accept", args=[token]))
        assert response.status_code == 410
        assert "This invitation has expired" in response.content.decode()
        assert not OrganisationMembership.objects.filter(user=newcomer).exists()

    def test_an_invitation_works_until_its_last_moment(self, cast):
        invitation, _ = _invite(cast, now=WHEN)
        newcomer = UserFactory(email="newcomer@example.org")
        with pytest.raises(services.InvitationRefused):
            services.invitation_accept(invitation=invitation, by=newcomer, now=WHEN + timedelta(days=14))
        membership = services.invitation_accept(invitation=invitation, by=newcomer,
                                                now=WHEN + timedelta(days=14) - timedelta(seconds=1))
        assert membership.organisation == cast.org_a

    def test_someone_signed_in_with_another_email_is_refused_with_a_clear_message(self, client, cast):
        _, token = _invite(cast)
        client.force_login(cast["org_b_admin"])
        response = client.post(reverse("invitation_accept", args=[token]))
        page = response.content.decode()
        assert response.status_code == 403
        assert "This invitation is for someone else" in page
        assert "sent to a different email address from the one you are signed in with (beta.admin@example.org)" \
            in page
        assert not OrganisationMembership.objects.filter(organisation=cast.org_a, user=cast["org_b_admin"]).exists()

    def test_the_email_is_matched_whatever_its_case(self, cast):
        invitation, _ = _invite(cast, email="NewComer@example.org")
        newcomer = UserFactory(email="newcomer@EXAMPLE.org")
        services.invitation_accept(invitation=invitation, by=newcomer)
        assert OrganisationMembership.objects.filter(organisation=cast.org_a, user=newcomer).exists()

    def test_someone_not_signed_in_is_asked_to_sign_in_or_create_an_account_and_come_back(self, client, cast):
        _, token = _invite(cast)
        url = reverse("invitation_accept", args=[token])
        response = client.get(url)
        page = response.content.decode()
        assert response.status_code == 200
        assert f'{reverse("account_login")}?next={url.replace("/", "%2F")}' in page
        assert f'{reverse("account_signup")}?next={url.replace("/", "%2F")}' in page
        assert "newcomer@example.org" in page
        assert client.post(url).status_code == 200  # nothing accepted without a signed-in user
        assert not OrganisationMembership.objects.filter(user__email="newcomer@example.org").exists()

    def test_an_unknown_token_is_404(self, client, cast):
        assert client.get(reverse("invitation_accept", args=["not-a-token"])).status_code == 404

    def test_scheme_staff_cannot_accept(self, cast):
        invitation, _ = _invite(cast, email=cast["staff_registrar"].email)
        with pytest.raises(services.InvitationRefused):
            services.invitation_accept(invitation=invitation, by=cast["staff_registrar"])


class TestRolesAndRemoval:
    def test_an_admin_changes_a_role(self, client, cast, audit_actions):
        membership = OrganisationMembership.objects.get(user=cast["org_a_contributor"])
        client.force_login(cast["org_a_admin"])
        url = reverse("membership_role", args=[cast.org_a.pk, membership.pk])
        assert 'value="contributor" checked' in client.get(url).content.decode()
        response = client.post(url, {"role": "admin"})
        assert response["Location"] == reverse("organisation_users", args=[cast.org_a.pk])
        membership.refresh_from_db()
        assert membership.role == MembershipRole.ADMIN
        event = AuditEvent.objects.get(action="membership.role_changed")
        assert (event.detail["old"], event.detail["new"]) == ("contributor", "admin")

    def test_the_last_admin_cannot_become_a_contributor(self, client, cast):
        membership = OrganisationMembership.objects.get(user=cast["org_a_admin"])
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("membership_role", args=[cast.org_a.pk, membership.pk]),
                               {"role": "contributor"})
        page = response.content.decode()
        assert "You cannot make yourself a contributor: you are the only admin of Alpha Mediation Trust" in page
        membership.refresh_from_db()
        assert membership.role == MembershipRole.ADMIN

    def test_an_admin_removes_a_user(self, client, cast, audit_actions):
        membership = OrganisationMembership.objects.get(user=cast["org_a_contributor"])
        client.force_login(cast["org_a_admin"])
        url = reverse("membership_remove", args=[cast.org_a.pk, membership.pk])
        assert "Remove Cal Alpha from Alpha Mediation Trust?" in client.get(url).content.decode()
        response = client.post(url)
        assert response["Location"] == reverse("organisation_users", args=[cast.org_a.pk])
        assert not OrganisationMembership.objects.filter(pk=membership.pk).exists()
        event = AuditEvent.objects.get(action="membership.removed")
        assert event.detail["email"] == "alpha.contributor@example.org"
        assert event.organisation_id == cast.org_a.pk

    def test_the_last_admin_cannot_remove_themselves_and_is_told_why(self, client, cast):
        membership = OrganisationMembership.objects.get(user=cast["org_a_admin"])
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("membership_remove", args=[cast.org_a.pk, membership.pk]))
        page = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in page
        assert ("You cannot remove yourself: you are the only admin of Alpha Mediation Trust. "
                "Make someone else an admin first.") in page
        assert OrganisationMembership.objects.filter(pk=membership.pk).exists()
        assert not AuditEvent.objects.filter(action="membership.removed").exists()

    def test_an_admin_who_is_not_the_last_may_leave(self, client, cast):
        add_member(UserFactory(), cast.org_a, MembershipRole.ADMIN)
        membership = OrganisationMembership.objects.get(user=cast["org_a_admin"])
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("membership_remove", args=[cast.org_a.pk, membership.pk]))
        assert response["Location"] == reverse("organisation_list")
        assert client.get(reverse("organisation_detail", args=[cast.org_a.pk])).status_code == 404

    def test_two_admins_cannot_remove_each_other_into_none(self, cast):
        other = UserFactory()
        theirs = add_member(other, cast.org_a, MembershipRole.ADMIN)
        mine = OrganisationMembership.objects.get(user=cast["org_a_admin"])
        services.membership_remove(membership=theirs, by=cast["org_a_admin"])
        with pytest.raises(ValidationError):
            services.membership_remove(membership=mine, by=cast["org_a_admin"])

    def test_a_removed_admin_can_no_longer_act(self, cast):
        other = UserFactory()
        add_member(other, cast.org_a, MembershipRole.ADMIN)
        mine = OrganisationMembership.objects.get(user=cast["org_a_admin"])
        services.membership_remove(membership=mine, by=other)
        contributor = OrganisationMembership.objects.get(user=cast["org_a_contributor"])
        with pytest.raises(PermissionDenied):
            services.membership_remove(membership=contributor, by=cast["org_a_admin"])

    def test_the_users_page_shows_admins_first_and_open_invitations_to_admins_only(self, client, cast):
        _invite(cast, email="waiting@example.org")
        client.force_login(cast["org_a_admin"])
        page = client.get(reverse("organisation_users", args=[cast.org_a.pk])).content.decode()
        assert page.index("alpha.admin@example.org") < page.index("alpha.contributor@example.org")
        assert "waiting@example.org" in page
        client.force_login(cast["org_a_contributor"])
        page = client.get(reverse("organisation_users", args=[cast.org_a.pk])).content.decode()
        assert "waiting@example.org" not in page
        assert "Change role" not in page
