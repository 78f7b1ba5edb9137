"""The guard's vocabulary: categories, findings, results, the allow-list and the limits.

Nothing here holds flagged text: a finding carries its place and a masked snippet only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

CATEGORIES: tuple[str, ...] = (
    "person_name",
    "postal_address",
    "postcode",
    "date_of_birth",
    "phone",
    "email",
    "ni_number",
    "nhs_number",
    "passport",
    "driving_licence",
    "vehicle_registration",
    "prison_number",
    "age_with_detail",
    "school_with_pupil",
    "police_reference",
    "special_category",
)

# What redaction writes in place of each finding.
LABELS: dict[str, str] = {
    "person_name": "[name]",
    "postal_address": "[address]",
    "postcode": "[postcode]",
    "date_of_birth": "[date of birth]",
    "phone": "[phone number]",
    "email": "[email address]",
    "ni_number": "[NI number]",
    "nhs_number": "[NHS number]",
    "passport": "[passport number]",
    "driving_licence": "[driving licence number]",
    "vehicle_registration": "[vehicle registration]",
    "prison_number": "[prison number]",
    "age_with_detail": "[age]",
    "school_with_pupil": "[school]",
    "police_reference": "[police reference]",
    "special_category": "[special category data]",
}

# Candidates scoring below this are not findings; every finding reported counts.
THRESHOLD = 0.5


# ASCII letters and digits to a control byte, then that byte to a bullet: far quicker than a
# str.translate table whose target is not ASCII. (A text that holds the byte itself goes the slow way.)
_MASK_ASCII = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"\x01" * 62)


def mask(text: str) -> str:
    """Keep the first character; replace every later letter or digit with a bullet."""
    if not text:
        return ""
    rest = text[1:]
    if rest.isascii() and "\x01" not in rest:
        return text[0] + rest.encode("ascii").translate(_MASK_ASCII).decode("ascii").replace("\x01", "•")
    return text[0] + "".join("•" if c.isalnum() else c for c in rest)


# One character in, one character out, so offsets in folded text are offsets in the original.
_FOLD_EXTRA = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ß": "s", "æ": "a", "Æ": "a",
               "œ": "o", "Œ": "o", "þ": "t", "Þ": "t", "ð": "d", "Ð": "d", "’": "'", "‘": "'", "ʼ": "'"}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x41, 0x250):
        ch = chr(cp)
        if ch in _FOLD_EXTRA:
            table[cp] = _FOLD_EXTRA[ch]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
    for ch, to in _FOLD_EXTRA.items():
        table[ord(ch)] = to
    return table


FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Lower case without accents, one character for one (so offsets survive)."""
    return text.translate(FOLD_TABLE)


def name_key(token: str) -> str:
    """The gazetteer's key for a name: folded letters only ("O'Connor" -> "oconnor")."""
    return "".join(c for c in fold(token) if c.isalpha())


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of sensitive data: where it is and what kind, never the text itself."""

    category: str
    start: int
    end: int
    score: float
    snippet: str
    page: int | None = None
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "sheet": self.sheet,
            "cell": self.cell,
            "line": self.line,
            "score": round(self.score, 3),
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome for one file.

    status: "clean" (checked completely, nothing found), "findings" (checked completely, something
    found) or "error" (not checked completely: ``error`` says why, and any findings made before it
    stopped are still listed). Pictures inside a document are counted in ``images_unchecked``.
    """

    status: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    images_unchecked: int = 0
    kind: str | None = None

    def as_dict(self, path: str) -> dict[str, object]:
        return {
            "path": path,
            "status": self.status,
            "error": self.error,
            "images_unchecked": self.images_unchecked,
            "findings": [f.as_dict() for f in self.findings],
        }


_NON_WORD = re.compile(r"[^\w]+")


def _is_first_name(word: str) -> bool:
    """Whether the gazetteer knows a (folded) word as someone's first name."""
    from .detect.gazetteer import first_level, gazetteer  # the detector's lists, loaded on first use

    return first_level(gazetteer().get(word)) > 0


def _norm_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _NON_WORD.split(fold(text)) if w)


def _digits(text: str) -> str:
    d = re.sub(r"\D", "", text)
    if d.startswith("44") and len(d) in (12, 13) and not text.strip().startswith("0"):
        d = "0" + d[2:]
    return d


_TITLES = frozenset("mr mrs ms miss mx dr prof sir dame lady lord rev revd master".split())


# Words that say what an organisation is, after its own name ("Northmoor Mediation Trust")
_ORGANISATION_WORDS = frozenset("""
mediation restorative justice trust service services cic ltd limited charity foundation partnership project team centre
council youth community support network group association society the and of for
""".split())


