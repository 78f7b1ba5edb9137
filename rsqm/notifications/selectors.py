"""Reads of the outbox for staff pages. Bodies are never loaded: no page may show them."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from rsqm.notifications.models import MessageStatus, OutboxMessage

#: The columns a staff page may show. Not the bodies (they hold personal details and links).
LISTED_FIELDS = (
    "id", "recipient", "template", "subject", "status", "attempts", "last_error",
    "next_attempt_at", "created_at", "sent_at",
)


def outbox_messages(*, status: str | None = None) -> QuerySet[OutboxMessage]:
    """Messages newest first, optionally of one status, without their bodies."""
    messages = OutboxMessage.objects.only(*LISTED_FIELDS).order_by("-created_at", "-id")
    if status:
        messages = messages.filter(status=status)
    return messages


def outbox_status_counts() -> dict[str, int]:
    """How many messages are in each status (every status present, zero if none)."""
    counts = {value: 0 for value in MessageStatus.values}
    for row in OutboxMessage.objects.order_by().values("status").annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    return counts
