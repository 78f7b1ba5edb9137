"""Demo data of the register, and services made in bulk for benchmarks.

``load_register_demo`` lists every service the scheme's own page names as holding the quality mark
(``SEED_HOLDERS``), each with its listed name as that page writes it, split into organisation,
service and delivery partner, and with sectors and regions that fit it. They all hold the mark:
approval dates are spread over the last three years, so that some renew soon and a few are in
renewal. Their contact details are invented: ``example.org`` addresses and phone numbers from the
ranges Ofcom keeps for drama. Invented organisations (Northmoor, Kestrel Vale and the others
below) show every other status: renewal in progress and overdue, replaced by a renewal, and ended
for each reason.

``generate_services`` makes N services of invented organisations in bulk, with listings and awards,
for benchmarks (``rsqm demo --scale N``) and for tests that need a large register. It writes rows
directly, without audit events or status-change rows: it is bench data, for demo mode only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db import connection, transaction

from rsqm.accounts.models import Duty, User
from rsqm.assessments import certificates, rules
from rsqm.assessments import services as award_services
from rsqm.assessments.models import Award, AwardPeriod, AwardStatus
from rsqm.core import clock
from rsqm.organisations.models import (
    Organisation,
    OrganisationStatus,
    OrganisationType,
    Region,
    Sector,
    Service,
)
from rsqm.register import searchtext
from rsqm.register import services as register_services
from rsqm.register.models import Listing

P, V, C = OrganisationType.PUBLIC, OrganisationType.VOLUNTARY, OrganisationType.COMMERCIAL
CJ, CO, CA, ED, OT = "criminal-justice", "community", "care", "education", "other"


@dataclass(frozen=True)
class Holder:
    listed_name: str
    organisation: str
    service: str
    partner: str
    org_type: str
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    areas: str


def _h(listed_name, organisation, service="", partner="", org_type=P, sectors=(CJ,), regions=(), areas=""):
    return Holder(listed_name, organisation, service, partner, org_type, tuple(sectors), tuple(regions), areas)


#: The services that hold the quality mark, as the scheme's page lists them (seed document 000).
SEED_HOLDERS: tuple[Holder, ...] = (
    _h("Atkinson Secure Children's Home", "Atkinson Secure Children's Home", sectors=(CA,),
       regions=("south-west",), areas="Exeter, Devon"),
    _h("Avon and Somerset Restorative Justice Partnership: Bristol Restorative Justice Service delivered by "
       "Neighbourhood Justice Team", "Avon and Somerset Restorative Justice Partnership",
       "Bristol Restorative Justice Service", "Neighbourhood Justice Team", sectors=(CJ, CO),
       regions=("south-west",), areas="Bristol"),
    _h("Avon and Somerset Police: Banes and South Gloucestershire hub, delivered by North East Restorative "
       "Approaches Project", "Avon and Somerset Police", "Banes and South Gloucestershire hub",
       "North East Restorative Approaches Project", regions=("south-west",),
       areas="Bath and North East Somerset, South Gloucestershire"),
    _h("Avon and Somerset Restorative Justice Partnership; Somerset Service, delivered by Somerset Community "
       "Justice Partnership", "Avon and Somerset Restorative Justice Partnership", "Somerset Service",
       "Somerset Community Justice Partnership", sectors=(CJ, CO), regions=("south-west",), areas="Somerset"),
    _h("Blackburn with Darwen Youth Justice Service", "Blackburn with Darwen Youth Justice Service",
       regions=("north-west",), areas="Blackburn with Darwen, Lancashire"),
    _h("Bradford Restorative Justice Hub", "Bradford Restorative Justice Hub", sectors=(CJ, CO),
       regions=("yorkshire-humber",), areas="Bradford, West Yorkshire"),
    _h("Calm Mediation – Restorative Justice Service", "Calm Mediation", "Restorative Justice Service",
       org_type=V, sectors=(CO,), regions=("south-east",)),
    _h("Childs Hill School", "Childs Hill School", sectors=(ED,), regions=("london",), areas="Childs Hill, Barnet"),
    _h("County Durham Youth Offending Service’s Restorative Work", "County Durham Youth Offending Service",
       "Restorative Work", regions=("north-east",), areas="County Durham"),
    _h("Devon Youth Offending Restorative Justice Service", "Devon Youth Offending Service",
       "Restorative Justice Service", regions=("south-west",), areas="Devon"),
    _h("The Dracaena Centre", "The Dracaena Centre", org_type=V, sectors=(CO,), regions=("south-west",),
       areas="Falmouth, Cornwall"),
    _h("Gateshead Youth Offending Team Restorative Justice Service", "Gateshead Youth Offending Team",
       "Restorative Justice Service", regions=("north-east",), areas="Gateshead, Tyne and Wear"),
    _h("Greater Manchester Police, Tameside Division", "Greater Manchester Police", "Tameside Division",
       regions=("north-west",), areas="Tameside, Greater Manchester"),
    _h("HMP Durham - Offender Management and Safer Custody Teams", "HMP Durham",
       "Offender Management and Safer Custody Teams", regions=("north-east",), areas="Durham"),
    _h("Kingston and Richmond Youth Offending Service", "Kingston and Richmond Youth Offending Service",
       regions=("london",), areas="Kingston upon Thames, Richmond upon Thames"),
    _h("Leeds Youth Offending Service", "Leeds Youth Offending Service", regions=("yorkshire-humber",),
       areas="Leeds, West Yorkshire"),
    _h("Leicestershire Youth Offending Service’s Restorative Work", "Leicestershire Youth Offending Service",
       "Restorative Work", regions=("east-midlands",), areas="Leicestershire"),
    _h("Lincolnshire Youth Offending Service", "Lincolnshire Youth Offending Service", regions=("east-midlands",),
       areas="Lincolnshire"),
    _h("Lincolnshire Secure Unit", "Lincolnshire Secure Unit", sectors=(CA,), regions=("east-midlands",),
       areas="Sleaford, Lincolnshire"),
    _h("London Community Rehabilitation Company Restorative Justice Team",
       "London Community Rehabilitation Company", "Restorative Justice Team", org_type=C, regions=("london",),
       areas="London"),
    _h("Luton Youth Offending Service", "Luton Youth Offending Service", regions=("east-of-england",),
       areas="Luton, Bedfordshire"),
    _h("Maidstone Mediation Scheme", "Maidstone Mediation Scheme", org_type=V, sectors=(CO,),
       regions=("south-east",), areas="Maidstone, Kent"),
    _h("Media Academy Cardiff", "Media Academy Cardiff", org_type=V, sectors=(ED, CJ), regions=("wales",),
       areas="Cardiff"),
    _h("The Mediation Service", "The Mediation Service", org_type=V, sectors=(CO,), regions=("south-west",)),
    _h("Medway Mediation, Restorative Justice Service", "Medway Mediation", "Restorative Justice Service",
       org_type=V, sectors=(CO,), regions=("south-east",), areas="Medway, Kent"),
    _h("Monmouth Comprehensive School", "Monmouth Comprehensive School", sectors=(ED,), regions=("wales",),
       areas="Monmouth, Monmouthshire"),
    _h("Northamptonshire Youth Offending Service, Restorative Justice Team",
       "Northamptonshire Youth Offending Service", "Restorative Justice Team", regions=("east-midlands",),
       areas="Northamptonshire"),
    _h("North Wales Police", "North Wales Police", regions=("wales",),
       areas="Anglesey, Conwy, Denbighshire, Flintshire, Gwynedd, Wrexham"),
    _h("Nottingham City Youth Offending Team Restorative Justice Service", "Nottingham City Youth Offending Team",
       "Restorative Justice Service", regions=("east-midlands",), areas="Nottingham"),
    _h("Oxfordshire Youth Offending Service Restorative Justice Service", "Oxfordshire Youth Offending Service",
       "Restorative Justice Service", regions=("south-east",), areas="Oxfordshire"),
    _h("Police & Crime Commissioner for Cheshire Restorative Justice and Mediation Service",
       "Police & Crime Commissioner for Cheshire", "Restorative Justice and Mediation Service", sectors=(CJ, CO),
       regions=("north-west",), areas="Cheshire"),
    _h("Portsmouth Mediation Service - Restorative Justice Service", "Portsmouth Mediation Service",
       "Restorative Justice Service", org_type=V, sectors=(CO,), regions=("south-east",), areas="Portsmouth"),
    _h("Redeeming Our Communities: Restorative Services in Greater Manchester", "Redeeming Our Communities",
       "Restorative Services in Greater Manchester", org_type=V, sectors=(CO,), regions=("north-west",),
       areas="Greater Manchester"),
    _h("Remedi", "Remedi", org_type=V, sectors=(CJ, CO, ED), regions=("yorkshire-humber", "east-midlands"),
       areas="Sheffield, South Yorkshire"),
    _h("Restorative Gloucestershire: Restorative Interventions Service", "Restorative Gloucestershire",
       "Restorative Interventions Service", sectors=(CJ, CO), regions=("south-west",), areas="Gloucestershire"),
    _h("Restorative Solutions, County Durham", "Restorative Solutions", "County Durham", org_type=V,
       sectors=(CJ, CO), regions=("north-east",), areas="County Durham"),
    _h("Restorative Solutions, Bedfordshire County", "Restorative Solutions", "Bedfordshire County", org_type=V,
       sectors=(CJ, CO), regions=("east-of-england",), areas="Bedfordshire"),
    _h("Restorative Solutions, Hampshire County", "Restorative Solutions", "Hampshire County", org_type=V,
       sectors=(CJ, CO), regions=("south-east",), areas="Hampshire"),
    _h("Restorative Solutions, Leicestershire County", "Restorative Solutions", "Leicestershire County",
       org_type=V, sectors=(CJ, CO), regions=("east-midlands",), areas="Leicestershire"),
    _h("Restorative Solutions, Lincolnshire County", "Restorative Solutions", "Lincolnshire County", org_type=V,
       sectors=(CJ, CO), regions=("east-midlands",), areas="Lincolnshire"),
    _h("Restorative Solutions, Northamptonshire County", "Restorative Solutions", "Northamptonshire County",
       org_type=V, sectors=(CJ, CO), regions=("east-midlands",), areas="Northamptonshire"),
    _h("Restorative Thinking Limited", "Restorative Thinking Limited", org_type=C, sectors=(ED, CA),
       regions=("north-east",)),
    _h("RJ Working CIC", "RJ Working CIC", org_type=V, sectors=(CO, CJ), regions=("north-west",)),
    _h("Salford Youth Offending Service Restorative Justice Service", "Salford Youth Offending Service",
       "Restorative Justice Service", regions=("north-west",), areas="Salford, Greater Manchester"),
    _h("Somerset Community Justice Partnership", "Somerset Community Justice Partnership", org_type=V,
       sectors=(CJ, CO), regions=("south-west",), areas="Somerset"),
    _h("Southampton Youth Offending Restorative Justice Service", "Southampton Youth Offending Service",
       "Restorative Justice Service", regions=("south-east",), areas="Southampton"),
    _h("Suffolk Youth Offending Service Restorative Justice Team", "Suffolk Youth Offending Service",
       "Restorative Justice Team", regions=("east-of-england",), areas="Suffolk"),
    _h("Sunderland Youth Offending Service - Restorative Justice Team", "Sunderland Youth Offending Service",
       "Restorative Justice Team", regions=("north-east",), areas="Sunderland, Tyne and Wear"),
    _h("Surrey Youth Support Service", "Surrey Youth Support Service", sectors=(CJ, ED), regions=("south-east",),
       areas="Surrey"),
    _h("Sussex Restorative Justice Partnership (Post-Sentence Service)", "Sussex Restorative Justice Partnership",
       "Post-Sentence Service", regions=("south-east",), areas="East Sussex, West Sussex, Brighton and Hove"),
    _h("Thames Valley Restorative Justice Service", "Thames Valley Restorative Justice Service",
       regions=("south-east",), areas="Berkshire, Buckinghamshire, Oxfordshire"),
    _h("The Essex Restorative and Mediation Service", "The Essex Restorative and Mediation Service",
       sectors=(CJ, CO), regions=("east-of-england",), areas="Essex"),
    _h("The Restorative Justice Team, Cheshire West, Halton and Warrington Youth Offending Service",
       "Cheshire West, Halton and Warrington Youth Offending Service", "The Restorative Justice Team",
       regions=("north-west",), areas="Cheshire West and Chester, Halton, Warrington"),
    _h("The Restorative Justice Team, Essex Youth Offending Service", "Essex Youth Offending Service",
       "The Restorative Justice Team", regions=("east-of-england",), areas="Essex"),
    _h("The Restorative Justice Team, Hampshire Youth Offending Team", "Hampshire Youth Offending Team",
       "The Restorative Justice Team", regions=("south-east",), areas="Hampshire"),
    _h("Trafford Youth Offending Service Restorative Justice Service", "Trafford Youth Offending Service",
       "Restorative Justice Service", regions=("north-west",), areas="Trafford, Greater Manchester"),
    _h("Unite Ltd", "Unite Ltd", org_type=C, sectors=(OT,), regions=("london",)),
    _h("Victims First Northumbria", "Victims First Northumbria", regions=("north-east",),
       areas="Northumberland, Tyne and Wear"),
    _h("Wakefield Youth Offending Team Restorative Justice Service", "Wakefield Youth Offending Team",
       "Restorative Justice Service", regions=("yorkshire-humber",), areas="Wakefield, West Yorkshire"),
    _h("Wales Restorative Approaches Partnership", "Wales Restorative Approaches Partnership", org_type=V,
       sectors=(ED, CO), regions=("wales",), areas="Wales"),
    _h("Warwickshire Youth Justice Service (WYJS)", "Warwickshire Youth Justice Service", regions=("west-midlands",),
       areas="Warwickshire"),
    _h("Wirral Youth Offending Service", "Wirral Youth Offending Service", regions=("north-west",),
       areas="Wirral, Merseyside"),
    _h("Why me? – Restorative Justice Service", "Why me?", "Restorative Justice Service", org_type=V,
       sectors=(CJ, CO), regions=("london",), areas="England and Wales"),
    _h("Wigan Restorative Solutions Team", "Wigan Restorative Solutions Team", regions=("north-west",),
       areas="Wigan, Greater Manchester"),
)

#: Phone ranges Ofcom keeps for drama, by region (each has numbers 0000 to 0999 after the prefix).
DRAMA_PHONES = {
    "london": "020 7946 0", "south-east": "0118 496 0", "south-west": "0117 496 0", "east-of-england": "01632 960",
    "east-midlands": "0115 496 0", "west-midlands": "0121 496 0", "yorkshire-humber": "0113 496 0",
    "north-west": "0161 496 0", "north-east": "0191 498 0", "wales": "029 2018 0", "scotland": "0131 496 0",
    "northern-ireland": "028 9018 0",
}


def _slug(text: str) -> str:
    return re.sub(r"-+", "-", "-".join(searchtext.words(text)))[:50].strip("-") or "service"


def _phone(region: str, number: int) -> str:
    return f"{DRAMA_PHONES.get(region, '01632 960')}{number % 1000:03d}"


def _registrar() -> User | None:
    from rsqm.organisations.selectors import staff_with_duty

    return staff_with_duty(Duty.REGISTRAR).first()


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=clock.LONDON).astimezone(UTC)


def _organisation(name: str, org_type: str, *, town: str, slug: str, phone: str, now) -> Organisation:
    organisation, _ = Organisation.objects.get_or_create(
        legal_name=name,
        defaults={
            "type": org_type, "address_line_1": "1 Demo Street", "town": town[:100] or "Demo Town",
            "postcode": "ZZ99 9ZZ", "contact_name": "Demo Contact",
            "contact_email": f"office@{slug}.example.org", "contact_phone": phone,
            "status": OrganisationStatus.VERIFIED, "requested_at": now, "decided_at": now,
        },
    )
    return organisation


def _service(organisation: Organisation, holder: Holder, *, index: int, now) -> Service:
    slug = _slug(holder.listed_name)
    region = holder.regions[0] if holder.regions else "london"
    consent = index % 3 != 2
    service, created = Service.objects.get_or_create(
        organisation=organisation, listed_name=holder.listed_name,
        defaults={
            "areas_served": holder.areas, "delivery_partner": holder.partner,
            "contact_email": f"referrals@{slug}.example.org", "contact_phone": _phone(region, 100 + index),
            "contact_website": f"https://{slug}.example.org/", "contact_consent": consent,
            "contact_consent_changed_at": now if consent else None,
            "open_data_consent": consent and index % 2 == 0,
            "open_data_consent_changed_at": now if consent and index % 2 == 0 else None,
            "created_at": now,
        },
    )
    if created:
        service.sectors.set(Sector.objects.filter(code__in=holder.sectors))
        service.regions.set(Region.objects.filter(code__in=holder.regions or ("london",)))
    return service


def _scope(holder: Holder) -> str:
    where = f" across {holder.areas}" if holder.areas else ""
    return (f"The restorative service of {holder.organisation}{where}: referrals, preparation, facilitated "
            "meetings and follow-up, with the supervision and training of its practitioners.")


def _split_listing(service: Service, holder: Holder) -> None:
    """The seed's listed name split into its parts, as the registrar would record them."""
    listing = Listing.objects.get(service=service)
    if (listing.organisation_name, listing.service_name, listing.delivery_partner) == (
            holder.organisation, holder.service, holder.partner):
        return
    listing.organisation_name, listing.service_name = holder.organisation, holder.service
    listing.delivery_partner = holder.partner
    register_services._refresh_search(listing, [r.name for r in service.regions.all()])
    listing.save()


