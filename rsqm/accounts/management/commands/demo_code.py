"""``rsqm demo-code EMAIL``: print the current authenticator code of a demo user.

Demo mode only: in production the command refuses to run, so nobody can read a code off the
server.
"""

from __future__ import annotations

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from rsqm.accounts.models import User


class Command(BaseCommand):
    help = "Print the current two-factor (TOTP) code of a user. Demo mode only."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email: str, **options):
        if not settings.DEMO:
            raise CommandError("demo-code only works in demo mode (RSQM_MODE=demo)")
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"no user has the email address {email}")
        authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
        if authenticator is None:
            raise CommandError(f"{user.email} has no authenticator app (TOTP) set up")
        secret = decrypt(authenticator.data["secret"])
        counter = int(time.time()) // mfa_settings.TOTP_PERIOD
        self.stdout.write(format_hotp_value(hotp_value(secret, counter)))
