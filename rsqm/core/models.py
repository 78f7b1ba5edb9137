"""Models shared by every area: the append-only audit log and the scheme's configurable figures."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):  # noqa: D401 - refuse, do not describe
        raise AuditLogIsAppendOnly("audit rows cannot be updated")

    def delete(self):
        raise AuditLogIsAppendOnly("audit rows cannot be deleted")

    _raw_delete = delete


class AuditLogIsAppendOnly(Exception):
    """Raised by the model layer on any attempt to change or remove an audit row."""


class AuditEvent(models.Model):
    """One thing that happened: who, what, when, about which object.

    Append-only: the model layer refuses ``save()`` of an existing row, ``delete()``, and queryset
    ``update()``/``delete()``; a database trigger (see ``core.audit_triggers``) refuses UPDATE and
    DELETE on both SQLite and PostgreSQL, with no exception. The actor is kept as id *and* label
    with no database constraint, so deleting a user changes no audit row. Never holds document
    content, passwords, codes or links.
    """

    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(max_length=300, blank=True)
    action = models.CharField(max_length=80, db_index=True)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    object_label = models.CharField(max_length=300, blank=True)
    organisation_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    detail = models.JSONField(default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label or 'system'} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AuditLogIsAppendOnly("audit rows cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogIsAppendOnly("audit rows cannot be deleted")


class AuditAddress(models.Model):
    """The client address of an audit row, kept apart so it can be deleted after a period."""

    event = models.OneToOneField(
        AuditEvent, on_delete=models.DO_NOTHING, db_constraint=False, related_name="address"
    )
    ip_address = models.GenericIPAddressField()
    recorded_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return self.ip_address


class SchemeFigure(models.Model):
    """A figure of the scheme that staff change without a release (RULES.md: *configurable*).

    The known figures, their defaults and validation live in ``core.figures``; a row exists only
    once staff have changed a figure from its default.
    """

    key = models.CharField(max_length=80, unique=True)
    value = models.JSONField()
    updated_at = models.DateTimeField()
    updated_by_label = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return f"{self.key} = {self.value!r}"