def _award_once(service: Service, holder: Holder, *, approved_on: date, now) -> Award | None:
    if service.awards.exists():
        return None
    award = award_services.award_grant(service=service, scope=_scope(holder), approved_on=approved_on, by=None,
                                       now=now)
    _split_listing(service, holder)
    return award


@transaction.atomic
def load_register_demo(*, today: date | None = None) -> int:
    """The seed's holders and the invented organisations' awards (idempotent). Returns how many
    services were given an award this time."""
    now = clock.now()
    today = today or clock.london_date(now)
    made = 0
    count = len(SEED_HOLDERS)
    for index, holder in enumerate(SEED_HOLDERS):
        slug = _slug(holder.organisation)
        region = holder.regions[0] if holder.regions else "london"
        town = holder.areas.split(",")[0] if holder.areas else holder.organisation
        organisation = _organisation(holder.organisation, holder.org_type, town=town, slug=slug,
                                     phone=_phone(region, 500 + index), now=now)
        service = _service(organisation, holder, index=index, now=now)
        # Renewal dates from three weeks ahead to nearly three years ahead, in a spread order.
        position = (index * 37) % count
        renewal_target = today + timedelta(days=21 + position * 17)
        approved_on = clock.add_years(renewal_target, -rules.AWARD_YEARS)
        award = _award_once(service, holder, approved_on=approved_on, now=now)
        if award is None:
            continue
        made += 1
        if position in (1, 3, 5):
            award_services.award_renewal_start(award=award, by=None, started_on=today - timedelta(days=7 * position),
                                               now=now)
    made += _invented_statuses(today=today, now=now)
    return made


