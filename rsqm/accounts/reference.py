"""Reference data of accounts: one group per staff duty, holding that duty's permission."""

from __future__ import annotations


def ensure_duty_groups(sender=None, **kwargs) -> None:
    """Create any missing duty group (after every migrate, and after a test database is emptied)."""
    from django.contrib.auth.models import Group, Permission

    from rsqm.accounts.models import Duty

    for duty in Duty:
        permission = Permission.objects.filter(content_type__app_label="accounts", codename=duty.value).first()
        if permission is None:
            continue  # permissions are created by the same signal; the next migrate completes this
        group, _ = Group.objects.get_or_create(name=duty.label)
        group.permissions.add(permission)
