"""Every change to frameworks of the standards.

Each function is one action, named ``<entity>_<action>``, atomic and audited. Only staff with
the administrator duty change frameworks, and only drafts: a published framework never changes
(:class:`FrameworkIsPublished`). Publishing makes a draft the current framework for every new
healthcheck; healthchecks already started stay on the version they started on.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max

from rsqm.core import audit, clock
from rsqm.standards import access, rules, selectors
from rsqm.standards.models import Framework, FrameworkStatus, Indicator, Standard

#: Added to numbers while renumbering, so no two rows share a number at any moment.
_RENUMBER_OFFSET = 10000


class FrameworkIsPublished(Exception):
    """A change to a framework that is no longer a draft."""

    def __init__(self, framework: Framework):
        super().__init__(f"Version {framework.version} is published and cannot be changed. "
                         f"Start a new version to change the standards.")


class DraftExists(Exception):
    def __init__(self, framework: Framework):
        self.framework = framework
        super().__init__(f"Version {framework.version} is already being drafted: change that draft, or delete it first.")


def _require_editor(by) -> None:
    if not access.may_edit_frameworks(by):
        raise PermissionDenied("Only staff with the administrator duty change the standards.")


def _lock_draft(framework_id: int) -> Framework:
    framework = Framework.objects.select_for_update().get(pk=framework_id)
    if framework.status != FrameworkStatus.DRAFT:
        raise FrameworkIsPublished(framework)
    return framework


def _next_version() -> int:
    return (Framework.objects.aggregate(m=Max("version"))["m"] or 0) + 1


def _create_contents(framework: Framework, parsed: rules.ParsedFramework) -> None:
    for s in sorted(parsed.standards, key=lambda s: s.number):
        standard = Standard.objects.create(framework=framework, number=s.number, key=s.key, title=s.title,
                                           summary=s.summary)
        Indicator.objects.bulk_create([
            Indicator(framework=framework, standard=standard, number=i.number, key=i.key, text=i.text,
                      guidance=i.guidance, evidence_examples=i.evidence_examples)
            for i in sorted(s.indicators, key=lambda i: i.number)
        ])


def _parse_or_raise(document: Any) -> rules.ParsedFramework:
    parsed, problems = rules.parse_document(document)
    if parsed is None:
        raise ValidationError(problems)
    return parsed


# --- Whole frameworks -------------------------------------------------------------------------


@transaction.atomic
def framework_draft_create(*, by, request=None, now=None) -> Framework:
    """Start the next version as a draft, a copy of the current published framework (keys and all).

    Only one draft exists at a time (:class:`DraftExists`).
    """
    _require_editor(by)
    at = now or clock.now()
    existing = Framework.objects.select_for_update().filter(status=FrameworkStatus.DRAFT).first()
    if existing is not None:
        raise DraftExists(existing)
    current = selectors.current_framework()
    document = selectors.document(current) if current else None
    framework = Framework.objects.create(
        version=_next_version(),
        title=current.title if current else "Restorative Service Standards",
        illustrative=current.illustrative if current else False,
        status=FrameworkStatus.DRAFT,
        created_at=at,
        created_by_label=audit.actor_label(by),
    )
    if document is not None:
        _create_contents(framework, _parse_or_raise(document))
    audit.record("framework.draft_created", by=by, obj=framework,
                 detail={"version": framework.version, "copied_from": current.version if current else None},
                 request=request, now=at)
    return framework


@transaction.atomic
def framework_import(*, document: Any, by, request=None, now=None) -> Framework:
    """Load a framework document (``rules.FORMAT``) as the draft, ready to check and publish.

    The document replaces the contents of the current draft, or becomes a new draft when there
    is none. Problems in the document raise ``ValidationError`` with every problem listed, and
    nothing changes.
    """
    _require_editor(by)
    at = now or clock.now()
    parsed = _parse_or_raise(document)
    framework = Framework.objects.select_for_update().filter(status=FrameworkStatus.DRAFT).first()
    replaced = framework is not None
    if framework is None:
        framework = Framework.objects.create(
            version=_next_version(), title=parsed.title, illustrative=parsed.illustrative,
            status=FrameworkStatus.DRAFT, created_at=at, created_by_label=audit.actor_label(by),
        )
    else:
        framework.indicators.all().delete()
        framework.standards.all().delete()
        framework.title, framework.illustrative = parsed.title, parsed.illustrative
        framework.save(update_fields=["title", "illustrative"])
    _create_contents(framework, parsed)
    audit.record("framework.imported", by=by, obj=framework,
                 detail={"version": framework.version, "replaced_draft": replaced,
                         "standards": len(parsed.standards),
                         "indicators": sum(len(s.indicators) for s in parsed.standards)},
                 request=request, now=at)
    return framework


@transaction.atomic
def framework_update(*, framework: Framework, title: str, illustrative: bool, by, request=None,
                     now=None) -> Framework:
    """Change a draft's title, and whether its wording is marked as illustrative."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(framework.pk)
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": "Enter the framework's title"})
    before = {"title": locked.title, "illustrative": locked.illustrative}
    locked.title, locked.illustrative = title[: rules.MAX_TITLE], bool(illustrative)
    locked.save(update_fields=["title", "illustrative"])
    after = {"title": locked.title, "illustrative": locked.illustrative}
    changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if changed:
        audit.record("framework.updated", by=by, obj=locked, detail={"changed": changed}, request=request, now=at)
    framework.title, framework.illustrative = locked.title, locked.illustrative
    return locked