# --- Invented organisations that show the other statuses -----------------------------------------

INVENTED = [
    # (organisation, listed name, region, sectors, areas)
    ("Glenhollow Community Safety Partnership", "Glenhollow Restorative Justice Service", "yorkshire-humber",
     (CJ, CO), "Glenhollow and the Hollow valley"),
    ("Marrowby Mediation", "Marrowby Mediation Service", "east-midlands", (CO,), "Marrowby"),
    ("Fellside County Council", "Fellside Youth Justice Service", "north-east", (CJ,), "Fellside county"),
    ("Brackwater Restorative CIC", "Brackwater Restorative Hub", "south-west", (CO, ED), "Brackwater"),
    ("Ashcombe Family Mediation", "Ashcombe Family Mediation", "south-east", (CO, CA), "Ashcombe"),
]


def _invented_service(org_name: str, listed_name: str, region: str, sectors, areas: str, *, index: int,
                      now) -> Service:
    holder = _h(listed_name, org_name, org_type=V, sectors=sectors, regions=(region,), areas=areas)
    organisation = _organisation(org_name, OrganisationType.VOLUNTARY, town=areas.split(" ")[0], slug=_slug(org_name),
                                 phone=_phone(region, 900 + index), now=now)
    return _service(organisation, holder, index=index, now=now)


