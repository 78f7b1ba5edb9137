"""Reads of the public register that its pages and its open data share.

Every public read starts from :func:`public_listings` (verified organisations only) and reads a
service's contact through ``organisations.selectors.public_contact`` (PRIV-CONTACT-SHARE). Each
makes a fixed number of queries whatever the number of services.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse

from rsqm.assessments import certificates, rules
from rsqm.assessments import selectors as award_selectors
from rsqm.assessments.models import HELD_STATUSES, Award, AwardStatus, EndReason
from rsqm.organisations.models import OrganisationStatus, Region, Sector, Service
from rsqm.organisations.selectors import PublicContact, public_contact
from rsqm.register import search
from rsqm.register.models import Listing
from rsqm.register.searchtext import Query

PAGE_SIZE = 20


class Status:
    """The status filter of the register: by default, services that hold the mark on the day."""

    HELD = "held"
    RENEWAL = "renewal"
    ENDED = "ended"
    ALL = "all"
    CHOICES = [
        (HELD, "Holds the mark (renewal in progress included)"),
        (RENEWAL, "Renewal in progress"),
        (ENDED, "Mark ended"),
        (ALL, "All services ever listed"),
    ]


class Sort:
    RELEVANCE = "relevance"
    NAME = "name"
    RENEWAL = "renewal"
    APPROVED = "approved"
    CHOICES = [
        (RELEVANCE, "Best match"),
        (NAME, "Name (A to Z)"),
        (RENEWAL, "Renewal date (soonest first)"),
        (APPROVED, "Approval date (newest first)"),
    ]
    ORDER = {
        RELEVANCE: ("search_rank", "sort_name", "id"),
        NAME: ("sort_name", "id"),
        RENEWAL: ("renewal_on", "sort_name", "id"),
        APPROVED: ("-approved_on", "sort_name", "id"),
    }


def public_listings() -> QuerySet[Listing]:
    """Listings the public may see: services of verified organisations that have an award.

    The few services of organisations that are not verified are looked up once and left out,
    rather than joining every listing to its organisation.
    """
    others = [status for status in OrganisationStatus.values if status != OrganisationStatus.VERIFIED]
    hidden = Service.objects.filter(organisation__status__in=others).values("pk")
    return Listing.objects.filter(first_approved_on__isnull=False).exclude(service_id__in=hidden)


def _with_details(qs: QuerySet[Listing]) -> QuerySet[Listing]:
    return qs.select_related("service__organisation")


#: What a result on the search page shows, and nothing more: the rows are read, not kept.
RESULT_FIELDS = (
    "id", "service_id", "listed_name", "organisation_name", "delivery_partner", "areas_served",
    "service__id", "service__organisation_id", "service__contact_email", "service__contact_phone",
    "service__contact_website", "service__contact_consent", "service__organisation__id",
    "service__organisation__status",
)

_CHOICES: dict[str, tuple[float, tuple]] = {}
#: Sectors and regions are reference data: each web process reads them at most this often.
CHOICES_SECONDS = 300


def attach_names(listings: list[Listing]) -> list[Listing]:
    """Give each listing ``sector_names`` and ``region_names`` (in their usual order): one query."""
    for listing in listings:
        listing.sector_names, listing.region_names = [], []
    if not listings:
        return listings
    by_id = {listing.pk: listing for listing in listings}
    marks = ", ".join(["%s"] * len(by_id))
    sql = (
        f"SELECT t.listing_id, 0, s.position, s.name FROM {Listing.sectors.through._meta.db_table} t "
        f"JOIN {Sector._meta.db_table} s ON s.id = t.sector_id WHERE t.listing_id IN ({marks}) "
        f"UNION ALL SELECT t.listing_id, 1, r.position, r.name FROM {Listing.regions.through._meta.db_table} t "
        f"JOIN {Region._meta.db_table} r ON r.id = t.region_id WHERE t.listing_id IN ({marks}) ORDER BY 1, 2, 3"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*by_id, *by_id])
        for listing_id, kind, _, name in cursor.fetchall():
            listing = by_id[listing_id]
            (listing.region_names if kind else listing.sector_names).append(name)
    return listings


def filter_choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The sectors and the regions a search may filter by, as (code, name): one query, at most
    every :data:`CHOICES_SECONDS` per database in each process (they are reference data)."""
    cached = _CHOICES.get(connection.alias)
    if cached is not None and time.monotonic() - cached[0] < CHOICES_SECONDS:
        return cached[1]
    choices = _read_filter_choices()
    _CHOICES[connection.alias] = (time.monotonic(), choices)
    return choices


def _read_filter_choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    sql = (f"SELECT 0, position, code, name FROM {Sector._meta.db_table} "
           f"UNION ALL SELECT 1, position, code, name FROM {Region._meta.db_table} ORDER BY 1, 2")
    sectors: list[tuple[str, str]] = []
    regions: list[tuple[str, str]] = []
    with connection.cursor() as cursor:
        cursor.execute(sql)
        for kind, _, code, name in cursor.fetchall():
            (regions if kind else sectors).append((code, name))
    return sectors, regions


