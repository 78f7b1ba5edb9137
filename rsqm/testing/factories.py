"""Factories for tests and demo data. Every name, address and number here is invented."""

from __future__ import annotations

from datetime import date

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

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


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Test Person {n}")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.update_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )
        if create:
            self.save()


def give_totp(user: User, secret: str | None = None) -> str:
    """Enrol ``user`` in TOTP (as the demo and the tests need); returns the secret."""
    secret = secret or generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def make_staff(*duties: Duty, email: str | None = None, totp: bool = True, **extra) -> User:
    from django.contrib.auth.models import Group

    extra.setdefault("confidentiality_signed_on", date(2025, 1, 6))
    user = UserFactory(is_staff=True, **({"email": email} if email else {}), **extra)
    for duty in duties:
        user.groups.add(Group.objects.get(name=duty.label))
    if totp:
        give_totp(user)
    return User.objects.get(pk=user.pk)


def make_assessor(*, email: str | None = None, totp: bool = True, dbs_checked_on: date | None = None,
                  **extra) -> User:
    extra.setdefault("confidentiality_signed_on", date(2025, 1, 6))
    user = UserFactory(**({"email": email} if email else {}), **extra)
    AssessorProfile.objects.create(
        user=user,
        training_completed_on=date(2024, 11, 4),
        dbs_checked_on=dbs_checked_on or clock.add_years(clock.today(), -1),
        dbs_level=DbsLevel.ENHANCED,
        dbs_reference="001234567890",
        created_at=clock.now(),
    )
    if totp:
        give_totp(user)
    return User.objects.get(pk=user.pk)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    legal_name = factory.Sequence(lambda n: f"Example Mediation Trust {n}")
    type = OrganisationType.VOLUNTARY
    charity_number = factory.Sequence(lambda n: f"{1100000 + n}")
    address_line_1 = "1 Example Street"
    town = "Exampleton"
    postcode = "ZZ1 1ZZ"
    contact_name = "Alex Example"
    contact_email = factory.Sequence(lambda n: f"office{n}@example.org")
    contact_phone = "020 7946 0000"
    status = OrganisationStatus.VERIFIED
    requested_at = factory.LazyFunction(clock.now)
    decided_at = factory.LazyFunction(clock.now)


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    listed_name = factory.Sequence(lambda n: f"Example Restorative Service {n}")
    areas_served = "Exampleton"
    contact_email = factory.Sequence(lambda n: f"service{n}@example.org")
    contact_phone = "0113 496 0000"
    created_at = factory.LazyFunction(clock.now)

    @factory.post_generation
    def sector_codes(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(Sector.objects.filter(code__in=extracted or ["community"]))

    @factory.post_generation
    def region_codes(self, create, extracted, **kwargs):
        if create:
            self.regions.set(Region.objects.filter(code__in=extracted or ["london"]))


def add_member(user: User, organisation: Organisation, role: str = MembershipRole.ADMIN) -> OrganisationMembership:
    return OrganisationMembership.objects.create(
        user=user, organisation=organisation, role=role, created_at=clock.now()
    )