def _invented_statuses(*, today: date, now) -> int:
    """Awards of the invented organisations: each status and each reason an award can end with."""
    registrar = _registrar()
    made = 0
    by_name = {s.listed_name: s for s in Service.objects.filter(
        listed_name__in=["Northmoor Community Mediation", "Northmoor Schools Restorative Practice",
                         "Kestrel Vale Youth Justice Service"], organisation__status=OrganisationStatus.VERIFIED)}
    scope = "The whole restorative service: referrals, preparation, facilitated meetings and follow-up."

    def grant(service, approved_on):
        return award_services.award_grant(service=service, scope=scope, approved_on=approved_on, by=None,
                                          now=_noon(approved_on))

    # Renewal in progress: the renewal date has passed, the renewal started before it.
    service = by_name.get("Northmoor Community Mediation")
    if service is not None and not service.awards.exists():
        approved = clock.add_years(today - timedelta(days=5), -3)
        award = grant(service, approved)
        award_services.award_renewal_start(award=award, by=None, started_on=today - timedelta(days=40),
                                           now=_noon(today - timedelta(days=40)))
        made += 1
    # Renewal overdue: ten days past the renewal date, no renewal started.
    service = by_name.get("Kestrel Vale Youth Justice Service")
    if service is not None and not service.awards.exists():
        grant(service, clock.add_years(today - timedelta(days=10), -3))
        made += 1
    # Withdrawn two months ago (a registrar's decision, with a reason).
    service = by_name.get("Northmoor Schools Restorative Practice")
    if service is not None and not service.awards.exists() and registrar is not None:
        award = grant(service, today - timedelta(days=700))
        effective = today - timedelta(days=60)
        award_services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=effective,
                                 note="The service stopped keeping its practitioners registered.",
                                 by=registrar, now=_noon(effective))
        made += 1
    for index, (org_name, listed_name, region, sectors, areas) in enumerate(INVENTED):
        service = _invented_service(org_name, listed_name, region, sectors, areas, index=index, now=now)
        if service.awards.exists():
            continue
        made += 1
        if listed_name.startswith("Glenhollow"):
            # Renewed: the first award is replaced by the renewal award nine months ago.
            first = grant(service, clock.add_years(today - timedelta(days=270 + 30), -3))
            started = today - timedelta(days=330)
            award_services.award_renewal_start(award=first, by=None, started_on=started, now=_noon(started))
            award_services.award_renew(award=first, approved_on=today - timedelta(days=270), by=None,
                                       now=_noon(today - timedelta(days=270)))
        elif listed_name.startswith("Marrowby"):
            # Not renewed: lapsed five months ago (the daily sweep recorded it).
            approved = clock.add_months(clock.add_years(today - timedelta(days=150), -3), -1)
            award = grant(service, approved)
            award_services.award_end(award=award, reason=rules.NOT_RENEWED, effective_on=award.lapses_on, by=None,
                                     now=_noon(award.lapses_on))
        elif listed_name.startswith("Fellside") and registrar is not None:
            # Not approved at renewal, two months ago.
            award = grant(service, clock.add_years(today - timedelta(days=40), -3))
            started = today - timedelta(days=150)
            award_services.award_renewal_start(award=award, by=None, started_on=started, now=_noon(started))
            effective = today - timedelta(days=60)
            award_services.award_end(award=award, reason=rules.NOT_APPROVED_AT_RENEWAL, effective_on=effective,
                                     note="The renewal assessment found two standards not met.", by=registrar,
                                     now=_noon(effective))
        elif listed_name.startswith("Brackwater") and registrar is not None:
            # Membership ended a year ago.
            award = grant(service, today - timedelta(days=800))
            effective = today - timedelta(days=365)
            award_services.award_end(award=award, reason=rules.MEMBERSHIP_ENDED, effective_on=effective,
                                     note="The organisation resigned its membership.", by=registrar,
                                     now=_noon(effective))
        elif listed_name.startswith("Ashcombe") and registrar is not None:
            # Current, with a withdrawal recorded today that takes effect in two weeks.
            award = grant(service, today - timedelta(days=500))
            award_services.award_end(award=award, reason=rules.WITHDRAWN, effective_on=today + timedelta(days=14),
                                     note="The service has closed its restorative work.", by=registrar, now=now)
    return made