@transaction.atomic
def framework_publish(*, framework: Framework, by, request=None, now=None) -> Framework:
    """Publish a draft: from now on new healthchecks start on it, and it never changes again."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(framework.pk)
    counts = [(v.title, len(v.indicators)) for v in selectors.structure(locked)]
    problems = rules.publish_problems(counts)
    if problems:
        raise ValidationError(problems)
    locked.status = FrameworkStatus.PUBLISHED
    locked.published_at = at
    locked.published_by = by
    locked.published_by_label = audit.actor_label(by)
    locked.save(update_fields=["status", "published_at", "published_by", "published_by_label"])
    audit.record("framework.published", by=by, obj=locked,
                 detail={"version": locked.version, "standards": len(counts),
                         "indicators": sum(c for _, c in counts)},
                 request=request, now=at)
    framework.status, framework.published_at = locked.status, locked.published_at
    return locked


@transaction.atomic
def framework_draft_delete(*, framework: Framework, by, request=None, now=None) -> None:
    """Throw a draft away (a published framework cannot be deleted)."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(framework.pk)
    audit.record("framework.draft_deleted", by=by, obj=locked, detail={"version": locked.version},
                 request=request, now=at)
    locked.delete()


# --- Standards --------------------------------------------------------------------------------


def _clean_standard_text(title: str, summary: str) -> tuple[str, str]:
    title, summary = (title or "").strip(), (summary or "").strip()
    errors = {}
    if not title:
        errors["title"] = "Enter the standard's title"
    elif len(title) > rules.MAX_TITLE:
        errors["title"] = f"The title must be {rules.MAX_TITLE} characters or fewer"
    if len(summary) > rules.MAX_TEXT:
        errors["summary"] = f"The summary must be {rules.MAX_TEXT} characters or fewer"
    if errors:
        raise ValidationError(errors)
    return title, summary


@transaction.atomic
def standard_create(*, framework: Framework, key: str, title: str, summary: str = "", by, request=None,
                    now=None) -> Standard:
    """Add a standard at the end of a draft; ``key`` is its stable key (a new one, or one an
    earlier version used for the same standard)."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(framework.pk)
    title, summary = _clean_standard_text(title, summary)
    try:
        key = rules.clean_key(key, standard=True)
    except ValueError as exc:
        raise ValidationError({"key": str(exc)}) from None
    if Standard.objects.filter(framework=locked, key=key).exists():
        raise ValidationError({"key": f"Another standard of this version has the key “{key}”"})
    number = (Standard.objects.filter(framework=locked).aggregate(m=Max("number"))["m"] or 0) + 1
    standard = Standard.objects.create(framework=locked, number=number, key=key, title=title, summary=summary)
    audit.record("framework.standard_added", by=by, obj=locked,
                 detail={"version": locked.version, "standard": number, "key": key}, request=request, now=at)
    return standard


@transaction.atomic
def standard_update(*, standard: Standard, title: str, summary: str, by, request=None, now=None) -> Standard:
    """Change a draft standard's title and summary (its key and number stay)."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(standard.framework_id)
    title, summary = _clean_standard_text(title, summary)
    Standard.objects.filter(pk=standard.pk).update(title=title, summary=summary)
    standard.title, standard.summary = title, summary
    audit.record("framework.standard_updated", by=by, obj=locked,
                 detail={"version": locked.version, "standard": standard.number, "key": standard.key},
                 request=request, now=at)
    return standard


