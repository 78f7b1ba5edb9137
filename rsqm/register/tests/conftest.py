"""Fixtures of the register's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo(db):
    """The demo data: the seed's holders and the invented organisations with every other status."""
    from rsqm.core.demo import load_demo

    load_demo()


@pytest.fixture
def page_text():
    """The visible text of a response, with tags dropped and spaces squeezed."""
    import html
    import re

    def text(response) -> str:
        body = response.content.decode()
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())

    return text


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo data, loaded once for a module whose tests only read it: each test still runs in
    its own savepoint inside this fixture's transaction, which is rolled back at the end."""
    from django.db import transaction

    from rsqm.core.demo import load_demo

    with django_db_blocker.unblock():
        with transaction.atomic():
            load_demo()
            yield
            transaction.set_rollback(True)


@pytest.fixture
def demo_read(demo_module, db):
    """The module's demo data, for one test."""
