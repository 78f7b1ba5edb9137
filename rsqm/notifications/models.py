"""The outbox: messages written in the same transaction as their cause, delivered by the worker."""

from __future__ import annotations

from django.db import models


class MessageStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class OutboxMessage(models.Model):
    """One email to one recipient.

    States: ``pending`` (waiting for ``next_attempt_at``) → ``sending`` (claimed by one worker
    until ``claimed_until``; a claim that expires is taken again) → ``sent``, or back to
    ``pending`` with a later ``next_attempt_at`` after a failure, or ``failed`` after
    ``OUTBOX_MAX_ATTEMPTS``. ``attempts`` counts claims, so a try whose worker died counts too.
    Staff may put a ``failed`` message back to ``pending``. The ``message_id`` is fixed when the
    row is written, so a retry after an uncertain send carries the same ``Message-ID``. The body
    is rendered when the row is written; staff pages never show it. Delivery lives in
    ``notifications.services``.
    """

    idempotency_key = models.CharField(max_length=200, unique=True)
    template = models.CharField(max_length=120)
    recipient = models.EmailField()
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    message_id = models.CharField(max_length=200, unique=True)
    status = models.CharField(max_length=20, choices=MessageStatus.choices, default=MessageStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    claimed_by = models.CharField(max_length=64, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The worker's sweep: due pending rows, and expired claims.
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["status", "claimed_until"]),
        ]

    def __str__(self) -> str:
        return f"{self.template} to {self.recipient} ({self.status})"


class PeriodicRun(models.Model):
    """When each periodic job next runs; claimed with a conditional update so one worker runs it."""

    name = models.CharField(max_length=80, unique=True)
    next_run_at = models.DateTimeField()
    claimed_by = models.CharField(max_length=64, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    def __str__(self) -> str:
        return self.name
