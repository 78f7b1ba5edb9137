"""Awards: one service's quality mark from one decision, with a certificate number.

An award's status over time is a series of periods that never overlap, each starting on the first
day of its status (``AwardPeriod``). "Did the service hold the mark on D?" is one range query over
them: D falls in a ``current`` or ``renewal_in_progress`` period of one of its awards. Every change
is also kept as an ``AwardStatusChange`` row (who, when, why) and in the audit log.

The assessment lifecycle (applications, visits, decisions) will create awards from decisions;
until then staff record awards made before rsqm, and the demo data makes them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class AwardStatus(models.TextChoices):
    """The status of one award over a period.

    - ``current``: held, from the approval date. Without a renewal it is held until the day before
      the renewal date + 1 month (MEM-AWARD-3Y, MEM-RENEWAL), so the period is stored with that end.
    - ``renewal_in_progress``: held while the renewal assessment runs, until its decision (MEM-RENEWAL).
    - ``ended``: not held, from the effective date, with an ``EndReason`` (MEM-MARK-CEASE, MEM-CEASE).
    - ``superseded``: replaced by the renewal award, from that award's approval date; the service
      still holds the mark through the new award, so this is never shown as ended.
    """

    CURRENT = "current", "Current"
    RENEWAL_IN_PROGRESS = "renewal_in_progress", "Renewal in progress"
    ENDED = "ended", "Ended"
    SUPERSEDED = "superseded", "Replaced by a renewal"


#: The statuses in which the mark is held.
HELD_STATUSES = (AwardStatus.CURRENT, AwardStatus.RENEWAL_IN_PROGRESS)


class EndReason(models.TextChoices):
    WITHDRAWN = "withdrawn", "Withdrawn"
    NOT_RENEWED = "not_renewed", "Not renewed"
    NOT_APPROVED_AT_RENEWAL = "not_approved_at_renewal", "Not approved at renewal"
    MEMBERSHIP_ENDED = "membership_ended", "Membership ended"


class Award(models.Model):
    """The quality mark of one service from one decision.

    ``last_status`` is the status of the award's latest period, which may start in the future (an
    ending recorded today with a later effective date); what holds on a given day is read from the
    periods. ``lapses_on`` is the first day the mark is not held when no renewal is in progress
    (renewal date + 1 month); it is empty once a renewal is in progress or the award has ended.
    """

    service = models.ForeignKey("organisations.Service", on_delete=models.PROTECT, related_name="awards")
    scope = models.TextField(help_text="What was assessed: the service, its sites or local units.")
    certificate_number = models.CharField(max_length=40)
    #: The certificate number in the form it is matched in: upper case, without spaces or hyphens.
    certificate_key = models.CharField(max_length=40, unique=True)
    #: Recorded from the scheme's records of an award made before rsqm (its number kept as it was).
    made_before_rsqm = models.BooleanField(default=False)
    approved_on = models.DateField(db_index=True)
    renewal_on = models.DateField()
    last_status = models.CharField(max_length=30, choices=AwardStatus.choices, default=AwardStatus.CURRENT,
                                   db_index=True)
    lapses_on = models.DateField(null=True, blank=True, db_index=True)
    renewal_started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=30, choices=EndReason.choices, blank=True)
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by",
        help_text="The award this one renews.",
    )
    recorded_at = models.DateTimeField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    recorded_by_label = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-approved_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(renewal_on__gt=F("approved_on")), name="award_renewal_after_approval"),
            models.CheckConstraint(condition=~Q(supersedes=F("id")), name="award_not_own_renewal"),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_number} ({self.service_id})"


class AwardPeriod(models.Model):
    """One stretch of an award's status: from ``starts_on`` (its first day) to the day before
    ``ends_on`` (empty: open-ended). The periods of one award never overlap. ``service`` repeats the
    award's service so that "held on D" is a range query on one indexed table.
    """

    award = models.ForeignKey(Award, on_delete=models.CASCADE, related_name="periods")
    service = models.ForeignKey("organisations.Service", on_delete=models.PROTECT, related_name="award_periods")
    status = models.CharField(max_length=30, choices=AwardStatus.choices)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    reason = models.CharField(max_length=30, choices=EndReason.choices, blank=True)

    class Meta:
        ordering = ["starts_on", "id"]
        indexes = [models.Index(fields=["service", "starts_on"], name="award_period_service_start")]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__isnull=True) | Q(ends_on__gt=F("starts_on")),
                                   name="award_period_not_empty"),
            models.UniqueConstraint(fields=["award", "starts_on"], name="award_period_one_start"),
            models.CheckConstraint(condition=Q(reason="") | Q(status=AwardStatus.ENDED),
                                   name="award_period_reason_only_when_ended"),
        ]

    def __str__(self) -> str:
        return f"{self.award_id}: {self.status} from {self.starts_on}"


class AwardStatusChange(models.Model):
    """One change of an award's status: from, to, effective when, why, recorded when and by whom."""

    award = models.ForeignKey(Award, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=30, choices=AwardStatus.choices, blank=True)
    to_status = models.CharField(max_length=30, choices=AwardStatus.choices)
    effective_on = models.DateField()
    reason = models.CharField(max_length=30, choices=EndReason.choices, blank=True)
    note = models.TextField(blank=True)
    at = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                           related_name="+")
    by_label = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.award_id}: {self.from_status or 'new'} to {self.to_status} on {self.effective_on}"
