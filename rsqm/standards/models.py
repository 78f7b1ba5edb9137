"""Versioned frameworks of the Restorative Service Standards: standards and their indicators.

A framework version is ``draft`` while staff with the administrator duty edit it, then
``published``; a published version never changes (every write goes through ``services``, which
refuses to touch one). Each indicator has a stable ``key`` that it keeps from version to version,
so a healthcheck's answers carry forward and figures compare across versions; its ``number``
("1.2") is only where it sits in one version.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class FrameworkStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class FrameworkQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=FrameworkStatus.PUBLISHED)


class Framework(models.Model):
    """One version of the standards.

    States: ``draft`` (edited by administrators, seen only by staff) → ``published`` (used by new
    healthchecks from then on; never changes again). At most one draft exists at a time. The
    current framework is the published one with the highest version. ``illustrative`` marks
    wording that is not the scheme's official text; the interface says so wherever it is shown.
    """

    version = models.PositiveIntegerField(unique=True)
    title = models.CharField(max_length=200)
    illustrative = models.BooleanField(
        default=False, help_text="The wording is an illustration, not the scheme's official text."
    )
    status = models.CharField(max_length=20, choices=FrameworkStatus.choices, default=FrameworkStatus.DRAFT)
    created_at = models.DateTimeField()
    created_by_label = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by_label = models.CharField(max_length=300, blank=True)

    objects = FrameworkQuerySet.as_manager()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["status"], condition=Q(status="draft"), name="one_draft_framework"),
            models.CheckConstraint(
                condition=Q(status="draft", published_at__isnull=True) | Q(status="published", published_at__isnull=False),
                name="framework_published_at_iff_published",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title}, version {self.version}"

    @property
    def is_draft(self) -> bool:
        return self.status == FrameworkStatus.DRAFT


class Standard(models.Model):
    """One of the framework's standards, numbered from 1."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="standards")
    number = models.PositiveSmallIntegerField()
    key = models.SlugField(max_length=60, help_text="Stable across versions.")
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)

    class Meta:
        ordering = ["framework", "number"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="standard_number_unique"),
            models.UniqueConstraint(fields=["framework", "key"], name="standard_key_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="standard_number_positive"),
        ]

    def __str__(self) -> str:
        return f"Standard {self.number}: {self.title}"


class Indicator(models.Model):
    """One indicator of a standard: its statement, guidance and examples of evidence.

    ``key`` is unique within a framework and kept by the same indicator in later versions;
    ``code`` ("1.2") is the standard's number and the indicator's number.
    """

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="indicators")
    standard = models.ForeignKey(Standard, on_delete=models.CASCADE, related_name="indicators")
    number = models.PositiveSmallIntegerField()
    key = models.CharField(max_length=80, help_text="Stable across versions.")
    text = models.TextField()
    guidance = models.TextField(blank=True)
    evidence_examples = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["standard__number", "number"]
        constraints = [
            models.UniqueConstraint(fields=["standard", "number"], name="indicator_number_unique"),
            models.UniqueConstraint(fields=["framework", "key"], name="indicator_key_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="indicator_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.text}"

    @property
    def code(self) -> str:
        # ``standard`` is loaded with the indicator wherever codes are shown (selectors do it).
        return f"{self.standard.number}.{self.number}"