@dataclass(frozen=True)
class Allow:
    """The organisation's own data, which is not a finding (PRIV-STAFF-DATA).

    ``names``: staff and contacts; an allowed name also clears its first name or surname alone or
    after a title, ignoring case and accents. ``email_domains``: the organisation's domains (and
    their subdomains). ``addresses`` and ``phones``: its own postal addresses and phone numbers.
    ``organisations``: its own name and its services' names; each clears itself and its name
    without the words that say what it is ("Northmoor" of "Northmoor Mediation Trust"), never a
    first name alone (the "Hannah Walsh Trust" does not clear "Hannah").
    """

    names: tuple[str, ...] = ()
    email_domains: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for attr in ("names", "email_domains", "addresses", "phones", "organisations"):
            value = getattr(self, attr)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, attr, tuple(v.strip() for v in value if v and v.strip()))

    @cached_property
    def _name_sets(self) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
        full: set[tuple[str, ...]] = set()
        parts: set[str] = set()
        for name in self.names:
            words = tuple(w for w in _norm_words(name) if w not in _TITLES)
            if not words:
                continue
            full.add(words)
            if len(words) == 1:
                parts.add(words[0])
            else:
                parts.add(words[0])
                parts.add(words[-1])
                if len(words) > 2:
                    full.add((words[0], words[-1]))
        for name in self.organisations:
            words = tuple(_norm_words(name))
            if words and words[0] == "the":
                words = words[1:]
            if words:
                full.add(words)
                short = []
                for w in words:
                    if w in _ORGANISATION_WORDS:
                        break
                    short.append(w)
                if short and len(short) < len(words) and (len(short) > 1 or not _is_first_name(short[0])):
                    full.add(tuple(short))
        return frozenset(full), frozenset(parts)

    @cached_property
    def _name_cache(self) -> dict[str, bool]:
        return {}

    def allows_name(self, text: str) -> bool:
        if not self.names and not self.organisations:
            return False
        cache = self._name_cache
        hit = cache.get(text)
        if hit is None:
            hit = cache[text] = self._allows_name(text)
            if len(cache) > 100_000:
                cache.clear()
        return hit

    def _allows_name(self, text: str) -> bool:
        words = tuple(w for w in _norm_words(text) if w not in _TITLES and w not in ("s",))
        if not words:
            return False
        full, parts = self._name_sets
        if words in full:
            return True
        if len(words) == 1:
            return words[0] in parts
        # "S. Thompson", "Sarah J Thompson": initials aside, the rest must be one allowed name.
        long_words = tuple(w for w in words if len(w) > 1)
        if long_words in full:
            return True
        return len(long_words) == 1 and long_words[0] in parts

    @cached_property
    def _domains(self) -> tuple[str, ...]:
        return tuple(d.lower().lstrip("@").strip(".") for d in self.email_domains)

    def allows_email(self, text: str) -> bool:
        domain = text.rsplit("@", 1)[-1].lower().strip(".")
        return any(domain == d or domain.endswith("." + d) for d in self._domains)

    @cached_property
    def _phone_digits(self) -> frozenset[str]:
        return frozenset(_digits(p) for p in self.phones if _digits(p))

    def allows_phone(self, text: str) -> bool:
        return _digits(text) in self._phone_digits

    @cached_property
    def _address_keys(self) -> tuple[str, ...]:
        return tuple("".join(_norm_words(a)) for a in self.addresses)

    def allows_address(self, text: str) -> bool:
        key = "".join(_norm_words(text))
        return bool(key) and any(key in a for a in self._address_keys)

    @classmethod
    def from_files(cls, *, names: str | None = None, domains: str | None = None, addresses: str | None = None,
                   phones: str | None = None, organisations: str | None = None) -> Allow:
        """Read one entry per line from each file given (blank lines and # comments skipped)."""

        def read(path: str | None) -> tuple[str, ...]:
            if not path:
                return ()
            with open(path, encoding="utf-8-sig") as fh:
                return tuple(line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#"))

        return cls(names=read(names), email_domains=read(domains), addresses=read(addresses), phones=read(phones),
                   organisations=read(organisations))


MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much the guard will read from one file; each refusal names the limit it hit.

    Every field can be set from the environment as RSQM_PRIVACY_<FIELD IN CAPITALS>.
    ``isolate`` runs extraction in a child process, where ``max_seconds`` and ``max_memory_bytes``
    (address space beyond what the process already holds) are enforced.
    """

    max_input_bytes: int = 50 * MB
    max_archive_bytes: int = 300 * MB
    max_archive_entries: int = 5000
    max_archive_ratio: int = 150
    max_text_chars: int = 10_000_000
    max_seconds: float = 60.0
    max_memory_bytes: int = 768 * MB
    isolate: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name, default in cls.__dataclass_fields__.items():
            key = "RSQM_PRIVACY_" + name.upper()
            raw = environ.get(key)
            if raw is None:
                continue
            kind = type(getattr(cls, name, default.default))
            try:
                if kind is bool:
                    if raw.lower() not in ("true", "false"):
                        raise ValueError
                    values[name] = raw.lower() == "true"
                else:
                    values[name] = kind(raw)
                    if values[name] <= 0:  # type: ignore[operator]
                        raise ValueError
            except ValueError:
                raise ValueError(f"{key} must be a positive {kind.__name__}, not {raw!r}") from None
        return cls(**values)  # type: ignore[arg-type]


@dataclass(slots=True)
class Segment:
    """A stretch of extracted text and where it came from.

    ``labels`` are the words that say what a value is: a column header, the cell to its left,
    a form field's name. ``aggregate`` marks a table of counts, whose rows describe no one.
    """

    start: int
    end: int
    page: int | None = None
    sheet: str | None = None
    cell: str | None = None
    labels: tuple[str, ...] = ()
    kind: str = "body"
    aggregate: bool = False


@dataclass(slots=True)
class Extracted:
    """The text of one file, with its segments, or why it could not all be read."""

    text: str
    segments: list[Segment] = field(default_factory=list)
    kind: str = "txt"
    images: int = 0
    error: str | None = None


class Refused(Exception):
    """A file the guard will not or cannot read; the message says why in plain words."""
