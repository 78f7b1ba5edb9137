"""The framework the system ships with: six standards whose wording is illustrative.

It is loaded as version 1, published, by a data migration (and again after a test database is
emptied), only when no framework exists at all. The scheme's official wording replaces it by
importing a document as a new version (``services.framework_import``), without a release.
"""

from __future__ import annotations

import json
from pathlib import Path

from rsqm.standards import rules

DOCUMENT = Path(__file__).resolve().parent / "data" / "default_framework.json"


def default_document() -> dict:
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


def ensure_default_framework(sender=None, apps=None, **kwargs) -> None:
    """Load the shipped framework as published version 1 if there is no framework yet."""
    if apps is None:
        from django.apps import apps
    Framework = apps.get_model("standards", "Framework")
    Standard = apps.get_model("standards", "Standard")
    Indicator = apps.get_model("standards", "Indicator")
    if Framework.objects.exists():
        return
    parsed, problems = rules.parse_document(default_document())
    if parsed is None:  # pragma: no cover - the shipped file is tested
        raise ValueError("; ".join(problems))
    from django.utils import timezone

    at = timezone.now()
    framework = Framework.objects.create(
        version=1, title=parsed.title, illustrative=parsed.illustrative, status="published",
        created_at=at, created_by_label="", published_at=at, published_by_label="",
    )
    for s in parsed.standards:
        standard = Standard.objects.create(framework=framework, number=s.number, key=s.key, title=s.title,
                                           summary=s.summary)
        Indicator.objects.bulk_create([
            Indicator(framework=framework, standard=standard, number=i.number, key=i.key, text=i.text,
                      guidance=i.guidance, evidence_examples=i.evidence_examples)
            for i in s.indicators
        ])