# --- Services in bulk -----------------------------------------------------------------------------

_FIRST = ["Ash", "Bram", "Brack", "Clay", "Elm", "Fen", "Glen", "Hart", "Holm", "Kest", "Lark", "Marrow",
          "Norr", "Oak", "Pen", "Rook", "Sand", "Thorn", "Wex", "Wyn", "Cold", "Fair", "Hazel", "Mill"]
_SECOND = ["by", "combe", "dale", "ford", "ham", "hollow", "ley", "mere", "mouth", "stead", "ton", "wick",
           "well", "water", "bridge", "field", "gate", "hurst"]
_KINDS = [
    ("{place} Youth Offending Service", (CJ,)),
    ("{place} Youth Justice Service", (CJ,)),
    ("{place} Mediation Service", (CO,)),
    ("{org}: {place} Restorative Justice Service, delivered by {partner}", (CJ, CO)),
    ("{place} Restorative Justice Hub", (CJ, CO)),
    ("{place} Secure Children's Home", (CA,)),
    ("{place} Academy Restorative Practice", (ED,)),
    ("{org}, {place} Division", (CJ,)),
    ("Restorative {place}: Community Conferencing Service", (CO,)),
    ("{place} Victim Services, Restorative Justice Team", (CJ,)),
]
_ORG_KINDS = ["{county} Police", "{county} Community Safety Partnership", "{county} Restorative Partnership",
              "{county} Mediation Trust", "{county} County Council"]
