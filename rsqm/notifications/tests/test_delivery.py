"""Delivering the outbox: claims, retries with back-off, giving up, and the fixed Message-ID."""

from __future__ import annotations

import email
import smtplib
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail

from rsqm.notifications.models import MessageStatus, OutboxMessage
from rsqm.notifications.services import (
    MAX_BACKOFF,
    backoff_delay,
    outbox_claim,
    outbox_deliver_due,
    outbox_deliver_one,
    short_error,
)

pytestmark = pytest.mark.django_db

WORKER = "web1-100-aaaaaaaa"
START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def test_a_due_message_is_sent_with_its_message_id_sender_and_both_bodies(make_message, settings, mailoutbox):
    message = make_message(now=START)
    counts = outbox_deliver_due(worker_id=WORKER, now=START)
    assert (counts.sent, counts.retrying, counts.failed) == (1, 0, 0)
    [sent] = mailoutbox
    assert sent.message()["Message-ID"] == message.message_id
    assert sent.from_email == settings.DEFAULT_FROM_EMAIL
    assert sent.to == [message.recipient]
    assert sent.subject == message.subject
    assert sent.body == message.body_text
    assert [tuple(a) for a in sent.alternatives] == [(message.body_html, "text/html")]
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.sent_at == START
    assert message.attempts == 1
    assert message.claimed_by == WORKER and message.claimed_until is None


def test_a_sent_message_is_not_sent_again(make_message, mailoutbox):
    make_message(now=START)
    outbox_deliver_due(worker_id=WORKER, now=START)
    counts = outbox_deliver_due(worker_id=WORKER, now=START + timedelta(days=1))
    assert counts.total == 0
    assert len(mailoutbox) == 1


def test_a_message_is_not_sent_before_it_is_due(make_message, mailoutbox):
    make_message(now=START + timedelta(minutes=5))
    assert outbox_deliver_due(worker_id=WORKER, now=START).total == 0
    assert mailoutbox == []


def test_a_message_without_html_is_sent_as_plain_text(make_message, mailoutbox):
    make_message(html="")
    outbox_deliver_due(worker_id=WORKER)
    assert mailoutbox[0].alternatives == []


def test_a_refusing_mail_server_leaves_the_message_pending_with_a_later_attempt(
    make_message, refusing_mail, settings, mailoutbox
):
    message = make_message(now=START)
    counts = outbox_deliver_due(worker_id=WORKER, now=START)
    assert (counts.sent, counts.retrying) == (0, 1)
    message.refresh_from_db()
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 1
    assert message.next_attempt_at == START + timedelta(seconds=settings.OUTBOX_BACKOFF_SECONDS)
    assert message.claimed_until is None
    assert message.last_error.startswith("SMTPDataError 451")
    assert "https://" not in message.last_error and "[link]" in message.last_error

    # Not due yet: the back-off holds even if the server would now accept it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox_deliver_due(worker_id=WORKER, now=START + timedelta(seconds=1)).total == 0

    with time_machine.travel(message.next_attempt_at, tick=False):
        counts = outbox_deliver_due(worker_id=WORKER)
    assert counts.sent == 1
    [sent] = mailoutbox
    assert sent.message()["Message-ID"] == message.message_id
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.attempts == 2
    assert message.last_error == ""


def test_the_back_off_doubles_after_each_failure(make_message, refusing_mail, settings):
    message = make_message(now=START)
    at = START
    waits = []
    for _ in range(4):
        outbox_deliver_due(worker_id=WORKER, now=at)
        message.refresh_from_db()
        waits.append(message.next_attempt_at - at)
        at = message.next_attempt_at
    base = settings.OUTBOX_BACKOFF_SECONDS
    assert waits == [timedelta(seconds=base * 2**n) for n in range(4)]


def test_the_back_off_is_capped(settings):
    settings.OUTBOX_BACKOFF_SECONDS = 30
    assert backoff_delay(1) == timedelta(seconds=30)
    assert backoff_delay(2) == timedelta(seconds=60)
    assert backoff_delay(12) == MAX_BACKOFF
    assert backoff_delay(10_000) == MAX_BACKOFF


