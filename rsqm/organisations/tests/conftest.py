"""Fixtures for the organisation tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def outbox():
    """The outbox's messages, newest last, as (template, recipient) pairs and rows."""
    from rsqm.notifications.models import OutboxMessage

    class Outbox:
        def rows(self, **filters):
            return list(OutboxMessage.objects.filter(**filters).order_by("id"))

        def pairs(self):
            return [(m.template, m.recipient) for m in self.rows()]

    return Outbox()


@pytest.fixture
def audit_actions():
    """The audit log's actions, oldest first."""
    from rsqm.core.models import AuditEvent

    def actions(**filters):
        return list(AuditEvent.objects.filter(**filters).order_by("id").values_list("action", flat=True))

    return actions
