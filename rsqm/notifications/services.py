"""Delivering the outbox, and the staff action on it.

Delivery steps for one due message (``outbox_deliver_due`` runs them for a batch):

1. **Claim** it with one conditional ``UPDATE`` whose row count is checked: a row is claimable
   when it is ``pending`` and due, or ``sending`` with an expired claim (its worker died). The
   claim sets ``sending``, ``claimed_by``, ``claimed_until`` and counts the attempt, so a message
   that kills its worker still runs out of attempts. This works the same on SQLite and
   PostgreSQL (``select_for_update(skip_locked=True)`` does nothing on SQLite).
2. **Send** it outside any transaction (on SQLite every ``atomic()`` takes the write lock), with
   the ``Message-ID`` fixed at enqueue, so a retry after an uncertain send is recognisable.
3. **Record** the outcome, again conditionally on still holding the claim: ``sent``; or back to
   ``pending`` with an exponential back-off; or ``failed`` after ``OUTBOX_MAX_ATTEMPTS``.

Delivery is at least once: a worker that dies after the mail server accepted a message but
before step 3 leaves a claim that expires, and the message is sent again with the same id.
"""

from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import OperationalError, transaction
from django.db.models import F, Q

from rsqm.core import audit, clock
from rsqm.notifications.models import MessageStatus, OutboxMessage

logger = logging.getLogger(__name__)

#: Which status may follow which. Delivery and the staff retry move rows only along these edges,
#: each with a conditional update on the "from" status.
TRANSITIONS: dict[str, set[str]] = {
    MessageStatus.PENDING: {MessageStatus.SENDING},
    MessageStatus.SENDING: {MessageStatus.SENT, MessageStatus.PENDING, MessageStatus.FAILED,
                            MessageStatus.SENDING},  # SENDING → SENDING: an expired claim taken again
    MessageStatus.SENT: set(),
    MessageStatus.FAILED: {MessageStatus.PENDING},  # only by staff: outbox_message_retry
}

#: The longest wait between two attempts, however many attempts have failed.
MAX_BACKOFF = timedelta(hours=6)
DEFAULT_BATCH = 50
ERROR_LENGTH = 200
LOCK_RETRIES = 12  # about two seconds in all

T = TypeVar("T")


def retry_if_locked(func: Callable[..., T]) -> Callable[..., T]:
    """Run ``func`` again, briefly, if SQLite reports a lock ("database is locked", or "database
    table is locked" from a shared-cache database); any other error, or a lock that outlasts the
    retries, propagates.

    SQLite's own busy timeout covers ordinary contention; this covers the rest, so that a worker
    that has sent a message records it rather than leave it to be sent again.
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        delay = 0.01
        for attempt in range(LOCK_RETRIES):
            try:
                return func(*args, **kwargs)
            except OperationalError as exc:
                if "is locked" not in str(exc).lower() or attempt == LOCK_RETRIES - 1:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)
        raise AssertionError("unreachable")

    return wrapper


class OutboxError(Exception):
    """An outbox action that is not allowed in the message's current status."""


@dataclass
class DeliveryCounts:
    """What one call of :func:`outbox_deliver_due` did."""

    sent: int = 0
    retrying: int = 0  # failed this time, back to pending with a later next_attempt_at
    failed: int = 0  # failed for the last time
    lost: int = 0  # claimed by another worker first, or our claim ran out before we finished
    given_up: int = 0  # claims of dead workers that had already used every attempt

    @property
    def total(self) -> int:
        return self.sent + self.retrying + self.failed + self.given_up

    def __str__(self) -> str:
        return (f"sent={self.sent} retrying={self.retrying} failed={self.failed} "
                f"lost={self.lost} given_up={self.given_up}")


