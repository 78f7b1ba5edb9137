"""What makes a framework document well formed, and a framework ready to publish. No database.

A framework travels as JSON (``FORMAT``): the scheme's official wording is loaded by importing a
document, without a release. :func:`parse_document` checks one and returns it cleaned, or the
list of problems in plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

FORMAT = "rsqm-standards-framework"
FORMAT_VERSION = 1

#: Stable keys: lower-case letters, digits, dots, hyphens and underscores; starting with a letter.
KEY_RE = re.compile(r"^[a-z][a-z0-9._-]{0,79}$")
STANDARD_KEY_RE = re.compile(r"^[a-z][a-z0-9_-]{0,59}$")

MAX_TITLE = 200
MAX_TEXT = 2000
MAX_GUIDANCE = 5000
MAX_EXAMPLE = 500


def clean_key(value: str, *, standard: bool = False) -> str:
    """A stable key, lower-cased and trimmed; ``ValueError`` naming the format otherwise."""
    key = (value or "").strip().lower()
    pattern = STANDARD_KEY_RE if standard else KEY_RE
    if not pattern.match(key):
        if standard:
            raise ValueError("A standard's key starts with a letter and has only lower-case letters, digits, "
                             "hyphens and underscores (60 characters at most)")
        raise ValueError("An indicator's key starts with a letter and has only lower-case letters, digits, dots, "
                         "hyphens and underscores (80 characters at most)")
    return key


def clean_examples(value: Any) -> list[str]:
    """Evidence examples: a list of short texts, or one text with one example a line."""
    if isinstance(value, str):
        items = value.splitlines()
    elif isinstance(value, list):
        items = value
    else:
        raise ValueError("Evidence examples must be a list of texts")
    examples = []
    for item in items:
        if not isinstance(item, str):
            raise ValueError("Evidence examples must be a list of texts")
        text = item.strip().lstrip("•-* ").strip()
        if text:
            if len(text) > MAX_EXAMPLE:
                raise ValueError(f"An evidence example is longer than {MAX_EXAMPLE} characters")
            examples.append(text)
    return examples


@dataclass
class ParsedIndicator:
    number: int
    key: str
    text: str
    guidance: str = ""
    evidence_examples: list[str] = field(default_factory=list)


@dataclass
class ParsedStandard:
    number: int
    key: str
    title: str
    summary: str = ""
    indicators: list[ParsedIndicator] = field(default_factory=list)


@dataclass
class ParsedFramework:
    title: str
    illustrative: bool
    standards: list[ParsedStandard] = field(default_factory=list)


def _text(item: dict, name: str, where: str, problems: list[str], *, required: bool, limit: int) -> str:
    value = item.get(name, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.append(f"{where}: “{name}” must be text")
        return ""
    value = value.strip()
    if required and not value:
        problems.append(f"{where}: “{name}” is missing")
    if len(value) > limit:
        problems.append(f"{where}: “{name}” is longer than {limit} characters")
    return value


def _number(item: dict, where: str, problems: list[str], default: int) -> int:
    value = item.get("number", default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        problems.append(f"{where}: “number” must be a whole number from 1")
        return default
    return value


def parse_document(data: Any) -> tuple[ParsedFramework | None, list[str]]:
    """Check a framework document (already decoded from JSON).

    Returns the cleaned framework and no problems, or ``None`` and every problem found. Numbers
    are optional (the order in the document numbers them); keys are required and unique.
    """
    problems: list[str] = []
    if not isinstance(data, dict):
        return None, ["The file must hold one JSON object"]
    if data.get("format", FORMAT) != FORMAT:
        problems.append(f"“format” must be “{FORMAT}”")
    if data.get("format_version", FORMAT_VERSION) != FORMAT_VERSION:
        problems.append(f"“format_version” must be {FORMAT_VERSION}")
    title = _text(data, "title", "The framework", problems, required=True, limit=MAX_TITLE)
    illustrative = data.get("illustrative", False)
    if not isinstance(illustrative, bool):
        problems.append("“illustrative” must be true or false")
        illustrative = False
    standards_data = data.get("standards")
    if not isinstance(standards_data, list) or not standards_data:
        problems.append("“standards” must be a list with at least one standard")
        return None, problems
    framework = ParsedFramework(title=title, illustrative=illustrative)
    standard_keys: set[str] = set()
    standard_numbers: set[int] = set()
    indicator_keys: set[str] = set()
    for s_index, s_data in enumerate(standards_data, start=1):
        where = f"Standard {s_index}"
        if not isinstance(s_data, dict):
            problems.append(f"{where} must be an object")
            continue
        number = _number(s_data, where, problems, s_index)
        if number in standard_numbers:
            problems.append(f"{where}: the number {number} is used twice")
        standard_numbers.add(number)
        try:
            key = clean_key(s_data.get("key", "") if isinstance(s_data.get("key", ""), str) else "", standard=True)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            key = ""
        if key and key in standard_keys:
            problems.append(f"{where}: the key “{key}” is used twice")
        standard_keys.add(key)
        standard = ParsedStandard(
            number=number, key=key,
            title=_text(s_data, "title", where, problems, required=True, limit=MAX_TITLE),
            summary=_text(s_data, "summary", where, problems, required=False, limit=MAX_TEXT),
        )
        indicators_data = s_data.get("indicators")
        if not isinstance(indicators_data, list) or not indicators_data:
            problems.append(f"{where}: “indicators” must be a list with at least one indicator")
            indicators_data = []
        numbers: set[int] = set()
        for i_index, i_data in enumerate(indicators_data, start=1):
            i_where = f"Indicator {number}.{i_index}"
            if not isinstance(i_data, dict):
                problems.append(f"{i_where} must be an object")
                continue
            i_number = _number(i_data, i_where, problems, i_index)
            if i_number in numbers:
                problems.append(f"{i_where}: the number {i_number} is used twice in standard {number}")
            numbers.add(i_number)
            raw_key = i_data.get("key", "")
            try:
                i_key = clean_key(raw_key if isinstance(raw_key, str) else "")
            except ValueError as exc:
                problems.append(f"{i_where}: {exc}")
                i_key = ""
            if i_key and i_key in indicator_keys:
                problems.append(f"{i_where}: the key “{i_key}” is used twice")
            indicator_keys.add(i_key)
            try:
                examples = clean_examples(i_data.get("evidence_examples", []))
            except ValueError as exc:
                problems.append(f"{i_where}: {exc}")
                examples = []
            standard.indicators.append(ParsedIndicator(
                number=i_number, key=i_key,
                text=_text(i_data, "text", i_where, problems, required=True, limit=MAX_TEXT),
                guidance=_text(i_data, "guidance", i_where, problems, required=False, limit=MAX_GUIDANCE),
                evidence_examples=examples,
            ))
        framework.standards.append(standard)
    if problems:
        return None, problems
    return framework, []


def publish_problems(standards: list[tuple[str, int]]) -> list[str]:
    """Why a draft cannot be published yet: ``standards`` is (title, number of indicators) each.

    A framework needs at least one standard, and each standard at least one indicator, or a
    healthcheck on it could never say that an organisation is ready.
    """
    if not standards:
        return ["Add at least one standard"]
    return [f"Add at least one indicator to “{title}”" for title, count in standards if count < 1]
