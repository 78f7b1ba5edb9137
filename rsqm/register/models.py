"""Models of register."""

from django.db import models  # noqa: F401