@dataclass(frozen=True)
class Criteria:
    query: Query
    on: date
    today: date
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    status: str = Status.HELD
    sort: str = ""

    @property
    def order(self) -> str:
        if self.sort in Sort.ORDER and (self.sort != Sort.RELEVANCE or self.query):
            return self.sort
        return Sort.RELEVANCE if self.query else Sort.NAME


@dataclass
class Entry:
    """One service as a register page shows it on a day."""

    listing: Listing
    standing: rules.Standing
    award: Award | None
    contact: PublicContact | None
    awards: list[rules.AwardFacts] = field(default_factory=list)


@dataclass
class Results:
    page: Page
    entries: list[Entry]
    plan: search.Plan
    criteria: Criteria

    @property
    def count(self) -> int:
        return self.page.paginator.count


def filtered(criteria: Criteria, plan: search.Plan, *, ranked: bool, score: bool = True) -> QuerySet[Listing]:
    """The listings that meet ``criteria`` (words, sectors, regions, status on the day)."""
    qs = public_listings()
    if criteria.sectors:
        qs = qs.filter(Exists(Listing.sectors.through.objects.filter(listing_id=OuterRef("pk"),
                                                                     sector__code__in=criteria.sectors)))
    if criteria.regions:
        qs = qs.filter(Exists(Listing.regions.through.objects.filter(listing_id=OuterRef("pk"),
                                                                     region__code__in=criteria.regions)))
    on = criteria.on
    if criteria.status == Status.RENEWAL:
        qs = qs.filter(held_on(on, today=criteria.today, renewal=True))
    elif criteria.status == Status.ENDED:
        qs = qs.filter(first_approved_on__lte=on).exclude(held_on(on, today=criteria.today))
    elif criteria.status == Status.ALL:
        qs = qs.filter(first_approved_on__lte=on)
    else:
        qs = qs.filter(held_on(on, today=criteria.today))
    return search.apply(qs, plan, score=score) if ranked else search.matches(qs, plan)


def held_on(on: date, *, today: date, renewal: bool = False) -> Q:
    """MEM-AWARD-3Y, MEM-RENEWAL: listings whose service holds the mark on ``on`` (with
    ``renewal``: in renewal that day). From its newest award's approval this is a test of the
    listing's own row (that award's held run); before it, of the award periods. No award is
    approved after the day it is recorded, so from today on the row alone answers."""
    newest = Q(approved_on__lte=on) & (Q(held_until__isnull=True) | Q(held_until__gt=on))
    if renewal:
        newest &= Q(renewal_from__lte=on)
    if on >= today:
        return newest
    statuses = [AwardStatus.RENEWAL_IN_PROGRESS] if renewal else list(HELD_STATUSES)
    earlier = Q(approved_on__gt=on) & award_selectors.held_on_exists(on, statuses=statuses)
    return newest | earlier


def entries_for(listings: list[Listing], *, on: date, today: date) -> list[Entry]:
    """Each listing with its standing on ``on``, the award that standing is about, and its public
    contact: one query for all their awards."""
    facts, awards = award_selectors.award_facts_for_services([listing.service_id for listing in listings])
    entries = []
    for listing in listings:
        service_facts = facts.get(listing.service_id, [])
        standing = rules.service_standing_on(service_facts, on, today=today)
        award_id = standing.award_id
        if award_id is None and service_facts:
            award_id = max(service_facts, key=lambda f: (f.approved_on, f.award_id)).award_id
        entries.append(Entry(listing=listing, standing=standing, award=awards.get(award_id),
                             contact=public_contact(listing.service), awards=service_facts))
    return entries


def register_search(criteria: Criteria, page_number) -> Results:
    """One page of the register: a count, the ids of the page's listings in order (a narrow sort,
    however many match), then those listings with their sectors, regions and awards: a fixed
    number of queries, whatever the size of the register."""
    plan = search.plan(criteria.query)
    order = Sort.ORDER[criteria.order]
    count = filtered(criteria, plan, ranked=False).count()
    ids = filtered(criteria, plan, ranked=criteria.order == Sort.RELEVANCE,
                   score=count <= search.RANK_EVERY_MATCH_UP_TO).order_by(*order).values_list("id", flat=True)
    paginator = Paginator(ids, PAGE_SIZE)
    paginator.count = count
    page = paginator.get_page(page_number)
    page_ids = list(page.object_list)
    by_id = {listing.pk: listing for listing in _with_details(Listing.objects.filter(pk__in=page_ids))
             .only(*RESULT_FIELDS)} if page_ids else {}
    listings = attach_names([by_id[pk] for pk in page_ids if pk in by_id])
    page.object_list = listings
    return Results(page=page, entries=entries_for(listings, on=criteria.on, today=criteria.today), plan=plan,
                   criteria=criteria)