def test_after_the_last_attempt_fails_the_message_is_failed(make_message, refusing_mail, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    message = make_message(now=START)
    outcomes = []
    at = START
    for _ in range(3):
        counts = outbox_deliver_due(worker_id=WORKER, now=at)
        outcomes.append((counts.retrying, counts.failed))
        message.refresh_from_db()
        at = message.next_attempt_at
    assert outcomes == [(1, 0), (1, 0), (0, 1)]
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 3
    assert outbox_deliver_due(worker_id=WORKER, now=START + timedelta(days=30)).total == 0


def test_a_failed_message_is_listed_on_the_staff_page(make_message, refusing_mail, settings, client, cast):
    settings.OUTBOX_MAX_ATTEMPTS = 2
    message = make_message(now=START, to="failing.recipient@example.org")
    outbox_deliver_due(worker_id=WORKER, now=START)
    outbox_deliver_due(worker_id=WORKER, now=START + timedelta(days=1))
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED

    client.force_login(cast["staff_case_officer"])
    response = client.get("/staff/outbox/?status=failed")
    assert response.status_code == 200
    assert list(response.context["page"]) == [message]
    html = response.content.decode()
    assert "failing.recipient@example.org" in html
    assert "govuk-tag--red" in html
    assert "SMTPDataError 451" in html


def test_a_dead_workers_claim_is_taken_again_and_keeps_the_message_id(make_message, mailoutbox):
    message = make_message(now=START)
    # A worker claims the message and dies before recording anything.
    assert outbox_claim(message_id=message.pk, worker_id="dead-1-00000000", now=START)
    message.refresh_from_db()
    assert (message.status, message.claimed_by) == (MessageStatus.SENDING, "dead-1-00000000")

    # While its claim lasts, nobody else takes the message.
    assert outbox_deliver_due(worker_id=WORKER, now=START + timedelta(seconds=60)).total == 0

    after_expiry = message.claimed_until + timedelta(seconds=1)
    counts = outbox_deliver_due(worker_id=WORKER, now=after_expiry)
    assert counts.sent == 1
    [sent] = mailoutbox
    assert sent.message()["Message-ID"] == message.message_id
    message.refresh_from_db()
    assert (message.status, message.claimed_by, message.attempts) == (MessageStatus.SENT, WORKER, 2)


def test_a_worker_that_lost_its_claim_records_nothing(make_message, mailoutbox):
    message = make_message(now=START)
    assert outbox_claim(message_id=message.pk, worker_id="slow-1-00000000", now=START)
    slow_copy = OutboxMessage.objects.get(pk=message.pk)
    outbox_deliver_due(worker_id=WORKER, now=slow_copy.claimed_until + timedelta(seconds=1))

    # The slow worker wakes up and finishes: the email goes again, with the same Message-ID, and
    # the row keeps the outcome the live worker recorded.
    assert outbox_deliver_one(slow_copy, worker_id="slow-1-00000000") == "lost"
    assert [m.message()["Message-ID"] for m in mailoutbox] == [message.message_id] * 2
    message.refresh_from_db()
    assert (message.status, message.claimed_by) == (MessageStatus.SENT, WORKER)


def test_a_message_whose_last_attempt_never_finished_is_given_up(make_message, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 2
    message = make_message(now=START)
    at = START
    for n in range(2):
        assert outbox_claim(message_id=message.pk, worker_id=f"dead-{n}-00000000", now=at)
        at += timedelta(seconds=settings.OUTBOX_CLAIM_SECONDS + 1)
    counts = outbox_deliver_due(worker_id=WORKER, now=at)
    assert (counts.given_up, counts.sent) == (1, 0)
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 2
    assert "claim expired" in message.last_error


def test_two_claims_of_one_message_only_one_wins(make_message):
    message = make_message(now=START)
    assert outbox_claim(message_id=message.pk, worker_id="a-1-00000000", now=START) is True
    assert outbox_claim(message_id=message.pk, worker_id="b-2-00000000", now=START) is False
    message.refresh_from_db()
    assert message.claimed_by == "a-1-00000000"


def test_the_demo_backend_writes_an_eml_file_under_mail_dir(make_message, settings):
    settings.EMAIL_BACKEND = "rsqm.notifications.backends.EmlFileBackend"
    message = make_message(subject="Your application", text="Plain words", html="<p>Rich words</p>")
    assert outbox_deliver_due(worker_id=WORKER).sent == 1
    [path] = list(settings.MAIL_DIR.glob("*.eml"))
    parsed = email.message_from_bytes(path.read_bytes())
    assert parsed["Message-ID"] == message.message_id
    assert parsed["Subject"] == "Your application"
    assert parsed["To"] == message.recipient
    assert parsed["From"] == settings.DEFAULT_FROM_EMAIL
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in parsed.get_payload()] == ["text/plain", "text/html"]


def test_a_sending_error_is_kept_short_and_without_links():
    long_text = "550 rejected, see http://example.org/why?id=1 and www.example.org/more " + "x" * 500
    error = short_error(smtplib.SMTPDataError(550, long_text.encode()))
    assert error.startswith("SMTPDataError 550: 550 rejected, see [link] and [link]")
    assert len(error) <= 200
    assert short_error(ConnectionRefusedError(111, "Connection refused")) == (
        "ConnectionRefusedError: [Errno 111] Connection refused"
    )
    assert short_error(RuntimeError("first line\nsecond line")) == "RuntimeError: first line"


def test_a_mail_connection_that_cannot_open_fails_the_attempt(make_message, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    message = make_message(now=START)
    counts = outbox_deliver_due(worker_id=WORKER, now=START)
    assert counts.retrying == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.PENDING
    assert message.last_error.startswith("ConnectionRefusedError")
    assert mail.outbox == []