@transaction.atomic
def standard_delete(*, standard: Standard, by, request=None, now=None) -> None:
    """Remove a standard and its indicators from a draft; the standards after it move up."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(standard.framework_id)
    number = standard.number
    Standard.objects.filter(pk=standard.pk).delete()
    later = Standard.objects.filter(framework=locked, number__gt=number)
    later.update(number=F("number") + _RENUMBER_OFFSET)
    Standard.objects.filter(framework=locked, number__gt=_RENUMBER_OFFSET).update(
        number=F("number") - _RENUMBER_OFFSET - 1)
    audit.record("framework.standard_removed", by=by, obj=locked,
                 detail={"version": locked.version, "standard": number, "key": standard.key},
                 request=request, now=at)


# --- Indicators -------------------------------------------------------------------------------


def _clean_indicator_text(text: str, guidance: str, evidence_examples) -> tuple[str, str, list[str]]:
    text, guidance = (text or "").strip(), (guidance or "").strip()
    errors = {}
    if not text:
        errors["text"] = "Enter the indicator"
    elif len(text) > rules.MAX_TEXT:
        errors["text"] = f"The indicator must be {rules.MAX_TEXT} characters or fewer"
    if len(guidance) > rules.MAX_GUIDANCE:
        errors["guidance"] = f"The guidance must be {rules.MAX_GUIDANCE} characters or fewer"
    try:
        examples = rules.clean_examples(evidence_examples or [])
    except ValueError as exc:
        errors["evidence_examples"] = str(exc)
        examples = []
    if errors:
        raise ValidationError(errors)
    return text, guidance, examples


@transaction.atomic
def indicator_create(*, standard: Standard, key: str, text: str, guidance: str = "", evidence_examples=(),
                     by, request=None, now=None) -> Indicator:
    """Add an indicator at the end of a draft standard.

    ``key`` is the indicator's stable key: give the key an earlier version used when this is the
    same indicator reworded, so answers carry forward; a new key otherwise.
    """
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(standard.framework_id)
    text, guidance, examples = _clean_indicator_text(text, guidance, evidence_examples)
    try:
        key = rules.clean_key(key)
    except ValueError as exc:
        raise ValidationError({"key": str(exc)}) from None
    if Indicator.objects.filter(framework=locked, key=key).exists():
        raise ValidationError({"key": f"Another indicator of this version has the key “{key}”"})
    number = (Indicator.objects.filter(standard=standard).aggregate(m=Max("number"))["m"] or 0) + 1
    indicator = Indicator.objects.create(framework=locked, standard=standard, number=number, key=key, text=text,
                                         guidance=guidance, evidence_examples=examples)
    audit.record("framework.indicator_added", by=by, obj=locked,
                 detail={"version": locked.version, "indicator": f"{standard.number}.{number}", "key": key},
                 request=request, now=at)
    return indicator


@transaction.atomic
def indicator_update(*, indicator: Indicator, text: str, guidance: str, evidence_examples, by, request=None,
                     now=None) -> Indicator:
    """Reword a draft indicator, its guidance and its evidence examples (its key stays)."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(indicator.framework_id)
    text, guidance, examples = _clean_indicator_text(text, guidance, evidence_examples)
    Indicator.objects.filter(pk=indicator.pk).update(text=text, guidance=guidance, evidence_examples=examples)
    indicator.text, indicator.guidance, indicator.evidence_examples = text, guidance, examples
    audit.record("framework.indicator_updated", by=by, obj=locked,
                 detail={"version": locked.version, "key": indicator.key}, request=request, now=at)
    return indicator


@transaction.atomic
def indicator_delete(*, indicator: Indicator, by, request=None, now=None) -> None:
    """Remove an indicator from a draft standard; the indicators after it move up."""
    _require_editor(by)
    at = now or clock.now()
    locked = _lock_draft(indicator.framework_id)
    number, standard_id = indicator.number, indicator.standard_id
    Indicator.objects.filter(pk=indicator.pk).delete()
    Indicator.objects.filter(standard_id=standard_id, number__gt=number).update(number=F("number") + _RENUMBER_OFFSET)
    Indicator.objects.filter(standard_id=standard_id, number__gt=_RENUMBER_OFFSET).update(
        number=F("number") - _RENUMBER_OFFSET - 1)
    audit.record("framework.indicator_removed", by=by, obj=locked,
                 detail={"version": locked.version, "key": indicator.key}, request=request, now=at)
