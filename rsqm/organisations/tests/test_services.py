"""Restorative services: adding and changing them, local units, and consent to show their contact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rsqm.core.models import AuditEvent
from rsqm.organisations import selectors, services
from rsqm.organisations.models import OrganisationStatus, Region, Sector, Service
from rsqm.testing.factories import ServiceFactory

WHEN = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _fields(**changes):
    fields = {
        "listed_name": "Alpha Restorative Service North",
        "sectors": list(Sector.objects.filter(code__in=["community", "education"])),
        "regions": list(Region.objects.filter(code="north-east")),
        "areas_served": "Exampleton and Sampleford",
        "delivery_partner": "",
        "parent": None,
        "contact_email": "North@Example.org",
        "contact_phone": "0191 496 0000",
        "contact_website": "https://north.example.org",
    }
    return fields | changes


def _post_data(**changes):
    data = {
        "listed_name": "Alpha Restorative Service North",
        "sectors": [str(pk) for pk in Sector.objects.filter(code__in=["community", "education"])
                    .values_list("pk", flat=True)],
        "regions": [str(Region.objects.get(code="north-east").pk)],
        "areas_served": "Exampleton and Sampleford",
        "delivery_partner": "",
        "parent": "",
        "contact_email": "north@example.org",
        "contact_phone": "0191 496 0000",
        "contact_website": "https://north.example.org",
    }
    return data | changes


class TestAddingAndChanging:
    def test_an_admin_adds_a_service_without_consent_to_show_its_contact(self, cast, audit_actions):
        service = services.service_create(organisation=cast.org_a, by=cast["org_a_admin"], now=WHEN,
                                          **_fields(parent=cast.service_a))
        assert service.organisation == cast.org_a
        assert service.contact_email == "north@example.org"
        assert service.contact_consent is False
        assert service.parent == cast.service_a
        assert sorted(service.sectors.values_list("code", flat=True)) == ["community", "education"]
        assert list(service.regions.values_list("code", flat=True)) == ["north-east"]
        assert audit_actions(object_type="organisations.service", object_id=str(service.pk)) == ["service.created"]

    def test_the_pages_add_a_service(self, client, cast):
        client.force_login(cast["org_a_admin"])
        page = client.get(reverse("service_create", args=[cast.org_a.pk])).content.decode()
        assert 'type="checkbox"' in page
        assert "not a named person" in page
        response = client.post(reverse("service_create", args=[cast.org_a.pk]), _post_data())
        service = Service.objects.get(listed_name="Alpha Restorative Service North")
        assert response["Location"] == reverse("service_detail", args=[service.pk])

    def test_bad_answers_are_shown_again_with_what_was_typed(self, client, cast):
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("service_create", args=[cast.org_a.pk]), _post_data(
            listed_name="", sectors=[], contact_email="not an email", contact_phone="12",
            contact_website="not a site", areas_served="Sampleford"))
        page = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in page
        for message in ["Enter the service&#x27;s name", "Select at least one sector",
                        "Enter an email address in the correct format", "Enter a phone number",
                        "Enter a web address"]:
            assert page.count(message) == 2, message
        assert 'value="Sampleford"' in page
        assert 'value="not an email"' in page
        north_east = Region.objects.get(code="north-east").pk
        assert f'value="{north_east}" checked' in page
        assert not Service.objects.filter(areas_served="Sampleford").exists()

    def test_an_admin_changes_a_service_and_the_change_is_audited_old_and_new(self, cast, client):
        client.force_login(cast["org_a_admin"])
        service = cast.service_a
        form = client.get(reverse("service_edit", args=[service.pk])).content.decode()
        assert 'value="Alpha Restorative Service"' in form
        response = client.post(reverse("service_edit", args=[service.pk]),
                               _post_data(listed_name="Alpha Restorative Justice Service"))
        assert response["Location"] == reverse("service_detail", args=[service.pk])
        service.refresh_from_db()
        assert service.listed_name == "Alpha Restorative Justice Service"
        event = AuditEvent.objects.get(action="service.updated")
        assert event.detail["changed"]["listed_name"] == ["Alpha Restorative Service",
                                                          "Alpha Restorative Justice Service"]
        assert event.detail["changed"]["regions"] == [["london"], ["north-east"]]
        assert event.organisation_id == cast.org_a.pk

    def test_changing_nothing_records_nothing(self, cast):
        service = services.service_create(organisation=cast.org_a, by=cast["org_a_admin"], **_fields())
        services.service_update(service=service, by=cast["org_a_admin"], **_fields())
        assert not AuditEvent.objects.filter(action="service.updated").exists()

    def test_contributors_and_other_organisations_cannot_add_or_change(self, cast):
        for persona in ["org_a_contributor", "org_b_admin", "staff_case_officer"]:
            with pytest.raises(PermissionDenied):
                services.service_create(organisation=cast.org_a, by=cast[persona], **_fields())
            with pytest.raises(PermissionDenied):
                services.service_update(service=cast.service_a, by=cast[persona], **_fields())


class TestLocalUnits:
    """APP-LOCAL-FIRST: a local unit names the service it belongs to; the tree never loops."""

    @pytest.fixture
    def tree(self, cast):
        top = cast.service_a
        unit = ServiceFactory(organisation=cast.org_a, listed_name="Alpha North", parent=top)
        sub = ServiceFactory(organisation=cast.org_a, listed_name="Alpha North Schools", parent=unit)
        return top, unit, sub

    def test_a_service_cannot_belong_to_itself_or_to_one_of_its_own_local_units(self, cast, tree):
        top, unit, sub = tree
        for parent in [top, unit, sub]:
            with pytest.raises(ValidationError) as caught:
                services.service_update(service=top, by=cast["org_a_admin"], **_fields(parent=parent))
            assert "parent" in caught.value.message_dict
        top.refresh_from_db()
        assert top.parent is None

    def test_a_service_cannot_belong_to_another_organisations_service(self, cast):
        with pytest.raises(ValidationError) as caught:
            services.service_create(organisation=cast.org_a, by=cast["org_a_admin"],
                                    **_fields(parent=cast.service_b))
        assert caught.value.message_dict["parent"] == ["Choose one of this organisation's own services"]

    def test_the_form_offers_only_the_same_organisations_services_that_make_no_loop(self, cast, tree, client):
        top, unit, sub = tree
        assert list(selectors.parent_choices(cast.org_a, top)) == []
        assert list(selectors.parent_choices(cast.org_a, sub)) == [unit, top]
        assert set(selectors.parent_choices(cast.org_a)) == {top, unit, sub}
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("service_edit", args=[top.pk]), _post_data(parent=str(sub.pk)))
        assert "Choose one of this organisation&#x27;s other services" in response.content.decode()
        response = client.post(reverse("service_edit", args=[top.pk]), _post_data(parent=str(cast.service_b.pk)))
        assert response.status_code == 200
        top.refresh_from_db()
        assert top.parent is None

    def test_a_local_unit_may_move_under_another_service(self, cast, tree):
        top, unit, sub = tree
        services.service_update(service=sub, by=cast["org_a_admin"], **_fields(parent=top))
        sub.refresh_from_db()
        assert sub.parent == top


class TestContactConsent:
    """PRIV-CONTACT-SHARE: the public sees a service's contact only with consent, and only when
    the organisation is verified; a withdrawal applies at once."""

    def test_no_consent_no_public_contact(self, cast):
        assert cast.service_a.contact_consent is False
        assert selectors.public_contact(cast.service_a) is None

    def test_consent_shows_the_services_own_contact(self, cast, audit_actions):
        service = cast.service_a
        assert services.service_contact_consent_set(service=service, consent=True, by=cast["org_a_admin"],
                                                    now=WHEN) is True
        service.refresh_from_db()
        assert (service.contact_consent, service.contact_consent_changed_at) == (True, WHEN)
        contact = selectors.public_contact(Service.objects.select_related("organisation").get(pk=service.pk))
        assert contact == selectors.PublicContact(email=service.contact_email, phone="0113 496 0000", website="")
        event = AuditEvent.objects.get(action="service.contact_consent_given")
        assert event.detail == {"old": False, "new": True}

    def test_withdrawing_consent_hides_the_contact_at_once(self, cast):
        services.service_contact_consent_set(service=cast.service_a, consent=True, by=cast["org_a_admin"])
        seen_by_a_public_page = Service.objects.select_related("organisation").get(pk=cast.service_a.pk)
        assert selectors.public_contact(seen_by_a_public_page) is not None
        services.service_contact_consent_set(service=cast.service_a, consent=False, by=cast["org_a_admin"],
                                             now=WHEN)
        next_request = Service.objects.select_related("organisation").get(pk=cast.service_a.pk)
        assert selectors.public_contact(next_request) is None
        assert next_request.contact_consent_changed_at == WHEN
        event = AuditEvent.objects.get(action="service.contact_consent_withdrawn")
        assert event.detail == {"old": True, "new": False}

    @pytest.mark.parametrize("status", [OrganisationStatus.PENDING, OrganisationStatus.REJECTED])
    def test_an_unverified_organisations_contact_is_never_public(self, cast, status):
        services.service_contact_consent_set(service=cast.service_a, consent=True, by=cast["org_a_admin"])
        cast.org_a.status = status
        cast.org_a.save()
        assert selectors.public_contact(Service.objects.get(pk=cast.service_a.pk)) is None

    def test_consent_to_show_nothing_shows_nothing(self, cast):
        service = ServiceFactory(organisation=cast.org_a, contact_email="", contact_phone="", contact_consent=True)
        assert selectors.public_contact(service) is None

    def test_setting_the_same_value_again_records_nothing(self, cast):
        assert services.service_contact_consent_set(service=cast.service_a, consent=False,
                                                    by=cast["org_a_admin"]) is False
        assert not AuditEvent.objects.filter(action__startswith="service.contact_consent").exists()

    @pytest.mark.parametrize("persona", ["org_a_contributor", "org_b_admin", "staff_registrar"])
    def test_only_the_organisations_admins_decide(self, cast, persona):
        with pytest.raises(PermissionDenied):
            services.service_contact_consent_set(service=cast.service_a, consent=True, by=cast[persona])
        cast.service_a.refresh_from_db()
        assert cast.service_a.contact_consent is False

    def test_the_service_page_asks_in_plain_words_and_the_answer_is_saved(self, client, cast):
        client.force_login(cast["org_a_admin"])
        url = reverse("service_detail", args=[cast.service_a.pk])
        page = client.get(url).content.decode()
        assert "Show these contact details on the public register?" in page
        assert 'value="no" checked' in page
        response = client.post(reverse("service_contact_consent", args=[cast.service_a.pk]), {"consent": "yes"})
        assert response["Location"] == url
        page = client.get(url).content.decode()
        assert 'value="yes" checked' in page
        assert "will be shown on the public register" in page
        client.post(reverse("service_contact_consent", args=[cast.service_a.pk]), {"consent": "no"})
        cast.service_a.refresh_from_db()
        assert cast.service_a.contact_consent is False

    def test_no_answer_is_an_error_on_the_consent_page(self, client, cast):
        client.force_login(cast["org_a_admin"])
        response = client.post(reverse("service_contact_consent", args=[cast.service_a.pk]), {})
        page = response.content.decode()
        assert response.status_code == 200
        assert page.count("Select yes if the contact details may be shown on the public register") == 2
