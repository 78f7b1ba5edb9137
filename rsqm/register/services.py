"""Every change to the register's listings.

A listing is made from the service's own details when its first award is recorded
(``listing_ensure``), follows its awards (``listing_sync_awards``, called by the award services in
their transaction), and is corrected by the registrar (``listing_correct``). Each write also
refreshes the searchable text and the vocabulary used to correct misspellings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from rsqm.accounts.models import Duty
from rsqm.core import audit, clock
from rsqm.core.access import is_scheme_staff
from rsqm.organisations.models import Region, Sector, Service
from rsqm.register import searchtext
from rsqm.register.models import Listing, SearchTerm

LISTING_TEXT_FIELDS = ("listed_name", "organisation_name", "service_name", "delivery_partner", "areas_served")


def _refresh_search(listing: Listing, region_names: Iterable[str]) -> None:
    """Set the listing's searchable text and sort name (not saved), and add its words to the vocabulary."""
    listing.search_names, listing.search_places = searchtext.search_fields(
        listed_name=listing.listed_name, organisation_name=listing.organisation_name,
        service_name=listing.service_name, delivery_partner=listing.delivery_partner,
        areas_served=listing.areas_served, region_names=region_names,
    )
    listing.sort_name = searchtext.sort_key(listing.listed_name) or listing.listed_name.lower()[:250]
    add_terms(searchtext.vocabulary(listing.search_names, listing.search_places))


def add_terms(terms: Iterable[str]) -> None:
    """Add words to the vocabulary (those already in it are left alone)."""
    rows = [SearchTerm(term=term, length=len(term)) for term in sorted(set(terms)) if term]
    if rows:
        SearchTerm.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)


def _service_name_from(listed_name: str, organisation_name: str) -> str:
    """The service's own part of a listed name that starts with the organisation's name
    ("X: Y", "X, Y", "X - Y"), or empty."""
    if organisation_name and listed_name.startswith(organisation_name):
        rest = listed_name[len(organisation_name):].lstrip(" :;,-\u2013\u2014").strip()
        if rest and rest != listed_name:
            return rest
    return ""


AWARD_FIELDS = ["certificate_number", "approved_on", "renewal_on", "first_approved_on", "held_until", "renewal_from"]


def _award_fields(listing: Listing, service_id: int) -> None:
    """Copy the newest award's number, dates and held run, and the first approval, onto the listing."""
    from rsqm.assessments import rules
    from rsqm.assessments import selectors as award_selectors

    by_service, awards = award_selectors.award_facts_for_services([service_id])
    facts = by_service.get(service_id, [])
    newest = max(facts, key=lambda f: (f.approved_on, f.award_id), default=None)
    listing.certificate_number = awards[newest.award_id].certificate_number if newest else ""
    listing.approved_on = newest.approved_on if newest else None
    listing.renewal_on = newest.renewal_on if newest else None
    listing.first_approved_on = min((f.approved_on for f in facts), default=None)
    listing.held_until = rules.held_run_end(newest.periods) if newest else None
    listing.renewal_from = rules.renewal_since(newest.periods) if newest else None


@transaction.atomic
def listing_ensure(*, service: Service, by, now=None) -> Listing:
    """The service's listing, made from its own details if it has none yet (MEM-BENEFITS: a holder
    is listed on the public register). Its award fields are brought up to date either way."""
    at = now or clock.now()
    listing = Listing.objects.filter(service=service).first()
    if listing is not None:
        return listing_sync_awards(service=service, now=at)
    organisation = service.organisation
    sectors = list(service.sectors.all())
    regions = list(service.regions.all())
    listing = Listing(
        service=service, listed_name=service.listed_name, organisation_name=organisation.legal_name,
        service_name=_service_name_from(service.listed_name, organisation.legal_name),
        delivery_partner=service.delivery_partner, areas_served=service.areas_served,
        created_at=at, updated_at=at,
    )
    _award_fields(listing, service.pk)
    _refresh_search(listing, [r.name for r in regions])
    listing.save()
    listing.sectors.set(sectors)
    listing.regions.set(regions)
    audit.record("listing.created", by=by, obj=listing, organisation_id=organisation.pk,
                 detail={"service": service.pk, "listed_name": listing.listed_name}, now=at)
    return listing


@transaction.atomic
def listing_sync_awards(*, service: Service, now=None) -> Listing:
    """Bring the listing's copy of its newest award (certificate, approval and renewal dates) and
    its first approval up to date; part of the award action that calls it, which audits."""
    at = now or clock.now()
    listing = Listing.objects.select_for_update().get(service_id=service.pk)
    _award_fields(listing, service.pk)
    listing.updated_at = at
    listing.save(update_fields=[*AWARD_FIELDS, "updated_at"])
    return listing


def _values(listing: Listing) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(listing, name) for name in LISTING_TEXT_FIELDS}
    values["sectors"] = sorted(listing.sectors.values_list("code", flat=True))
    values["regions"] = sorted(listing.regions.values_list("code", flat=True))
    return values


@transaction.atomic
def listing_correct(*, listing: Listing, listed_name: str, organisation_name: str, service_name: str,
                    delivery_partner: str, areas_served: str, sectors: Iterable[Sector], regions: Iterable[Region],
                    by, request=None, now=None) -> Listing:
    """Correct how a service is listed on the register (registrar only).

    The listed name is kept exactly as written (inner spacing and punctuation included); the
    organisation, service and delivery partner are its parts, used by search and shown beside it.
    The old and new values are kept in the audit log.
    """
    if not (is_scheme_staff(by) and by.has_perm(Duty.REGISTRAR.perm)):
        raise PermissionDenied("Only the registrar corrects the register.")
    at = now or clock.now()
    sectors, regions = list(sectors), list(regions)
    locked = Listing.objects.select_for_update().get(pk=listing.pk)
    before = _values(locked)
    errors: dict[str, str] = {}
    locked.listed_name = (listed_name or "").strip()
    locked.organisation_name = (organisation_name or "").strip()
    locked.service_name = (service_name or "").strip()
    locked.delivery_partner = (delivery_partner or "").strip()
    locked.areas_served = (areas_served or "").strip()
    if not locked.listed_name:
        errors["listed_name"] = "Enter the name as it is listed on the register"
    if not locked.organisation_name:
        errors["organisation_name"] = "Enter the organisation's name"
    if not sectors:
        errors["sectors"] = "Select at least one sector"
    if not regions:
        errors["regions"] = "Select at least one region"
    if errors:
        raise ValidationError(errors)
    _refresh_search(locked, [r.name for r in sorted(regions, key=lambda r: r.position)])
    locked.updated_at = at
    locked.full_clean(exclude=["service", "sectors", "regions"])
    locked.save()
    locked.sectors.set(sectors)
    locked.regions.set(regions)
    after = _values(locked)
    changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    if changed:
        audit.record("listing.corrected", by=by, obj=locked, organisation_id=locked.service.organisation_id,
                     detail={"changed": changed}, request=request, now=at)
    for field in locked._meta.concrete_fields:
        setattr(listing, field.attname, getattr(locked, field.attname))
    return listing