_PARTNERS = ["Neighbourhood Justice Team", "Restorative Approaches Project", "Community Mediation Network",
             "Victim Support Partnership"]
GENERATED_DOMAIN = "generated.example.org"


def _place(rng: random.Random) -> str:
    return rng.choice(_FIRST) + rng.choice(_SECOND)


def generate_services(n: int, *, today: date | None = None, seed: int = 2026) -> int:
    """Make ``n`` services of invented organisations (three to an organisation), each listed with an
    award: most current, some in renewal, overdue or ended. Safe to run again: only the services
    missing from ``n`` are made. Returns how many were made."""
    now = clock.now()
    today = today or clock.london_date(now)
    existing = Service.objects.filter(organisation__contact_email__endswith="@" + GENERATED_DOMAIN).count()
    wanted = max(n - existing, 0)
    if not wanted:
        return 0
    rng = random.Random(seed + existing)
    sectors = {s.code: s for s in Sector.objects.all()}
    regions = list(Region.objects.order_by("position"))
    with transaction.atomic():
        made = _bulk(wanted, start=existing, rng=rng, sectors=sectors, regions=regions, today=today, now=now)
    return made


def _link_rows(through, left: str, right: str, pairs: list[tuple[int, int]]) -> None:
    """Rows of a many-to-many table, written in batches without building a model for each."""
    table = connection.ops.quote_name(through._meta.db_table)
    sql = f"INSERT INTO {table} ({left}, {right}) VALUES (%s, %s)"
    with connection.cursor() as cursor:
        for start in range(0, len(pairs), 2000):
            cursor.executemany(sql, pairs[start:start + 2000])


