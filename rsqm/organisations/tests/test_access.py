"""Who reaches which organisation page (PRIV-CONFIDENTIAL, PRIV-ASSESSOR-CHECKS)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from rsqm.core import clock
from rsqm.organisations import access, services
from rsqm.organisations.models import Invitation, OrganisationMembership, OrganisationStatus, Service
from rsqm.testing.factories import ServiceFactory, UserFactory, make_assessor, make_staff

MISSING = 987654


def _organisation_pages(org, service, membership, invitation):
    """(method, url) of every page of one organisation, reads and writes."""
    return [
        ("get", reverse("organisation_detail", args=[org.pk])),
        ("get", reverse("organisation_users", args=[org.pk])),
        ("get", reverse("organisation_invite", args=[org.pk])),
        ("post", reverse("organisation_invite", args=[org.pk])),
        ("get", reverse("organisation_ask_again", args=[org.pk])),
        ("get", reverse("organisation_ask_again_check", args=[org.pk])),
        ("get", reverse("service_create", args=[org.pk])),
        ("post", reverse("service_create", args=[org.pk])),
        ("get", reverse("service_detail", args=[service.pk])),
        ("get", reverse("service_edit", args=[service.pk])),
        ("post", reverse("service_edit", args=[service.pk])),
        ("get", reverse("service_contact_consent", args=[service.pk])),
        ("post", reverse("service_contact_consent", args=[service.pk])),
        ("get", reverse("membership_role", args=[org.pk, membership.pk])),
        ("post", reverse("membership_role", args=[org.pk, membership.pk])),
        ("get", reverse("membership_remove", args=[org.pk, membership.pk])),
        ("post", reverse("membership_remove", args=[org.pk, membership.pk])),
        ("post", reverse("invitation_revoke", args=[org.pk, invitation.pk])),
    ]


def _missing_pages():
    return [
        ("get", reverse("organisation_detail", args=[MISSING])),
        ("get", reverse("organisation_users", args=[MISSING])),
        ("get", reverse("organisation_invite", args=[MISSING])),
        ("post", reverse("organisation_invite", args=[MISSING])),
        ("get", reverse("organisation_ask_again", args=[MISSING])),
        ("get", reverse("service_create", args=[MISSING])),
        ("get", reverse("service_detail", args=[MISSING])),
        ("get", reverse("service_edit", args=[MISSING])),
        ("post", reverse("service_contact_consent", args=[MISSING])),
        ("get", reverse("membership_role", args=[MISSING, MISSING])),
        ("post", reverse("membership_remove", args=[MISSING, MISSING])),
        ("post", reverse("invitation_revoke", args=[MISSING, MISSING])),
    ]


def _invitation(org, by):
    invitation, _token = services.invitation_create(organisation=org, email="newcomer@example.org",
                                                    role="contributor", by=by)
    return invitation


@pytest.fixture
def org_b_pages(cast):
    membership = OrganisationMembership.objects.get(organisation=cast.org_b, user=cast["org_b_admin"])
    invitation = _invitation(cast.org_b, cast["org_b_admin"])
    return _organisation_pages(cast.org_b, cast.service_b, membership, invitation)


@pytest.fixture
def org_a_pages(cast):
    membership = OrganisationMembership.objects.get(organisation=cast.org_a, user=cast["org_a_admin"])
    invitation = _invitation(cast.org_a, cast["org_a_admin"])
    return _organisation_pages(cast.org_a, cast.service_a, membership, invitation)


def _status(client, method, url):
    return getattr(client, method)(url).status_code


class TestSomeoneElsesOrganisation:
    @pytest.mark.parametrize("persona", ["org_a_admin", "org_a_contributor"])
    def test_a_user_of_organisation_a_gets_404_on_every_page_of_organisation_b(self, client, cast, org_b_pages,
                                                                               persona):
        client.force_login(cast[persona])
        results = {(m, url): _status(client, m, url) for m, url in org_b_pages}
        assert set(results.values()) == {404}, results

    def test_a_page_that_does_not_exist_gives_the_same_404(self, client, cast):
        client.force_login(cast["org_a_admin"])
        results = {(m, url): _status(client, m, url) for m, url in _missing_pages()}
        assert set(results.values()) == {404}, results

    def test_the_404_for_someone_elses_organisation_reads_like_any_missing_page(self, client, cast):
        client.force_login(cast["org_a_admin"])
        theirs = client.get(reverse("organisation_detail", args=[cast.org_b.pk]))
        missing = client.get(reverse("organisation_detail", args=[MISSING]))
        assert theirs.status_code == missing.status_code == 404

        def main(response):
            page = response.content.decode()
            return page[page.index("<main"):page.index("</main>")]

        assert main(theirs) == main(missing)

    @pytest.mark.parametrize("persona", ["practitioner", "assessor"])
    def test_others_without_a_place_get_404(self, client, cast, org_b_pages, persona):
        """Assessors reach no organisation's pages until assignments give them one."""
        client.force_login(cast[persona])
        results = {(m, url): _status(client, m, url) for m, url in org_b_pages}
        assert set(results.values()) == {404}, results

    def test_nobody_signed_in_is_asked_to_sign_in(self, client, cast, org_b_pages):
        for method, url in org_b_pages:
            response = getattr(client, method)(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("account_login"))


