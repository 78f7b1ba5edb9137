"""The named personas every test shares (STYLE.md 9), built once per test that asks for them.

- ``anonymous``: nobody signed in;
- ``org_a_admin`` and ``org_a_contributor``: admin and contributor of organisation A;
- ``org_b_admin``: admin of organisation B;
- ``practitioner``;
- ``assessor``: enrolled in MFA, confidentiality signed, DBS in date;
- ``staff_<duty>``: one staff user per duty, each enrolled in MFA;
- ``superuser``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rsqm.accounts.models import Duty, User
from rsqm.organisations.models import MembershipRole, Organisation, Service
from rsqm.testing.factories import (
    OrganisationFactory,
    ServiceFactory,
    UserFactory,
    add_member,
    give_totp,
    make_assessor,
    make_staff,
)

PERSONAS = [
    "anonymous",
    "org_a_admin",
    "org_a_contributor",
    "org_b_admin",
    "practitioner",
    "assessor",
    "staff_case_officer",
    "staff_decision_maker",
    "staff_finance",
    "staff_registrar",
    "staff_administrator",
    "superuser",
]


@dataclass
class Cast:
    org_a: Organisation
    org_b: Organisation
    service_a: Service
    service_b: Service
    users: dict[str, User | None] = field(default_factory=dict)

    def __getitem__(self, name: str) -> User | None:
        return self.users[name]


def build_cast() -> Cast:
    org_a = OrganisationFactory(legal_name="Alpha Mediation Trust")
    org_b = OrganisationFactory(legal_name="Beta Youth Justice Partnership")
    cast = Cast(
        org_a=org_a,
        org_b=org_b,
        service_a=ServiceFactory(organisation=org_a, listed_name="Alpha Restorative Service"),
        service_b=ServiceFactory(organisation=org_b, listed_name="Beta Restorative Justice Team"),
    )
    u = cast.users
    u["anonymous"] = None
    u["org_a_admin"] = UserFactory(email="alpha.admin@example.org", full_name="Ada Alpha")
    add_member(u["org_a_admin"], org_a, MembershipRole.ADMIN)
    u["org_a_contributor"] = UserFactory(email="alpha.contributor@example.org", full_name="Cal Alpha")
    add_member(u["org_a_contributor"], org_a, MembershipRole.CONTRIBUTOR)
    u["org_b_admin"] = UserFactory(email="beta.admin@example.org", full_name="Bea Beta")
    add_member(u["org_b_admin"], org_b, MembershipRole.ADMIN)
    u["practitioner"] = UserFactory(email="practitioner@example.org", full_name="Pat Practitioner", is_practitioner=True)
    u["assessor"] = make_assessor(email="assessor@example.org", full_name="Ash Assessor")
    for duty in Duty:
        name = "staff_" + duty.value.removeprefix("duty_")
        u[name] = make_staff(duty, email=f"{name.replace('_', '.')}@example.org", full_name=f"Staff {duty.label}")
    su = UserFactory(email="superuser@example.org", full_name="Sam Superuser", is_staff=True, is_superuser=True,
                     confidentiality_signed_on="2025-01-06")
    give_totp(su)
    u["superuser"] = User.objects.get(pk=su.pk)
    return cast
