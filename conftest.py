"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MAIL_DIR = tmp_path / "mail"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(db):
    """Every persona of ``rsqm.testing.personas``, with organisations A and B."""
    from rsqm.testing.personas import build_cast

    return build_cast()


@pytest.fixture
def transactional_audit(transactional_db):
    """For tests that need real commits on SQLite.

    Django empties every table after such a test with DELETE, which the audit log's trigger
    refuses; this fixture lifts the triggers for that clean-up only and puts them back first
    thing. PostgreSQL empties tables with TRUNCATE, which the trigger does not concern.
    """
    from django.db import connection

    from rsqm.core import audit_triggers

    audit_triggers.install(connection)
    yield
    if connection.vendor == "sqlite":
        audit_triggers.remove(connection)


def pytest_report_header(config):
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"rsqm: database engine {db['ENGINE'].rsplit('.', 1)[-1]} ({db.get('HOST') or 'embedded'})"
