"""Periodic jobs of the core, run by the worker's schedule (``rsqm.notifications.schedule``)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction

from rsqm.core import audit, clock
from rsqm.core.models import AuditAddress


@transaction.atomic
def purge_audit_addresses(*, now=None, by=None) -> int:
    """Delete client addresses of audit rows older than ``AUDIT_ADDRESS_RETENTION_DAYS``.

    The audit rows themselves stay; the purge writes an audit row of its own with the count.
    """
    at = now or clock.now()
    cutoff = at - timedelta(days=settings.AUDIT_ADDRESS_RETENTION_DAYS)
    deleted, _ = AuditAddress.objects.filter(recorded_at__lt=cutoff).delete()
    audit.record(
        "audit.addresses_purged",
        by=by,
        detail={"deleted": deleted, "older_than": cutoff.isoformat(),
                "retention_days": settings.AUDIT_ADDRESS_RETENTION_DAYS},
        now=at,
    )
    return deleted