def _bulk(wanted: int, *, start: int, rng: random.Random, sectors, regions, today: date, now) -> int:
    orgs: list[Organisation] = []
    specs = []
    for i in range(wanted):
        number = start + i
        if i % 3 == 0 or not orgs:
            county = _place(rng)
            org_name = rng.choice(_ORG_KINDS).format(county=county)
            orgs.append(Organisation(
                legal_name=f"{org_name} {number // 3 + 1}", type=OrganisationType.PUBLIC,
                address_line_1="1 Generated Street", town=county, postcode="ZZ99 9ZZ", contact_name="Generated Contact",
                contact_email=f"office{number}@{GENERATED_DOMAIN}", contact_phone="01632 960000",
                status=OrganisationStatus.VERIFIED, requested_at=now, decided_at=now,
            ))
        place = _place(rng)
        region = rng.choice(regions)
        kind, kind_sectors = _KINDS[number % len(_KINDS)]
        partner = rng.choice(_PARTNERS) if "{partner}" in kind else ""
        org_display = orgs[-1].legal_name.rsplit(" ", 1)[0]
        listed = kind.format(place=place, org=org_display, partner=f"{place} {partner}" if partner else "")
        specs.append({
            "org_index": len(orgs) - 1, "listed_name": listed, "place": place, "region": region,
            "sectors": kind_sectors, "partner": f"{place} {partner}" if partner else "",
            "areas": f"{place}, {org_display.split(' ')[0]}", "number": number,
        })
    Organisation.objects.bulk_create(orgs, batch_size=500)
    services = [
        Service(organisation=orgs[s["org_index"]], listed_name=s["listed_name"], areas_served=s["areas"],
                delivery_partner=s["partner"], contact_email=f"service{s['number']}@{GENERATED_DOMAIN}",
                contact_phone=f"01632 960{s['number'] % 1000:03d}", contact_consent=s["number"] % 2 == 0,
                open_data_consent=s["number"] % 4 == 0, created_at=now)
        for s in specs
    ]
    Service.objects.bulk_create(services, batch_size=500)
    _link_rows(Service.sectors.through, "service_id", "sector_id",
               [(svc.pk, sectors[code].pk) for svc, s in zip(services, specs, strict=True) for code in s["sectors"]])
    _link_rows(Service.regions.through, "service_id", "region_id",
               [(svc.pk, s["region"].pk) for svc, s in zip(services, specs, strict=True)])

    used = set(Award.objects.values_list("certificate_key", flat=True))
    awards, listings, terms = [], [], set()
    for svc, s in zip(services, specs, strict=True):
        org = orgs[s["org_index"]]
        # Renewal dates spread over the next three years; some already past.
        renewal_target = today + timedelta(days=rng.randint(-25, 3 * 365))
        approved_on = clock.add_years(renewal_target, -3)
        number = certificates.generate(rng.randrange)
        while certificates.key_of(number) in used:
            number = certificates.generate(rng.randrange)
        used.add(certificates.key_of(number))
        renewal_on = rules.renewal_date(approved_on)
        awards.append(Award(service=svc, scope=f"The restorative service of {org.legal_name} in {s['place']}.",
                            certificate_number=number, certificate_key=certificates.key_of(number),
                            approved_on=approved_on, renewal_on=renewal_on, last_status=AwardStatus.CURRENT,
                            lapses_on=rules.lapse_date(renewal_on), recorded_at=now))
        listing = Listing(service=svc, listed_name=s["listed_name"], organisation_name=org.legal_name,
                          service_name="", delivery_partner=s["partner"], areas_served=s["areas"],
                          certificate_number=number, approved_on=approved_on, renewal_on=renewal_on,
                          first_approved_on=approved_on, created_at=now, updated_at=now)
        listing.search_names, listing.search_places = searchtext.search_fields(
            listed_name=listing.listed_name, organisation_name=listing.organisation_name, service_name="",
            delivery_partner=listing.delivery_partner, areas_served=listing.areas_served,
            region_names=[s["region"].name])
        listing.sort_name = searchtext.sort_key(listing.listed_name)
        terms |= searchtext.vocabulary(listing.search_names, listing.search_places)
        listings.append(listing)
    # Most awards current; some in renewal, some withdrawn a few weeks ago.
    plans = []
    for award in awards:
        roll = rng.random()
        if roll < 0.08 and award.approved_on + timedelta(days=30) < today:
            started = max(min(today, award.renewal_on - timedelta(days=20)), award.approved_on + timedelta(days=1))
            award.last_status, award.lapses_on, award.renewal_started_on = (
                AwardStatus.RENEWAL_IN_PROGRESS, None, started)
            plans.append((AwardStatus.RENEWAL_IN_PROGRESS, started))
        elif roll < 0.13 and award.approved_on + timedelta(days=60) < today:
            ended = max(today - timedelta(days=rng.randint(1, 50)), award.approved_on + timedelta(days=1))
            award.last_status, award.lapses_on, award.ended_on, award.end_reason = (
                AwardStatus.ENDED, None, ended, rules.WITHDRAWN)
            plans.append((AwardStatus.ENDED, ended))
        else:
            plans.append((AwardStatus.CURRENT, None))
    Award.objects.bulk_create(awards, batch_size=500)
    periods = []
    for award, (status, on) in zip(awards, plans, strict=True):
        first_end = on if status != AwardStatus.CURRENT else award.lapses_on
        periods.append(AwardPeriod(award=award, service_id=award.service_id, status=AwardStatus.CURRENT,
                                   starts_on=award.approved_on, ends_on=first_end))
        if status != AwardStatus.CURRENT:
            periods.append(AwardPeriod(award=award, service_id=award.service_id, status=status, starts_on=on,
                                       reason=rules.WITHDRAWN if status == AwardStatus.ENDED else ""))
    AwardPeriod.objects.bulk_create(periods, batch_size=1000)
    for listing, award, (status, on) in zip(listings, awards, plans, strict=True):
        listing.held_until = {AwardStatus.CURRENT: award.lapses_on, AwardStatus.ENDED: on}.get(status)
        listing.renewal_from = on if status == AwardStatus.RENEWAL_IN_PROGRESS else None
    Listing.objects.bulk_create(listings, batch_size=500)
    _link_rows(Listing.sectors.through, "listing_id", "sector_id",
               [(listing.pk, sectors[code].pk) for listing, s in zip(listings, specs, strict=True)
                for code in s["sectors"]])
    _link_rows(Listing.regions.through, "listing_id", "region_id",
               [(listing.pk, s["region"].pk) for listing, s in zip(listings, specs, strict=True)])
    register_services.add_terms(terms)
    return len(services)