def backoff_delay(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failure: ``OUTBOX_BACKOFF_SECONDS · 2^(attempts−1)``,
    never more than :data:`MAX_BACKOFF`."""
    exponent = min(max(attempts - 1, 0), 30)  # 2**30 seconds is already far beyond the cap
    return min(timedelta(seconds=settings.OUTBOX_BACKOFF_SECONDS * 2**exponent), MAX_BACKOFF)


def short_error(exc: BaseException) -> str:
    """A one-line description of a sending error for ``last_error``.

    Only the exception's class and the first line of its text, with any link removed: SMTP
    servers echo what they were sent, and a message body or a link must never reach a staff page.
    """
    code = getattr(exc, "smtp_code", None)
    text = getattr(exc, "smtp_error", None)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if text is None:
        text = str(exc)
    first_line = (text.strip().splitlines() or [""])[0]
    first_line = re.sub(r"\b(?:https?|ftp)://\S+|\bwww\.\S+", "[link]", first_line)
    label = type(exc).__name__ + (f" {code}" if code else "")
    return f"{label}: {first_line}"[:ERROR_LENGTH] if first_line else label[:ERROR_LENGTH]


def _claimable(at: datetime) -> Q:
    """Due ``pending`` rows, and expired claims that still have an attempt left."""
    return Q(status=MessageStatus.PENDING, next_attempt_at__lte=at) | Q(
        status=MessageStatus.SENDING, claimed_until__lt=at, attempts__lt=settings.OUTBOX_MAX_ATTEMPTS
    )


@retry_if_locked
def outbox_due_ids(*, now: datetime, limit: int = DEFAULT_BATCH) -> list[int]:
    """Ids of messages a worker may claim at ``now``, oldest due first."""
    return list(
        OutboxMessage.objects.filter(_claimable(now))
        .order_by("next_attempt_at", "id")
        .values_list("id", flat=True)[:limit]
    )


@retry_if_locked
def outbox_give_up_dead_claims(*, now: datetime) -> int:
    """Mark ``failed`` the expired claims whose message has used every attempt.

    A message whose sending kills the worker (or outlasts every claim) never reaches step 3;
    without this it would be claimed for ever.
    """
    count = OutboxMessage.objects.filter(
        status=MessageStatus.SENDING,
        claimed_until__lt=now,
        attempts__gte=settings.OUTBOX_MAX_ATTEMPTS,
    ).update(
        status=MessageStatus.FAILED,
        claimed_by="",
        claimed_until=None,
        last_error="Delivery did not finish before its claim expired, on the last attempt",
    )
    if count:
        logger.warning("outbox: gave up on %d message(s) whose last attempt never finished", count)
    return count


@retry_if_locked
def outbox_claim(*, message_id: int, worker_id: str, now: datetime) -> bool:
    """Claim one message for ``worker_id``; ``False`` if another worker got there first."""
    claimed = (
        OutboxMessage.objects.filter(pk=message_id)
        .filter(_claimable(now))
        .update(
            status=MessageStatus.SENDING,
            claimed_by=worker_id,
            claimed_until=now + timedelta(seconds=settings.OUTBOX_CLAIM_SECONDS),
            attempts=F("attempts") + 1,
        )
    )
    return claimed == 1


@retry_if_locked
def _load(message_id: int) -> OutboxMessage:
    return OutboxMessage.objects.get(pk=message_id)


def build_email(message: OutboxMessage, *, connection=None) -> EmailMultiAlternatives:
    """The email for an outbox row: text body, HTML alternative, the row's fixed Message-ID."""
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.recipient],
        headers={"Message-ID": message.message_id},
        connection=connection,
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    return email


@retry_if_locked
def _mark_sent(message: OutboxMessage, *, worker_id: str, at: datetime) -> bool:
    return (
        OutboxMessage.objects.filter(pk=message.pk, status=MessageStatus.SENDING, claimed_by=worker_id)
        .update(status=MessageStatus.SENT, sent_at=at, claimed_until=None, last_error="")
        == 1
    )


@retry_if_locked
def _mark_failed_attempt(message: OutboxMessage, *, worker_id: str, at: datetime, error: str) -> str | None:
    """Record a failed attempt; returns the new status, or ``None`` if the claim was lost."""
    final = message.attempts >= settings.OUTBOX_MAX_ATTEMPTS
    status = MessageStatus.FAILED if final else MessageStatus.PENDING
    changes = {"status": status, "claimed_until": None, "last_error": error}
    if not final:
        changes["next_attempt_at"] = at + backoff_delay(message.attempts)
    updated = OutboxMessage.objects.filter(
        pk=message.pk, status=MessageStatus.SENDING, claimed_by=worker_id
    ).update(**changes)
    return status if updated == 1 else None