# --- One service ----------------------------------------------------------------------------


@dataclass
class ServicePage:
    entry: Entry
    awards: list[Award]
    today: rules.Standing


def public_listing(service_pk) -> Listing | None:
    try:
        pk = int(service_pk)
    except (TypeError, ValueError):
        return None
    listing = _with_details(public_listings().filter(service_id=pk)).first()
    return attach_names([listing])[0] if listing else None


def service_page(listing: Listing, *, today: date) -> ServicePage:
    """Everything the service's page shows: its standing today and its awards, newest first."""
    awards = award_selectors.awards_of_service(listing.service_id)
    facts = [award_selectors.award_facts(award) for award in awards]
    standing = rules.service_standing_on(facts, today, today=today)
    by_id = {award.pk: award for award in awards}
    award = by_id.get(standing.award_id) or (awards[0] if awards else None)
    entry = Entry(listing=listing, standing=standing, award=award, contact=public_contact(listing.service),
                  awards=facts)
    return ServicePage(entry=entry, awards=awards, today=standing)


def standing_on(entry: Entry, on: date, *, today: date) -> rules.Standing:
    return rules.service_standing_on(entry.awards, on, today=today)


# --- Open data ------------------------------------------------------------------------------

#: The columns of the open data, in order, with what each holds. Their names do not change.
OPEN_DATA_COLUMNS: list[tuple[str, str]] = [
    ("certificate_number", "The number on the service's current certificate, like RSQM-K7DX-4MQ9."),
    ("listed_name", "The service's name exactly as the register lists it."),
    ("organisation", "The organisation that runs the service."),
    ("service", "The service's own name within the organisation, where the listed name has one."),
    ("delivery_partner", "The organisation that delivers the service with it, if any."),
    ("sectors", "Sectors the service works in, separated by semicolons in the CSV."),
    ("regions", "English regions and UK nations the service works in, separated by semicolons in the CSV."),
    ("areas_served", "Towns, districts or counties the service covers."),
    ("status", "current, renewal_overdue (renewal date passed, none started yet) or renewal_in_progress."),
    ("approved_on", "Date the current award was approved (YYYY-MM-DD)."),
    ("renewal_on", "Renewal date: 3 years after approval (YYYY-MM-DD)."),
    ("held_until", "Last day the mark is held unless renewed (YYYY-MM-DD); empty while a renewal is in progress."),
    ("register_url", "The service's page on the register."),
    ("certificate_url", "The page that checks the certificate."),
    ("contact_email", "The service's own email address, only where the organisation agreed to open data."),
    ("contact_phone", "The service's own phone number, only where the organisation agreed to open data."),
    ("contact_website", "The service's website, only where the organisation agreed to open data."),
]

OPEN_DATA_LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Restorative Service Quality Mark register",
}


def open_data_contact(service) -> PublicContact | None:
    """The contact the open data may include (PRIV-CONTACT-SHARE, PRIV-NO-MARKETING): only where
    the organisation gave the separate consent to open data, and only what public pages may show
    (a verified organisation's consented service contact, never a named person's)."""
    if not getattr(service, "open_data_consent", False):
        return None
    return public_contact(service)


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@dataclass
class OpenData:
    generated_at: datetime
    generated_on: date
    rows: list[dict]


def open_data(*, now: datetime, today: date) -> OpenData:
    """The whole current register (services holding the mark today), one row per listed service,
    whatever anyone searched for: four queries."""
    listings = attach_names(list(_with_details(public_listings().filter(held_on(today, today=today)))
                                 .order_by("sort_name", "id")))
    rows = []
    for entry in entries_for(listings, on=today, today=today):
        listing, award, standing = entry.listing, entry.award, entry.standing
        contact = open_data_contact(listing.service)
        rows.append({
            "certificate_number": award.certificate_number if award else "",
            "listed_name": listing.listed_name,
            "organisation": listing.organisation_name,
            "service": listing.service_name,
            "delivery_partner": listing.delivery_partner,
            "sectors": listing.sector_names,
            "regions": listing.region_names,
            "areas_served": listing.areas_served,
            "status": standing.state,
            "approved_on": award.approved_on.isoformat() if award else "",
            "renewal_on": award.renewal_on.isoformat() if award else "",
            "held_until": standing.held_until.isoformat() if standing.held_until else "",
            "register_url": _absolute(reverse("register_service", args=[listing.service_id])),
            "certificate_url": _absolute(reverse("verify_certificate",
                                                 args=[certificates.path_form(award.certificate_number)]))
            if award else "",
            "contact_email": contact.email if contact else "",
            "contact_phone": contact.phone if contact else "",
            "contact_website": contact.website if contact else "",
        })
    return OpenData(generated_at=now, generated_on=today, rows=rows)


def end_reason_label(code: str) -> str:
    return EndReason(code).label if code in EndReason.values else ""
