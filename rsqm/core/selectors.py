"""Reads of the core shared by pages and exports."""

from __future__ import annotations

from datetime import date, datetime, time

from django.db.models import Q, QuerySet

from rsqm.core.clock import LONDON
from rsqm.core.models import AuditEvent


def audit_events(
    *,
    action: str = "",
    actor: str = "",
    object_type: str = "",
    object_id: str = "",
    organisation_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> QuerySet[AuditEvent]:
    """Audit rows filtered as the staff page asks; dates are London dates, both ends included."""
    qs = AuditEvent.objects.select_related("address")
    if action:
        qs = qs.filter(action__startswith=action)
    if actor:
        qs = qs.filter(actor_label__icontains=actor)
    if object_type:
        qs = qs.filter(object_type=object_type)
    if object_id:
        qs = qs.filter(object_id=object_id)
    if organisation_id is not None:
        qs = qs.filter(Q(organisation_id=organisation_id))
    if date_from:
        qs = qs.filter(at__gte=datetime.combine(date_from, time.min, tzinfo=LONDON))
    if date_to:
        qs = qs.filter(at__lt=datetime.combine(date_to, time.max, tzinfo=LONDON))
    return qs.order_by("-at", "-id")


def audit_actions() -> list[str]:
    return list(AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct())
