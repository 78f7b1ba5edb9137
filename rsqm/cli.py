"""The ``rsqm`` console script: Django's management commands under one name.

``rsqm worker``, ``rsqm demo``, ``rsqm migrate`` ... are ``manage.py`` commands.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rsqm.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["rsqm", *sys.argv[1:]])


if __name__ == "__main__":
    main()
