"""The registrar corrects how a service is listed; the organisation's admin gives or withdraws the
separate consent to open data (PRIV-CONTACT-SHARE)."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from rsqm.assessments.tests.helpers import make_award, noon
from rsqm.core.models import AuditEvent
from rsqm.organisations.models import Region, Sector, Service
from rsqm.register import services
from rsqm.register.models import Listing

TODAY = date(2026, 5, 12)


@pytest.fixture
def listing(cast):
    with time_machine.travel(noon(TODAY), tick=False):
        make_award(cast.service_a, approved_on=date(2025, 1, 6))
    return Listing.objects.get(service=cast.service_a)


def correct(listing, by, **changes):
    values = dict(listed_name="Alpha Mediation Trust: Valley Restorative Service, delivered by Kestrel Partners",
                  organisation_name="Alpha Mediation Trust", service_name="Valley Restorative Service",
                  delivery_partner="Kestrel Partners", areas_served="Upper Dale",
                  sectors=Sector.objects.filter(code="community"), regions=Region.objects.filter(code="wales"))
    values.update(changes)
    return services.listing_correct(listing=listing, by=by, **values)


def test_the_registrar_corrects_a_listing_and_search_follows(client, cast, listing):
    with time_machine.travel(noon(TODAY), tick=False):
        correct(listing, cast["staff_registrar"])
        found = client.get("/register/", {"q": "Kestrel Partners"}).context["results"]
        assert [e.listing.pk for e in found.entries] == [listing.pk]
        assert client.get("/register/", {"q": "Upper Dale", "region": "wales"}).context["results"].count == 1
        assert client.get("/register/", {"q": "Exampleton"}).context["results"].count == 0
    event = AuditEvent.objects.get(action="listing.corrected")
    assert event.detail["changed"]["delivery_partner"] == ["", "Kestrel Partners"]
    assert event.organisation_id == cast.org_a.pk


@pytest.mark.parametrize("persona", ["staff_case_officer", "org_a_admin"])
def test_only_the_registrar_corrects_the_register(cast, listing, persona):
    with pytest.raises(PermissionDenied):
        correct(listing, cast[persona])


def test_the_listing_page_keeps_what_was_typed_and_explains_mistakes(client, cast, listing):
    client.force_login(cast["staff_registrar"])
    url = f"/staff/register/listings/{listing.pk}/edit/"
    response = client.post(url, {"listed_name": "Kept name", "organisation_name": "", "sectors": [],
                                 "regions": [Region.objects.get(code="london").pk]})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html and 'value="Kept name"' in html
    response = client.post(url, {"listed_name": "Alpha Restorative Service ", "organisation_name": "Alpha",
                                 "sectors": [Sector.objects.get(code="care").pk],
                                 "regions": [Region.objects.get(code="london").pk]})
    assert response["Location"] == f"/register/services/{cast.service_a.pk}/"
    listing.refresh_from_db()
    assert listing.listed_name == "Alpha Restorative Service" and listing.organisation_name == "Alpha"


def test_priv_contact_share_open_data_consent_is_off_until_the_admin_gives_it(client, cast):
    assert Service.objects.get(pk=cast.service_a.pk).open_data_consent is False
    client.force_login(cast["org_a_admin"])
    page = client.get(f"/organisations/services/{cast.service_a.pk}/consent/").content.decode()
    assert "open data" in page and "copy, reuse and publish" in page and "marketing" in page
    response = client.post(f"/organisations/services/{cast.service_a.pk}/consent/",
                           {"which": "open_data", "open_data": "yes"})
    assert response.status_code == 302
    service = Service.objects.get(pk=cast.service_a.pk)
    assert service.open_data_consent and service.open_data_consent_changed_at
    assert AuditEvent.objects.filter(action="service.open_data_consent_given").exists()
    client.post(f"/organisations/services/{cast.service_a.pk}/consent/", {"which": "open_data", "open_data": "no"})
    assert Service.objects.get(pk=cast.service_a.pk).open_data_consent is False
    # Nothing chosen: the question says so, and the other consent is untouched.
    response = client.post(f"/organisations/services/{cast.service_a.pk}/consent/", {"which": "open_data"})
    assert response.status_code == 200 and "Select yes if the contact details may be included" in \
        response.content.decode()


def test_priv_contact_share_only_the_organisations_admins_choose(client, cast):
    client.force_login(cast["org_a_contributor"])
    response = client.post(f"/organisations/services/{cast.service_a.pk}/consent/",
                           {"which": "open_data", "open_data": "yes"})
    assert response.status_code == 403
    assert Service.objects.get(pk=cast.service_a.pk).open_data_consent is False
