"""Putting messages in the outbox.

A message is a row written in the caller's transaction: if the transaction rolls back, no
message exists; once it commits, the worker delivers it (at least once, with a stable
``Message-ID``). Email templates come in threes under ``templates/email/``:
``<name>.subject.txt``, ``<name>.txt`` and ``<name>.html``.
"""

from __future__ import annotations

import uuid
from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string

from rsqm.core import clock
from rsqm.notifications.models import OutboxMessage


def _domain() -> str:
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return host or "rsqm.local"


def render_email(template: str, context: dict[str, Any]) -> tuple[str, str, str]:
    """Render the three templates of an email: (subject, text, html)."""
    ctx = {"SITE_URL": settings.SITE_URL, **context}
    subject = " ".join(render_to_string(f"email/{template}.subject.txt", ctx).split())
    text = render_to_string(f"email/{template}.txt", ctx)
    html = render_to_string(f"email/{template}.html", ctx)
    return subject, text, html


def enqueue(
    *, template: str, to: str, context: dict[str, Any], key: str | None = None, now=None
) -> OutboxMessage:
    """Render ``template`` for ``to`` and write it to the outbox.

    ``key`` makes the message idempotent: enqueueing the same key twice returns the first row.
    """
    subject, text, html = render_email(template, context)
    return enqueue_rendered(template=template, to=to, subject=subject, text=text, html=html, key=key, now=now)


def enqueue_rendered(
    *, template: str, to: str, subject: str, text: str, html: str = "", key: str | None = None, now=None
) -> OutboxMessage:
    at = now or clock.now()
    key = key or f"{template}:{uuid.uuid4()}"
    message, _ = OutboxMessage.objects.get_or_create(
        idempotency_key=key,
        defaults={
            "template": template,
            "recipient": to,
            "subject": subject[:300],
            "body_text": text,
            "body_html": html,
            "message_id": make_msgid(domain=_domain()),
            "next_attempt_at": at,
            "created_at": at,
        },
    )
    return message
