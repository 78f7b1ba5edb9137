from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from rsqm.core.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo data (idempotent) and print the demo logins. Demo mode only."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Load without printing the logins.")
        parser.add_argument("--scale", type=int, default=0, metavar="N",
                            help="Also make N services of invented organisations, each listed with an award, "
                                 "for benchmarks (safe to run again: only the missing ones are made).")

    def handle(self, *args, **options):
        if not settings.DEMO:
            raise CommandError("Demo data is for demo mode only: unset RSQM_MODE or set it to demo.")
        if options["scale"] < 0:
            raise CommandError("--scale must be 0 or more")
        logins = load_demo()
        if options["scale"]:
            from rsqm.register.demo import generate_services

            made = generate_services(options["scale"])
            if not options["quiet"]:
                self.stdout.write(f"rsqm demo: made {made} more services for --scale {options['scale']}.")
        if options["quiet"]:
            return
        port = __import__("os").environ.get("PORT", "8000")
        out = self.stdout.write
        out("")
        out(f"rsqm demo: http://127.0.0.1:{port}/   (sign in at http://127.0.0.1:{port}/accounts/login/)")
        out(f"Every demo login has the password: {DEMO_PASSWORD}")
        width = max(len(login.email) for login in logins)
        for login in logins:
            out(f"  {login.email.ljust(width)}  {login.persona} ({login.note})")
        out("Staff, assessors and the superuser are enrolled in MFA: `.venv/bin/rsqm demo-code EMAIL` prints their current code.")
        out(f"Mail is not sent: the worker writes each message as an .eml file under {settings.MAIL_DIR}/")
        out("")