class TestContributors:
    def test_a_contributor_sees_the_organisation_its_services_and_users(self, client, cast):
        client.force_login(cast["org_a_contributor"])
        for url in [
            reverse("organisation_detail", args=[cast.org_a.pk]),
            reverse("organisation_users", args=[cast.org_a.pk]),
            reverse("service_detail", args=[cast.service_a.pk]),
        ]:
            assert client.get(url).status_code == 200, url

    def test_a_contributor_gets_403_for_every_change(self, client, cast, org_a_pages):
        client.force_login(cast["org_a_contributor"])
        reads = {reverse("organisation_detail", args=[cast.org_a.pk]),
                 reverse("organisation_users", args=[cast.org_a.pk]),
                 reverse("service_detail", args=[cast.service_a.pk])}
        results = {(m, url): _status(client, m, url) for m, url in org_a_pages if url not in reads}
        assert set(results.values()) == {403}, results

    def test_a_contributor_is_offered_no_change_on_the_pages_they_see(self, client, cast):
        client.force_login(cast["org_a_contributor"])
        page = client.get(reverse("service_detail", args=[cast.service_a.pk])).content.decode()
        assert reverse("service_edit", args=[cast.service_a.pk]) not in page
        assert reverse("service_contact_consent", args=[cast.service_a.pk]) not in page


class TestStaff:
    @pytest.mark.parametrize("persona", ["staff_case_officer", "staff_finance", "staff_registrar", "superuser"])
    def test_cleared_staff_see_any_organisation_but_change_it_only_on_staff_pages(self, client, cast, org_b_pages,
                                                                                  persona):
        client.force_login(cast[persona])
        assert client.get(reverse("organisation_detail", args=[cast.org_b.pk])).status_code == 200
        assert client.get(reverse("service_detail", args=[cast.service_b.pk])).status_code == 200
        assert client.get(reverse("service_edit", args=[cast.service_b.pk])).status_code == 403

    def test_staff_without_a_signed_confidentiality_statement_get_404(self, client, cast, org_b_pages):
        """PRIV-ASSESSOR-CHECKS: no statement, no organisation's pages."""
        uncleared = make_staff(confidentiality_signed_on=None)
        client.force_login(uncleared)
        results = {(m, url): _status(client, m, url) for m, url in org_b_pages}
        assert set(results.values()) == {404}, results

    def test_a_superuser_who_is_not_cleared_staff_gets_404(self, client, cast):
        root = UserFactory(is_superuser=True, is_staff=False)
        client.force_login(root)
        assert client.get(reverse("organisation_detail", args=[cast.org_b.pk])).status_code == 404

    def test_an_assessor_with_every_check_still_sees_no_organisation(self, cast):
        assessor = make_assessor()
        assert access.may_read_organisation(assessor, cast.org_a) is False


class TestPendingAndRejectedOrganisations:
    @pytest.mark.parametrize("status", [OrganisationStatus.PENDING, OrganisationStatus.REJECTED])
    def test_only_its_own_users_and_staff_see_it(self, client, cast, status):
        cast.org_b.status = status
        cast.org_b.save()
        url = reverse("organisation_detail", args=[cast.org_b.pk])
        for persona, expected in [("org_b_admin", 200), ("staff_case_officer", 200), ("org_a_admin", 404),
                                  ("practitioner", 404), ("assessor", 404)]:
            client.force_login(cast[persona])
            assert client.get(url).status_code == expected, persona

    def test_public_pages_see_only_verified_organisations_services(self, cast):
        cast.org_b.status = OrganisationStatus.PENDING
        cast.org_b.save()
        rejected = ServiceFactory(organisation__status=OrganisationStatus.REJECTED)
        public = set(access.visible_on_public_pages())
        assert cast.service_a in public
        assert cast.service_b not in public
        assert rejected not in public
        assert set(Service.objects.on_public_pages()) == public

    def test_the_public_filter_narrows_a_queryset_it_is_given(self, cast):
        qs = Service.objects.filter(listed_name__startswith="Beta")
        assert list(access.visible_on_public_pages(qs)) == [cast.service_b]
        cast.org_b.status = OrganisationStatus.PENDING
        cast.org_b.save()
        assert list(access.visible_on_public_pages(qs)) == []


class TestRemovedUsers:
    def test_a_removed_user_loses_access_at_once(self, client, cast):
        contributor = cast["org_a_contributor"]
        client.force_login(contributor)
        url = reverse("organisation_detail", args=[cast.org_a.pk])
        assert client.get(url).status_code == 200
        membership = OrganisationMembership.objects.get(organisation=cast.org_a, user=contributor)
        services.membership_remove(membership=membership, by=cast["org_a_admin"])
        assert client.get(url).status_code == 404
        assert client.get(reverse("service_detail", args=[cast.service_a.pk])).status_code == 404

    def test_an_inactive_user_sees_nothing(self, cast):
        admin = cast["org_a_admin"]
        admin.is_active = False
        assert access.may_read_organisation(admin, cast.org_a) is False


def test_an_open_invitation_becomes_unusable_once_expired(cast):
    invitation = _invitation(cast.org_a, cast["org_a_admin"])
    assert invitation.is_open(clock.now())
    assert not invitation.is_open(invitation.expires_at)
    assert not Invitation.objects.get(pk=invitation.pk).is_open(clock.now() + timedelta(days=15))
