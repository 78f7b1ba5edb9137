"""Writing to the outbox: in the caller's transaction, once per idempotency key."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import transaction

from rsqm.notifications.models import MessageStatus, OutboxMessage
from rsqm.notifications.outbox import enqueue

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def _test_templates(settings):
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES]}]


def _enqueue(key="notice:1", **context):
    return enqueue(template="test_notice", to="ada@example.org", key=key,
                   context={"name": "Ada", "subject_name": "Alpha", "token": "t0k3n", **context})


def test_it_renders_the_three_templates_into_one_pending_row():
    message = _enqueue()
    assert message.status == MessageStatus.PENDING
    assert message.subject == "Your notice about Alpha"
    assert "Dear Ada" in message.body_text and "/notices/t0k3n/" in message.body_text
    assert "<a href=" in message.body_html
    assert message.message_id.startswith("<") and message.message_id.endswith(">")
    assert message.attempts == 0
    assert message.next_attempt_at == message.created_at


def test_a_rolled_back_transaction_leaves_no_message():
    class Boom(Exception):
        pass

    with pytest.raises(Boom), transaction.atomic():
        _enqueue()
        assert OutboxMessage.objects.count() == 1
        raise Boom
    assert OutboxMessage.objects.count() == 0


def test_enqueueing_the_same_key_twice_gives_one_row():
    first = _enqueue(key="application:7:acknowledged")
    second = _enqueue(key="application:7:acknowledged", name="Somebody else")
    assert first.pk == second.pk
    assert OutboxMessage.objects.count() == 1
    assert "Dear Ada" in OutboxMessage.objects.get().body_text


def test_the_same_key_inside_an_outer_transaction_still_gives_one_row():
    with transaction.atomic():
        _enqueue(key="k")
        _enqueue(key="k")
    assert OutboxMessage.objects.count() == 1


def test_different_keys_give_different_message_ids():
    assert _enqueue(key="a").message_id != _enqueue(key="b").message_id
