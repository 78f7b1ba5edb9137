"""The demo data: every holder the scheme's page names holds the mark, listed as written there;
invented organisations show the other statuses; bulk services for benchmarks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from rsqm.assessments import rules
from rsqm.assessments.models import Award, AwardStatus
from rsqm.core import clock
from rsqm.organisations.models import Organisation, Service
from rsqm.register import selectors
from rsqm.register.demo import DRAMA_PHONES, SEED_HOLDERS, generate_services
from rsqm.register.models import Listing
from rsqm.register.searchtext import parse_query

SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "000_b2ca3dd117e78fbd.txt"


def seed_names() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [" ".join(line.strip().lstrip("•").split()) for line in text.splitlines() if line.strip().startswith("•")]


def standing_today(listing):
    criteria = selectors.Criteria(query=parse_query(""), on=clock.today(), today=clock.today())
    return selectors.entries_for([listing], on=criteria.on, today=criteria.today)[0].standing


@pytest.mark.skipif(not SEED.exists(), reason="the seed document is not beside the repository")
def test_the_demo_names_every_holder_of_the_seed_document_as_written():
    assert [holder.listed_name for holder in SEED_HOLDERS] == seed_names()


@pytest.mark.usefixtures("demo")
def test_every_seed_holder_holds_the_mark_and_none_is_shown_ended():
    for holder in SEED_HOLDERS:
        listing = Listing.objects.get(listed_name=holder.listed_name)
        standing = standing_today(listing)
        assert standing.holds_mark, holder.listed_name
        assert not Award.objects.filter(service=listing.service, last_status=AwardStatus.ENDED).exists()


@pytest.mark.usefixtures("demo")
def test_approval_dates_are_spread_so_that_some_renew_soon():
    today = clock.today()
    renewals = sorted(Listing.objects.filter(listed_name__in=[h.listed_name for h in SEED_HOLDERS])
                      .values_list("renewal_on", flat=True))
    assert (renewals[0] - today).days <= 30
    assert (renewals[-1] - today).days > 2 * 365
    assert Award.objects.filter(last_status=AwardStatus.RENEWAL_IN_PROGRESS,
                                service__listed_name__in=[h.listed_name for h in SEED_HOLDERS]).exists()


@pytest.mark.usefixtures("demo")
def test_listed_names_are_split_into_organisation_service_and_partner():
    banes = Listing.objects.get(listed_name__startswith="Avon and Somerset Police: Banes")
    assert (banes.organisation_name, banes.service_name, banes.delivery_partner) == (
        "Avon and Somerset Police", "Banes and South Gloucestershire hub", "North East Restorative Approaches Project")
    bedfordshire = Listing.objects.get(listed_name="Restorative Solutions, Bedfordshire County")
    assert (bedfordshire.organisation_name, bedfordshire.service_name) == ("Restorative Solutions",
                                                                         "Bedfordshire County")
    assert Organisation.objects.get(legal_name="Restorative Solutions").services.count() == 6
    assert {s.code for s in bedfordshire.sectors.all()} == {"criminal-justice", "community"}
    assert {r.code for r in bedfordshire.regions.all()} == {"east-of-england"}
    assert {s.code for s in Listing.objects.get(listed_name="Childs Hill School").sectors.all()} == {"education"}


@pytest.mark.usefixtures("demo")
def test_invented_organisations_show_the_other_statuses():
    states = {listing.listed_name: standing_today(listing) for listing in Listing.objects.all()}
    assert states["Northmoor Community Mediation"].state == rules.RENEWAL_IN_PROGRESS
    assert states["Kestrel Vale Youth Justice Service"].state == rules.RENEWAL_OVERDUE
    assert (states["Northmoor Schools Restorative Practice"].state,
            states["Northmoor Schools Restorative Practice"].reason) == (rules.ENDED, rules.WITHDRAWN)
    assert states["Marrowby Mediation Service"].reason == rules.NOT_RENEWED
    assert states["Fellside Youth Justice Service"].reason == rules.NOT_APPROVED_AT_RENEWAL
    assert states["Brackwater Restorative Hub"].reason == rules.MEMBERSHIP_ENDED
    assert states["Ashcombe Family Mediation"].state == rules.CURRENT  # its withdrawal takes effect later
    assert states["Glenhollow Restorative Justice Service"].state == rules.CURRENT
    assert Award.objects.filter(service__listed_name="Glenhollow Restorative Justice Service",
                                last_status=AwardStatus.SUPERSEDED).exists()


@pytest.mark.usefixtures("demo")
def test_invented_contacts_use_example_org_and_drama_numbers():
    prefixes = tuple(DRAMA_PHONES.values())
    for service in Service.objects.filter(listing__isnull=False):
        assert service.contact_email.endswith(".example.org"), service.contact_email
        assert service.contact_phone.startswith(prefixes), service.contact_phone
        assert re.fullmatch(r"[0-9 ]+", service.contact_phone)


@pytest.mark.usefixtures("demo")
def test_loading_the_demo_again_changes_nothing():
    from rsqm.core.demo import load_demo

    before = (Award.objects.count(), Listing.objects.count(), Service.objects.count())
    load_demo()
    assert (Award.objects.count(), Listing.objects.count(), Service.objects.count()) == before


def test_scale_makes_n_services_with_organisations_listings_and_awards(db):
    assert generate_services(30) == 30
    assert generate_services(30) == 0
    assert generate_services(45) == 15
    generated = Service.objects.filter(organisation__contact_email__endswith="@generated.example.org")
    assert generated.count() == 45
    assert Listing.objects.filter(service__in=generated).count() == 45
    assert Award.objects.filter(service__in=generated).count() == 45
    assert Organisation.objects.filter(contact_email__endswith="@generated.example.org").count() == 15


def test_rsqm_demo_scale(db):
    call_command("demo", "--quiet", "--scale", "12")
    assert Service.objects.filter(organisation__contact_email__endswith="@generated.example.org").count() == 12
