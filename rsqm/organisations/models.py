"""Organisations, the restorative services they run, and who belongs to them.

An organisation is the legal body; it is verified by staff before it can apply or appear on any
public page. A service is the unit that is assessed, awarded and listed; its public contact is
shown only with the organisation's consent (PRIV-CONTACT-SHARE).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class OrganisationType(models.TextChoices):
    PUBLIC = "public", "Public sector"
    VOLUNTARY = "voluntary", "Voluntary or community sector"
    COMMERCIAL = "commercial", "Commercial"


class OrganisationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for verification"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Not verified"


class OrganisationQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(status=OrganisationStatus.VERIFIED)


class Organisation(models.Model):
    """The legal body.

    States: ``pending`` (asked to join; visible only to its own users and staff), ``verified``
    (may apply, may appear on public pages), ``rejected`` (told why; may ask again). The allowed
    moves are ``services.TRANSITIONS``; each is recorded in ``OrganisationStatusChange``.

    The main contact's name, email and phone are ordinary contact data of the organisation's
    staff, held to run the scheme (PRIV-STAFF-DATA); they are never shown on public pages.
    """

    legal_name = models.CharField(max_length=200)
    type = models.CharField(max_length=20, choices=OrganisationType.choices)
    charity_number = models.CharField(max_length=20, blank=True)
    company_number = models.CharField(max_length=20, blank=True)
    address_line_1 = models.CharField("address line 1", max_length=200)
    address_line_2 = models.CharField("address line 2", max_length=200, blank=True)
    town = models.CharField("town or city", max_length=100)
    postcode = models.CharField(max_length=10)
    contact_name = models.CharField("main contact's name", max_length=200)
    contact_email = models.EmailField("main contact's email")
    contact_phone = models.CharField("main contact's phone", max_length=30, blank=True)

    status = models.CharField(
        max_length=20, choices=OrganisationStatus.choices, default=OrganisationStatus.PENDING, db_index=True
    )
    requested_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_reason = models.TextField(blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["legal_name"]

    def __str__(self) -> str:
        return self.legal_name

    @property
    def is_verified(self) -> bool:
        return self.status == OrganisationStatus.VERIFIED


class OrganisationStatusChange(models.Model):
    """One change of an organisation's status: who, from, to, why, when (written with the change)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=OrganisationStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=OrganisationStatus.choices)
    reason = models.TextField(blank=True)
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_label = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.from_status or 'new'} to {self.to_status}"


class MembershipRole(models.TextChoices):
    ADMIN = "admin", "Admin"
    CONTRIBUTOR = "contributor", "Contributor"


class OrganisationMembership(models.Model):
    """A user's place in an organisation: admin (manages its users and services) or contributor."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="org_memberships")
    role = models.CharField(max_length=20, choices=MembershipRole.choices)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="one_membership_per_user")]
        ordering = ["organisation__legal_name"]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} of {self.organisation}"


class Invitation(models.Model):
    """An invitation, by email, to join an organisation; the token is kept only as a hash."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    role = models.CharField(max_length=20, choices=MembershipRole.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} to {self.organisation}"

    def is_open(self, at) -> bool:
        """Neither accepted, cancelled nor past its expiry at the instant ``at``."""
        return self.accepted_at is None and self.revoked_at is None and at < self.expires_at


class Sector(models.Model):
    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=60)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """An English region or one of the other UK nations."""

    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=60)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name


class ServiceQuerySet(models.QuerySet):
    def on_public_pages(self):
        """Only services of verified organisations: the one filter every public page starts from."""
        return self.filter(organisation__status=OrganisationStatus.VERIFIED)


class Service(models.Model):
    """A restorative service: the unit that is assessed, awarded and listed.

    A local unit names its ``parent`` service (the data APP-LOCAL-FIRST needs). The public
    contact is shown on public pages only while ``contact_consent`` is true (PRIV-CONTACT-SHARE);
    it is the service's contact, never a named person's direct line. The register's open data
    includes it only with the separate ``open_data_consent`` as well.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="services")
    listed_name = models.CharField(max_length=250)
    sectors = models.ManyToManyField(Sector, related_name="services")
    regions = models.ManyToManyField(Region, related_name="services")
    areas_served = models.CharField(max_length=500, blank=True, help_text="Towns, districts or counties.")
    delivery_partner = models.CharField(max_length=200, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="local_units",
        help_text="For a local unit: the service it belongs to.",
    )
    contact_email = models.EmailField("public email", blank=True)
    contact_phone = models.CharField("public phone", max_length=30, blank=True)
    contact_website = models.URLField("website", blank=True)
    contact_consent = models.BooleanField(
        "show contact details publicly", default=False,
        help_text="Consent to show this service's contact details to people looking for a service.",
    )
    contact_consent_changed_at = models.DateTimeField(null=True, blank=True)
    open_data_consent = models.BooleanField(
        "include contact details in the register's open data", default=False,
        help_text="Separate consent to include this service's contact details in the register's open data "
                  "downloads, which anyone may copy and reuse (PRIV-CONTACT-SHARE).",
    )
    open_data_consent_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["listed_name"]
        constraints = [
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="service_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.listed_name
