"""The ``rsqm`` console script: Django's management commands under one name.

``rsqm worker``, ``rsqm demo``, ``rsqm migrate`` ... are ``manage.py`` commands.
"""

import os
import sys


def main() -> None:
    # The privacy guard's commands start without Django, so scanning many files starts quickly.
    if sys.argv[1:2] in (["scan"], ["redact"]):
        from rsqm.privacy.cli import main as privacy_main

        sys.exit(privacy_main(sys.argv[1:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rsqm.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    # `rsqm purge-addresses` and `rsqm demo-code` read better than their module names.
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["rsqm", *args])


if __name__ == "__main__":
    main()
