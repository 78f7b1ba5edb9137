"""Periodic jobs of accounts, run by the worker's schedule (``rsqm.notifications.schedule``)."""

from __future__ import annotations

from rsqm.accounts import preservation


def delete_expired_preserved_forms(*, now=None) -> int:
    """Delete kept form data older than ``PRESERVED_FORM_SECONDS``; returns how many rows went.

    Expired rows are never shown anyway; this only stops them lingering in the database.
    """
    return preservation.delete_expired(now=now)
