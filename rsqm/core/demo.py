"""Demo data: one user per persona and a handful of invented organisations with services.

Idempotent: running it again changes nothing that exists. Demo mode only. Every person,
address and number is invented; emails use example.org and phones use the ranges Ofcom keeps
for drama.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.db import transaction

from rsqm.accounts.models import AssessorProfile, DbsLevel, Duty, User
from rsqm.core import clock
from rsqm.organisations.models import (
    MembershipRole,
    Organisation,
    OrganisationMembership,
    OrganisationStatus,
    OrganisationType,
    Region,
    Sector,
    Service,
)

DEMO_PASSWORD = "demo-rsqm-2026"


@dataclass(frozen=True)
class DemoLogin:
    persona: str
    email: str
    note: str


LOGINS = [
    DemoLogin("Organisation admin (Northmoor)", "admin@northmoor-mediation.example.org", "admin of Northmoor Mediation Trust"),
    DemoLogin("Organisation contributor (Northmoor)", "contributor@northmoor-mediation.example.org",
              "contributor of Northmoor Mediation Trust"),
    DemoLogin("Organisation admin (Kestrel Vale)", "admin@kestrel-vale-yjs.example.org",
              "admin of Kestrel Vale Borough Council"),
    DemoLogin("Practitioner", "practitioner@example.org", "a practitioner"),
    DemoLogin("Assessor", "assessor@example.org", "assessor, MFA enrolled"),
    DemoLogin("Staff: case officer", "case.officer@rsqm.example.org", "MFA enrolled"),
    DemoLogin("Staff: decision maker", "decision.maker@rsqm.example.org", "MFA enrolled"),
    DemoLogin("Staff: finance", "finance@rsqm.example.org", "MFA enrolled"),
    DemoLogin("Staff: registrar", "registrar@rsqm.example.org", "MFA enrolled"),
    DemoLogin("Staff: administrator", "administrator@rsqm.example.org", "MFA enrolled"),
    DemoLogin("Superuser", "superuser@rsqm.example.org", "MFA enrolled; the only persona that reaches /django-admin/"),
]

ORGANISATIONS = [
    {
        "legal_name": "Northmoor Mediation Trust",
        "type": OrganisationType.VOLUNTARY,
        "charity_number": "1190001",
        "address_line_1": "12 Fictional Row",
        "town": "Northmoor",
        "postcode": "ZZ1 2AB",
        "contact_name": "Morgan Example",
        "contact_email": "office@northmoor-mediation.example.org",
        "contact_phone": "0113 496 0123",
        "status": OrganisationStatus.VERIFIED,
        "services": [
            {"listed_name": "Northmoor Community Mediation", "sectors": ["community"], "regions": ["yorkshire-humber"],
             "areas_served": "Northmoor and the Dale villages", "contact_email": "mediation@northmoor-mediation.example.org",
             "contact_phone": "0113 496 0124", "contact_consent": True},
            {"listed_name": "Northmoor Schools Restorative Practice", "sectors": ["education"], "regions": ["yorkshire-humber"],
             "areas_served": "Northmoor", "contact_email": "schools@northmoor-mediation.example.org",
             "contact_phone": "0113 496 0125", "contact_consent": False},
        ],
    },
    {
        "legal_name": "Kestrel Vale Borough Council",
        "type": OrganisationType.PUBLIC,
        "address_line_1": "Civic Centre, 1 Imaginary Square",
        "town": "Kestrel Vale",
        "postcode": "ZZ3 4CD",
        "contact_name": "Jordan Example",
        "contact_email": "yjs@kestrel-vale-yjs.example.org",
        "contact_phone": "0161 496 0456",
        "status": OrganisationStatus.VERIFIED,
        "services": [
            {"listed_name": "Kestrel Vale Youth Justice Service", "sectors": ["criminal-justice"], "regions": ["north-west"],
             "areas_served": "Kestrel Vale borough", "contact_email": "rj@kestrel-vale-yjs.example.org",
             "contact_phone": "0161 496 0457", "contact_consent": True, "delivery_partner": "Fenwick Restorative Partners"},
        ],
    },
    {
        "legal_name": "Harbourside Restorative CIC",
        "type": OrganisationType.COMMERCIAL,
        "company_number": "ZZ123456",
        "address_line_1": "Unit 4, Pretend Wharf",
        "town": "Harbourside",
        "postcode": "ZZ5 6EF",
        "contact_name": "Riley Example",
        "contact_email": "hello@harbourside-rj.example.org",
        "contact_phone": "0117 496 0789",
        "status": OrganisationStatus.PENDING,
        "services": [
            {"listed_name": "Harbourside Restorative Conferencing", "sectors": ["criminal-justice", "community"],
             "regions": ["south-west"], "areas_served": "Harbourside", "contact_email": "conferencing@harbourside-rj.example.org",
             "contact_phone": "0117 496 0790", "contact_consent": False},
        ],
    },
]


def _user(email: str, full_name: str, **extra) -> tuple[User, bool]:
    user, created = User.objects.get_or_create(email=email, defaults={"full_name": full_name, **extra})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user, created


def _totp(user: User) -> None:
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())


@transaction.atomic
def load_demo() -> list[DemoLogin]:
    now = clock.now()
    orgs: dict[str, Organisation] = {}
    for spec in ORGANISATIONS:
        spec = dict(spec)
        services = spec.pop("services")
        org, _ = Organisation.objects.get_or_create(
            legal_name=spec["legal_name"],
            defaults={**spec, "requested_at": now,
                      "decided_at": now if spec["status"] != OrganisationStatus.PENDING else None},
        )
        orgs[org.legal_name] = org
        for s in services:
            s = dict(s)
            sectors, regions = s.pop("sectors"), s.pop("regions")
            service, created = Service.objects.get_or_create(
                organisation=org, listed_name=s["listed_name"],
                defaults={**s, "created_at": now, "contact_consent_changed_at": now if s.get("contact_consent") else None},
            )
            if created:
                service.sectors.set(Sector.objects.filter(code__in=sectors))
                service.regions.set(Region.objects.filter(code__in=regions))

    northmoor = orgs["Northmoor Mediation Trust"]
    kestrel = orgs["Kestrel Vale Borough Council"]
    harbourside = orgs["Harbourside Restorative CIC"]
    memberships = [
        ("admin@northmoor-mediation.example.org", "Morgan Example", northmoor, MembershipRole.ADMIN),
        ("contributor@northmoor-mediation.example.org", "Casey Example", northmoor, MembershipRole.CONTRIBUTOR),
        ("admin@kestrel-vale-yjs.example.org", "Jordan Example", kestrel, MembershipRole.ADMIN),
        ("admin@harbourside-rj.example.org", "Riley Example", harbourside, MembershipRole.ADMIN),
    ]
    for email, name, org, role in memberships:
        user, _ = _user(email, name)
        OrganisationMembership.objects.get_or_create(user=user, organisation=org,
                                                     defaults={"role": role, "created_at": now})

    _user("practitioner@example.org", "Avery Example", is_practitioner=True)

    assessor, _ = _user("assessor@example.org", "Quinn Example", confidentiality_signed_on=date(2026, 1, 5))
    AssessorProfile.objects.get_or_create(
        user=assessor,
        defaults={"training_completed_on": date(2025, 10, 6), "dbs_checked_on": date(2025, 11, 3),
                  "dbs_level": DbsLevel.ENHANCED, "dbs_reference": "009900112233", "created_at": now},
    )
    _totp(assessor)

    staff = [
        ("case.officer@rsqm.example.org", "Sasha Example", Duty.CASE_OFFICER),
        ("decision.maker@rsqm.example.org", "Drew Example", Duty.DECISION_MAKER),
        ("finance@rsqm.example.org", "Finley Example", Duty.FINANCE),
        ("registrar@rsqm.example.org", "Rowan Example", Duty.REGISTRAR),
        ("administrator@rsqm.example.org", "Alex Example", Duty.ADMINISTRATOR),
    ]
    for email, name, duty in staff:
        user, _ = _user(email, name, is_staff=True, confidentiality_signed_on=date(2026, 1, 5))
        user.groups.add(Group.objects.get(name=duty.label))
        _totp(user)
    su, _ = _user("superuser@rsqm.example.org", "Sam Example", is_staff=True, is_superuser=True,
                  confidentiality_signed_on=date(2026, 1, 5))
    _totp(su)

    from rsqm.register.demo import load_register_demo

    load_register_demo()

    from rsqm.healthcheck.demo import load_demo as load_demo_healthchecks

    load_demo_healthchecks()
    return LOGINS
