"""Writing to the audit log: the one function every service calls.

The row is written in the caller's transaction, so a rolled-back action leaves no audit row.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from rsqm.core import clock
from rsqm.core.models import AuditAddress, AuditEvent


def actor_label(user: Any) -> str:
    if user is None or not getattr(user, "is_authenticated", False):
        return ""
    name = getattr(user, "full_name", "") or ""
    email = getattr(user, "email", "") or ""
    return f"{name} <{email}>" if name else email


def client_address(request: Any) -> str | None:
    """The client's address as Django sees it (the proxy, if any, sets REMOTE_ADDR correctly)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    action: str,
    *,
    by: Any = None,
    obj: models.Model | None = None,
    organisation_id: int | None = None,
    detail: dict[str, Any] | None = None,
    request: Any = None,
    label: str | None = None,
    now=None,
) -> AuditEvent:
    """Append one audit row.

    ``by`` is the acting user (``None`` for the system); ``obj`` the object acted on; ``detail``
    small structured facts (ids, old and new values of short fields), never content or secrets.
    """
    at = now or clock.now()
    if organisation_id is None and obj is not None:
        organisation_id = _organisation_of(obj)
    event = AuditEvent.objects.create(
        at=at,
        actor=by if getattr(by, "is_authenticated", False) else None,
        actor_label=label if label is not None else actor_label(by),
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_label=str(obj)[:300] if obj is not None else "",
        organisation_id=organisation_id,
        detail=detail or {},
    )
    ip = client_address(request)
    if ip:
        AuditAddress.objects.create(event=event, ip_address=ip, recorded_at=at)
    return event


def _organisation_of(obj: models.Model) -> int | None:
    if obj._meta.label_lower == "organisations.organisation":
        return obj.pk
    return getattr(obj, "organisation_id", None)
