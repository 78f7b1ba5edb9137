"""Periodic jobs of the healthcheck (listed in ``rsqm.notifications.schedule``)."""

from __future__ import annotations

from rsqm.healthcheck import services


def delete_abandoned_healthchecks(*, now=None) -> int:
    return services.healthchecks_delete_abandoned(by=None, now=now)
