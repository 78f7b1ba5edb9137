from __future__ import annotations

import pytest

from rsqm.notifications.outbox import enqueue_rendered


@pytest.fixture
def make_message():
    counter = iter(range(1, 100_000))

    def make(**overrides):
        n = next(counter)
        fields = {
            "template": "test_notice",
            "to": f"person{n}@example.org",
            "subject": f"Notice {n}",
            "text": f"Text body {n}",
            "html": f"<p>HTML body {n}</p>",
            "key": f"test:{n}",
        }
        fields.update(overrides)
        return enqueue_rendered(**fields)

    return make


@pytest.fixture
def refusing_mail(settings):
    settings.EMAIL_BACKEND = "rsqm.notifications.tests.mailbackends.RefusingBackend"


@pytest.fixture
def counting_mail(settings):
    from rsqm.notifications.tests.mailbackends import CountingBackend

    settings.EMAIL_BACKEND = "rsqm.notifications.tests.mailbackends.CountingBackend"
    CountingBackend.reset()
    yield CountingBackend.sent
    CountingBackend.reset()
