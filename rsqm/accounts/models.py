"""Users and their roles.

Roles:
- staff: ``is_staff``; their duties (case officer, decision maker, finance, registrar,
  administrator) are permissions held through one group per duty (see ``Duty``);
- assessor: has an ``AssessorProfile``;
- organisation user: admin or contributor of one or more organisations
  (``organisations.OrganisationMembership``);
- practitioner: ``is_practitioner``.
The Django admin is for superusers only; no everyday task needs it.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower


class Duty(models.TextChoices):
    """A staff duty; each is a permission ``accounts.<value>`` held through a group of that name."""

    CASE_OFFICER = "duty_case_officer", "Case officer"
    DECISION_MAKER = "duty_decision_maker", "Decision maker"
    FINANCE = "duty_finance", "Finance"
    REGISTRAR = "duty_registrar", "Registrar"
    ADMINISTRATOR = "duty_administrator", "Administrator"

    @property
    def perm(self) -> str:
        return f"accounts.{self.value}"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(
        "scheme staff", default=False, help_text="A member of the scheme's office."
    )
    is_practitioner = models.BooleanField(default=False)
    confidentiality_signed_on = models.DateField(
        "confidentiality statement signed on",
        null=True,
        blank=True,
        help_text="Staff and assessors reach no organisation's confidential pages without it.",
    )
    date_joined = models.DateTimeField()

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]
        constraints = [models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique")]
        permissions = [(d.value, d.label) for d in Duty]

    def __str__(self) -> str:
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        if self.date_joined is None:
            from rsqm.core import clock

            self.date_joined = clock.now()
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return (self.full_name.split() or [self.email])[0]

    @property
    def is_assessor(self) -> bool:
        return hasattr(self, "assessor_profile")

    def has_duty(self, duty: Duty) -> bool:
        return self.is_active and self.is_staff and self.has_perm(duty.perm)


class DbsLevel(models.TextChoices):
    BASIC = "basic", "Basic"
    STANDARD = "standard", "Standard"
    ENHANCED = "enhanced", "Enhanced"
    ENHANCED_BARRED = "enhanced_barred", "Enhanced with barred lists"


class AssessorProfile(models.Model):
    """What the scheme holds about an assessor's fitness to be assigned (APP-ASSESSOR-FIT).

    The DBS check is held as its date, level and certificate reference only: never the content
    of the disclosure.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessor_profile")
    training_completed_on = models.DateField(null=True, blank=True)
    dbs_checked_on = models.DateField("DBS check date", null=True, blank=True)
    dbs_level = models.CharField("DBS check level", max_length=20, choices=DbsLevel.choices, blank=True)
    dbs_reference = models.CharField(
        "DBS certificate reference", max_length=40, blank=True,
        help_text="The certificate number only. Never record what the disclosure says.",
    )
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Assessor {self.user}"

    def dbs_recheck_due(self, years: int) -> date | None:
        from rsqm.accounts.rules import dbs_recheck_due

        return dbs_recheck_due(self.dbs_checked_on, years)


class ConflictOfInterest(models.Model):
    """A conflict of interest an assessor declared with an organisation (APP-ASSESSOR-FIT)."""

    assessor = models.ForeignKey(AssessorProfile, on_delete=models.CASCADE, related_name="conflicts")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="assessor_conflicts"
    )
    nature = models.CharField(
        max_length=300, help_text="For example: worked there until 2024; a relative is on its board."
    )
    declared_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-declared_on"]

    def __str__(self) -> str:
        return f"{self.assessor.user} — {self.organisation}"


class PreservedForm(models.Model):
    """The fields of a form posted after its session ended, kept to show again after sign-in.

    Held at most ``PRESERVED_FORM_SECONDS``; shown only to the same user on the same path; never
    holds passwords, tokens or files (only the names of files to attach again).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    path = models.CharField(max_length=500)
    fields = models.JSONField(default=dict)
    file_names = models.JSONField(default=list)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.user_id} {self.path}"


class LiveSession(models.Model):
    """A session a user signed in with, so that deactivating the user can end it at once.

    Written when the user signs in, removed when they sign out; a row whose session has already
    expired does no harm (ending it deletes nothing).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M}"
