"""Helpers for the accounts tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

PASSWORD = "correct horse battery staple"
# A Tuesday morning in term time; far from the clock changes.
T0 = datetime(2027, 3, 9, 9, 0, tzinfo=UTC)


def sign_in(client, email: str, password: str = PASSWORD, address: str = "192.0.2.10", **extra):
    """Post allauth's sign-in form as a browser at ``address`` would."""
    return client.post("/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=address, **extra)


@pytest.fixture
def staff_without_mfa(db):
    from rsqm.accounts.models import Duty
    from rsqm.testing.factories import make_staff

    return make_staff(Duty.CASE_OFFICER, email="new.staff@example.org", full_name="Neil New", totp=False)


@pytest.fixture
def assessor_without_mfa(db):
    from rsqm.testing.factories import make_assessor

    return make_assessor(email="new.assessor@example.org", full_name="Nia New", totp=False)
