"""The organisation pages render, without inline scripts or styles, in a fixed number of queries."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from rsqm.notifications.outbox import render_email
from rsqm.organisations import services
from rsqm.organisations.models import MembershipRole, OrganisationStatus
from rsqm.testing.factories import OrganisationFactory, ServiceFactory, UserFactory, add_member


def _pages(cast):
    invitation, token = services.invitation_create(organisation=cast.org_a, email="newcomer@example.org",
                                                   role="contributor", by=cast["org_a_admin"])
    contributor = cast.org_a.memberships.get(role=MembershipRole.CONTRIBUTOR)
    return [
        reverse("organisation_list"),
        reverse("organisation_join"),
        reverse("organisation_detail", args=[cast.org_a.pk]),
        reverse("organisation_users", args=[cast.org_a.pk]),
        reverse("organisation_invite", args=[cast.org_a.pk]),
        reverse("service_create", args=[cast.org_a.pk]),
        reverse("service_detail", args=[cast.service_a.pk]),
        reverse("service_edit", args=[cast.service_a.pk]),
        reverse("service_contact_consent", args=[cast.service_a.pk]),
        reverse("membership_role", args=[cast.org_a.pk, contributor.pk]),
        reverse("membership_remove", args=[cast.org_a.pk, contributor.pk]),
    ], token


def _assert_strict_csp_friendly(page: str, url: str):
    assert "style=" not in page, url
    for script in re.findall(r"<script[^>]*>", page):
        assert "src=" in script or "nonce=" in script, (url, script)
    assert not re.search(r"<[^>]+\son[a-z]+=", page), url


def test_every_page_of_an_admin_renders_without_inline_styles_or_scripts(client, cast):
    urls, token = _pages(cast)
    client.force_login(cast["org_a_admin"])
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_strict_csp_friendly(response.content.decode(), url)
    client.force_login(UserFactory(email="newcomer@example.org"))
    response = client.get(reverse("invitation_accept", args=[token]))
    _assert_strict_csp_friendly(response.content.decode(), "accept")


def test_the_staff_pages_render(client, cast):
    client.force_login(cast["staff_case_officer"])
    for url in [reverse("staff_organisations"), reverse("staff_organisation_detail", args=[cast.org_a.pk])]:
        response = client.get(url)
        assert response.status_code == 200
        _assert_strict_csp_friendly(response.content.decode(), url)


def test_your_organisations_lists_each_with_its_role_and_status(client, cast):
    pending = OrganisationFactory(legal_name="Delta Pending Trust", status=OrganisationStatus.PENDING)
    add_member(cast["org_a_admin"], pending, MembershipRole.CONTRIBUTOR)
    client.force_login(cast["org_a_admin"])
    page = client.get(reverse("organisation_list")).content.decode()
    assert reverse("organisation_detail", args=[cast.org_a.pk]) in page
    assert reverse("organisation_detail", args=[pending.pk]) in page
    assert "Beta Youth Justice Partnership" not in page
    assert "govuk-tag--yellow" in page and "Waiting for verification" in page
    assert "govuk-tag--green" in page
    assert "Contributor" in page and "Admin" in page
    assert reverse("organisation_join") in page


def test_the_organisation_page_shows_its_services_and_users(client, cast):
    client.force_login(cast["org_a_contributor"])
    page = client.get(reverse("organisation_detail", args=[cast.org_a.pk])).content.decode()
    assert "Alpha Restorative Service" in page
    assert "Ada Alpha (admin)" in page
    assert "govuk-summary-list" in page
    assert reverse("service_create", args=[cast.org_a.pk]) not in page


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["organisation_detail", "organisation_users"])
def test_member_pages_take_the_same_queries_whatever_the_number_of_services_and_users(client, cast, page):
    client.force_login(cast["org_a_admin"])
    url = reverse(page, args=[cast.org_a.pk])
    client.get(url)
    before = _count_queries(client, url)
    for n in range(5):
        ServiceFactory(organisation=cast.org_a, parent=cast.service_a, sector_codes=["care", "education"],
                       region_codes=["wales", "london"])
        add_member(UserFactory(), cast.org_a, MembershipRole.CONTRIBUTOR)
        services.invitation_create(organisation=cast.org_a, email=f"n{n}@example.org", role="admin",
                                   by=cast["org_a_admin"])
    assert _count_queries(client, url) == before


def test_the_staff_list_takes_the_same_queries_whatever_the_number_of_organisations(client, cast):
    client.force_login(cast["staff_case_officer"])
    url = reverse("staff_organisations")
    client.get(url)
    before = _count_queries(client, url)
    for _ in range(5):
        ServiceFactory(organisation=OrganisationFactory(status=OrganisationStatus.PENDING))
    assert _count_queries(client, url) == before


def test_the_text_of_emails_is_not_html_escaped(cast):
    subject, text, html = render_email("organisation_rejected", {
        "organisation": OrganisationFactory.build(legal_name="O'Brien & Daughters <Mediation>"),
        "recipient": cast["org_a_admin"],
        "reason": "We can't find \"the\" charity.",
        "link": "https://example.org/x",
    })
    assert subject == "O'Brien & Daughters <Mediation> could not be verified"
    assert "We can't find \"the\" charity." in text
    assert "O&#x27;Brien &amp; Daughters &lt;Mediation&gt;" in html


@pytest.mark.parametrize("template", ["organisation_request_staff", "organisation_request_received",
                                      "organisation_verified", "organisation_rejected",
                                      "organisation_invitation"])
def test_every_email_has_a_subject_a_text_and_an_html_part(cast, template):
    subject, text, html = render_email(template, {
        "organisation": cast.org_a, "recipient": cast["org_a_admin"], "inviter": cast["org_a_admin"],
        "role": "admin", "reason": "A reason.", "link": "https://example.org/x", "again": False,
        "expires_at": cast.org_a.requested_at,
    })
    assert subject and "\n" not in subject
    assert "Alpha Mediation Trust" in text and "Alpha Mediation Trust" in html
    assert "https://example.org/x" in text and 'href="https://example.org/x"' in html


def test_the_dashboard_links_to_each_organisation_and_offers_to_ask_to_join(client, cast):
    client.force_login(cast["org_a_admin"])
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("organisation_detail", args=[cast.org_a.pk]) in page
    assert reverse("organisation_join") in page
    client.force_login(cast["staff_case_officer"])
    assert reverse("organisation_join") not in client.get(reverse("dashboard")).content.decode()


def test_the_join_page_says_why_the_main_contacts_details_are_held(client, cast):
    """PRIV-STAFF-DATA: the main contact's details are held to run the scheme, under data protection
    law, and the page links to the privacy notice; they never reach a public page."""
    client.force_login(cast["practitioner"])
    page = client.get(reverse("organisation_join")).content.decode()
    assert "under data protection law" in page
    assert f'href="{reverse("privacy")}"' in page
    from rsqm.organisations import selectors

    services.service_contact_consent_set(service=cast.service_a, consent=True, by=cast["org_a_admin"])
    contact = selectors.public_contact(cast.service_a)
    assert cast.org_a.contact_email not in (contact.email, contact.phone, contact.website)
    assert cast.org_a.contact_phone not in (contact.email, contact.phone, contact.website)
