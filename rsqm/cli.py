"""The ``rsqm`` console script: Django's management commands under one name.

``rsqm worker``, ``rsqm demo``, ``rsqm migrate`` ... are ``manage.py`` commands.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rsqm.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    # `rsqm purge-addresses` and `rsqm demo-code` read better than their module names.
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["rsqm", *args])


if __name__ == "__main__":
    main()
