"""``rsqm demo-code EMAIL`` prints the current TOTP code, in demo mode only."""

from __future__ import annotations

import time
from io import StringIO

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management import CommandError, call_command

from rsqm.testing.factories import UserFactory, give_totp

pytestmark = pytest.mark.django_db


def test_it_prints_the_current_code_of_a_user_with_totp(db, settings):
    settings.DEMO = True
    user = UserFactory(email="coded@example.org")
    secret = give_totp(user)
    out = StringIO()
    call_command("demo_code", "Coded@Example.org", stdout=out)
    assert out.getvalue().strip() == format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_it_refuses_outside_demo_mode(db, settings):
    settings.DEMO = False
    user = UserFactory(email="coded@example.org")
    give_totp(user)
    with pytest.raises(CommandError, match="demo mode"):
        call_command("demo_code", "coded@example.org")


def test_it_refuses_a_user_without_totp(db, settings):
    settings.DEMO = True
    UserFactory(email="plain@example.org")
    with pytest.raises(CommandError, match="no authenticator app"):
        call_command("demo_code", "plain@example.org")


def test_it_refuses_an_unknown_email(db, settings):
    settings.DEMO = True
    with pytest.raises(CommandError, match="no user"):
        call_command("demo_code", "ghost@example.org")