def outbox_deliver_one(
    message: OutboxMessage, *, worker_id: str, connection=None, now: datetime | None = None
) -> str:
    """Send one message this worker has claimed and record the outcome.

    Returns ``"sent"``, ``"retrying"``, ``"failed"`` or ``"lost"`` (our claim was taken over
    while we were sending; the other worker records the outcome).
    """
    try:
        sent = build_email(message, connection=connection).send()
        if not sent:
            raise RuntimeError("the mail backend accepted no message")
    except Exception as exc:  # noqa: BLE001 - any failure to send is recorded and retried
        if connection is not None:
            try:
                connection.close()  # a broken SMTP session must not poison the next message
            except Exception:  # noqa: BLE001
                pass
        error = short_error(exc)
        status = _mark_failed_attempt(message, worker_id=worker_id, at=now or clock.now(), error=error)
        if status is None:
            logger.warning("outbox: message %s failed (%s) but its claim was lost", message.pk, error)
            return "lost"
        if status == MessageStatus.FAILED:
            logger.error("outbox: message %s (%s) failed for good after %d attempts: %s",
                         message.pk, message.template, message.attempts, error)
            return "failed"
        logger.warning("outbox: message %s (%s) attempt %d failed, will retry: %s",
                       message.pk, message.template, message.attempts, error)
        return "retrying"
    if not _mark_sent(message, worker_id=worker_id, at=now or clock.now()):
        logger.warning("outbox: message %s was sent but its claim had been taken over; "
                       "it may be delivered twice, with the same Message-ID", message.pk)
        return "lost"
    logger.info("outbox: sent message %s (%s) %s", message.pk, message.template, message.message_id)
    return "sent"


def outbox_deliver_due(
    *,
    worker_id: str,
    now: datetime | None = None,
    limit: int = DEFAULT_BATCH,
    connection=None,
    should_stop: Callable[[], bool] = lambda: False,
) -> DeliveryCounts:
    """Claim and send up to ``limit`` due messages; returns what happened.

    Safe to run in any number of workers at once: each message is claimed by exactly one. Call
    it outside any transaction. ``now`` pins the clock (tests); otherwise each claim and each
    outcome is stamped with the time it happens, so a slow batch does not shorten its claims.
    ``should_stop`` is asked before each claim, so a worker told to stop finishes the message
    in hand and claims no more.
    """
    counts = DeliveryCounts()
    at = now or clock.now()
    counts.given_up = outbox_give_up_dead_claims(now=at)
    ids = outbox_due_ids(now=at, limit=limit)
    if not ids:
        return counts
    mail = connection or get_connection()
    try:
        for message_id in ids:
            if should_stop():
                break
            if not outbox_claim(message_id=message_id, worker_id=worker_id, now=now or clock.now()):
                counts.lost += 1
                continue
            message = _load(message_id)
            outcome = outbox_deliver_one(message, worker_id=worker_id, connection=mail, now=now)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
    finally:
        if connection is None:
            try:
                mail.close()
            except Exception:  # noqa: BLE001 - closing a dead SMTP session is not an error of ours
                pass
    return counts


@transaction.atomic
def outbox_message_retry(*, message_id: int, by, now: datetime | None = None, request=None) -> OutboxMessage:
    """Staff: put a ``failed`` message back to ``pending`` with a fresh set of attempts.

    Raises :class:`OutboxError` if the message is not ``failed`` (it may have been retried by
    someone else a moment ago).
    """
    at = now or clock.now()
    message = OutboxMessage.objects.only("id", "status", "attempts", "template", "recipient").get(pk=message_id)
    if message.status != MessageStatus.FAILED:
        raise OutboxError("Only a failed message can be retried.")
    previous_attempts = message.attempts
    updated = OutboxMessage.objects.filter(pk=message_id, status=MessageStatus.FAILED).update(
        status=MessageStatus.PENDING, attempts=0, next_attempt_at=at, claimed_by="", claimed_until=None
    )
    if updated != 1:
        raise OutboxError("Only a failed message can be retried.")
    message.refresh_from_db(fields=["status", "attempts"])
    audit.record(
        "outbox.retried",
        by=by,
        obj=message,
        request=request,
        detail={"template": message.template, "previous_attempts": previous_attempts},
        now=at,
    )
    return message
