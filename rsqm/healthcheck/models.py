"""The free organisational healthcheck: a self-rating against each indicator of the standards.

A healthcheck stays on the framework version it started on. Anyone may start one without an
account (it is then held by the browser session, and by a signed resume link it may email);
signing in claims it for the user, and through the user for one of their organisations. The
organisation's latest completed healthcheck is what the application gate reads
(APP-HEALTHCHECK); staff may also record that an organisation is ready (``ReadinessOverride``).

Free texts (notes, reasons, messages) pass the privacy guard before they are stored
(PRIV-NO-RECORD); the audit log never holds them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from rsqm.organisations.models import Organisation
from rsqm.standards.models import Framework, Indicator


class Rating(models.TextChoices):
    """The four-point scale, and "not applicable" (which needs a reason)."""

    NOT_STARTED = "not_started", "Not yet started"
    DEVELOPING = "developing", "Developing"
    PROGRESSING = "progressing_well", "Progressing well"
    IN_PLACE = "fully_in_place", "Fully in place"
    NOT_APPLICABLE = "not_applicable", "Not applicable"


class HealthcheckStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


class Healthcheck(models.Model):
    """One self-assessment of one organisation (or of someone not yet signed in).

    States: ``in_progress`` (answers may change) → ``completed`` (answers fixed; the verdict is
    stored in ``ready`` and the London date in ``completed_on``, the anchor of APP-HEALTHCHECK's
    12 months). Who holds it: nobody yet (``owner`` and ``organisation`` empty: the session and a
    resume link), a user (``owner``), and once chosen the user's ``organisation``. An unclaimed
    healthcheck untouched for ``healthcheck.abandoned_days`` is deleted.
    """

    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="healthchecks")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="healthchecks"
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="healthchecks"
    )
    status = models.CharField(max_length=20, choices=HealthcheckStatus.choices, default=HealthcheckStatus.IN_PROGRESS)
    started_at = models.DateTimeField()
    last_activity_at = models.DateTimeField(db_index=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    ready = models.BooleanField(null=True, blank=True)
    carried_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The earlier healthcheck whose answers this one started with.",
    )
    #: Part of every resume link; a new value makes every link sent before it stop working.
    resume_nonce = models.CharField(max_length=32)
    claimed_at = models.DateTimeField(null=True, blank=True)
    shared_at = models.DateTimeField(null=True, blank=True)
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [
            # The gate: an organisation's latest completed healthcheck.
            models.Index(fields=["organisation", "status", "completed_at"]),
            # The sweep of abandoned healthchecks (``healthchecks_delete_abandoned``).
            models.Index(fields=["owner", "organisation", "last_activity_at"]),
            models.Index(fields=["shared_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(status="in_progress", completed_at__isnull=True, completed_on__isnull=True, ready__isnull=True)
                    | Q(status="completed", completed_at__isnull=False, completed_on__isnull=False,
                        ready__isnull=False)
                ),
                name="healthcheck_completion_stamped",
            ),
        ]

    def __str__(self) -> str:
        return f"Healthcheck {self.pk}"

    @property
    def is_completed(self) -> bool:
        return self.status == HealthcheckStatus.COMPLETED

    @property
    def is_unclaimed(self) -> bool:
        return self.owner_id is None and self.organisation_id is None


class Answer(models.Model):
    """A rating of one indicator in one healthcheck, with a reason when "not applicable".

    ``indicator_key`` copies the indicator's stable key, so answers carry forward to later
    versions and figures compare across them. ``carried_forward`` marks an answer copied from an
    earlier healthcheck and not yet confirmed.
    """

    healthcheck = models.ForeignKey(Healthcheck, on_delete=models.CASCADE, related_name="answers")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    indicator_key = models.CharField(max_length=80, db_index=True)
    rating = models.CharField(max_length=20, choices=Rating.choices)
    na_reason = models.TextField("reason it does not apply", blank=True)
    note = models.TextField(blank=True)
    carried_forward = models.BooleanField(default=False)
    answered_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["healthcheck", "indicator"], name="one_answer_per_indicator"),
            models.CheckConstraint(condition=~Q(rating="not_applicable") | ~Q(na_reason=""),
                                   name="not_applicable_has_reason"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_key}: {self.rating}"


class SupportMessage(models.Model):
    """A message about a healthcheck shared with the scheme's staff: from the organisation, or a
    case officer's reply."""

    healthcheck = models.ForeignKey(Healthcheck, on_delete=models.CASCADE, related_name="messages")
    from_staff = models.BooleanField(default=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    author_label = models.CharField(max_length=300, blank=True)
    body = models.TextField()
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"Message {self.pk} on healthcheck {self.healthcheck_id}"


class ReadinessOverride(models.Model):
    """A case officer's record that an organisation is ready to apply, with the reason.

    Lets the organisation apply until ``healthcheck.override_months`` after ``recorded_on``
    (APP-HEALTHCHECK), whatever its healthcheck says. Never changed once written.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="readiness_overrides")
    reason = models.TextField()
    recorded_at = models.DateTimeField()
    recorded_on = models.DateField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    recorded_by_label = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-recorded_at", "-id"]
        indexes = [models.Index(fields=["organisation", "recorded_on"])]

    def __str__(self) -> str:
        return f"{self.organisation} ready from {self.recorded_on}"


class ResumeLinkRequest(models.Model):
    """One resume link sent, kept only to limit how many go to one address or from one client.

    The address and the client are kept as keyed hashes, never in clear; rows go once they are
    older than every limit's window.
    """

    address_digest = models.CharField(max_length=64)
    client_digest = models.CharField(max_length=64)
    at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["address_digest", "at"]), models.Index(fields=["client_digest", "at"])]

    def __str__(self) -> str:
        return f"Resume link at {self.at:%Y-%m-%d %H:%M}"
