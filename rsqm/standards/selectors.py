"""Reads of frameworks shared by pages, exports and the healthcheck (a fixed number of queries)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch

from rsqm.standards import rules
from rsqm.standards.models import Framework, FrameworkStatus, Indicator, Standard


def current_framework() -> Framework | None:
    """The published framework with the highest version: the one new healthchecks start on."""
    return Framework.objects.published().order_by("-version").first()


def draft_framework() -> Framework | None:
    return Framework.objects.filter(status=FrameworkStatus.DRAFT).first()


def frameworks():
    return Framework.objects.annotate(
        standard_count=Count("standards", distinct=True), indicator_count=Count("indicators", distinct=True)
    ).order_by("-version")


@dataclass
class StandardView:
    """A standard with its indicators in order, as pages and the healthcheck read it."""

    standard: Standard
    indicators: list[Indicator] = field(default_factory=list)

    @property
    def number(self) -> int:
        return self.standard.number

    @property
    def key(self) -> str:
        return self.standard.key

    @property
    def title(self) -> str:
        return self.standard.title

    @property
    def summary(self) -> str:
        return self.standard.summary


def structure(framework: Framework) -> list[StandardView]:
    """The framework's standards, each with its indicators, in two queries."""
    standards = list(
        Standard.objects.filter(framework=framework)
        .order_by("number")
        .prefetch_related(Prefetch("indicators", queryset=Indicator.objects.order_by("number")))
    )
    views = []
    for standard in standards:
        indicators = list(standard.indicators.all())
        for indicator in indicators:
            indicator.standard = standard  # so ``code`` needs no query
        views.append(StandardView(standard=standard, indicators=indicators))
    return views


def indicators_by_key(framework: Framework) -> dict[str, Indicator]:
    return {i.key: i for view in structure(framework) for i in view.indicators}


def document(framework: Framework) -> dict:
    """The framework as a JSON document (``rules.FORMAT``): what ``services.framework_import`` reads."""
    return {
        "format": rules.FORMAT,
        "format_version": rules.FORMAT_VERSION,
        "version": framework.version,
        "status": framework.status,
        "title": framework.title,
        "illustrative": framework.illustrative,
        "standards": [
            {
                "number": view.number,
                "key": view.key,
                "title": view.title,
                "summary": view.summary,
                "indicators": [
                    {
                        "number": i.number,
                        "key": i.key,
                        "text": i.text,
                        "guidance": i.guidance,
                        "evidence_examples": list(i.evidence_examples or []),
                    }
                    for i in view.indicators
                ],
            }
            for view in structure(framework)
        ],
    }


def known_indicator_keys() -> set[str]:
    """Every indicator key any published framework has used."""
    return set(
        Indicator.objects.filter(framework__status=FrameworkStatus.PUBLISHED).values_list("key", flat=True).distinct()
    )


def latest_text_by_key(keys) -> dict[str, tuple[str, str]]:
    """For each indicator key, its code and text in the newest framework that has it."""
    rows = (
        Indicator.objects.filter(key__in=list(keys), framework__status=FrameworkStatus.PUBLISHED)
        .select_related("standard", "framework")
        .order_by("key", "-framework__version")
    )
    result: dict[str, tuple[str, str]] = {}
    for indicator in rows:
        result.setdefault(indicator.key, (indicator.code, indicator.text))
    return result
