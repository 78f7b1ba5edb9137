"""The words of the register's search, and how text becomes them. No database here.

One normalisation serves the indexed text and what people type, on SQLite and PostgreSQL alike:
accents are dropped (``Ynys Môn`` is ``ynys mon``), case is folded, apostrophes vanish inside words
(``Children's`` is ``childrens``), ``&`` is ``and``, and everything else that is not a letter or a
digit separates words. What is left is safe to hand to any full-text engine: it cannot be read as
query syntax (``Why me?``, ``Police & Crime``, ``(WYJS)``, ``HMP Durham - Offender``).

The field writes many names in short: a listing that says "Youth Offending Service" is also
found by ``YOS``, and one that says "RJ" by "restorative justice". Each listing's searchable text
carries these other forms (``ABBREVIATIONS``), so both ways work with the plain index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 60

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"(?<=\w)['\u2019\u02bc\u2018`\u00b4](?=\w)")
_UNPRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}

#: Words people leave out or write differently ("Police and Crime", "Police & Crime"); dropped from
#: a query unless it has nothing else.
STOPWORDS = frozenset({"and", "the", "of", "for", "in", "on", "at", "to", "a", "an", "by", "with"})

#: Short forms used in the field, and what they stand for.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("yos", "youth offending service"),
    ("yot", "youth offending team"),
    ("yos yot", "youth offending"),
    ("yjs", "youth justice service"),
    ("yjs", "youth justice"),
    ("rj", "restorative justice"),
    ("rp", "restorative practice"),
    ("ra", "restorative approaches"),
    ("pcc", "police and crime commissioner"),
    ("opcc", "office of the police and crime commissioner"),
    ("crc", "community rehabilitation company"),
    ("nps", "national probation service"),
    ("hmp", "her majestys prison"),
    ("hmp", "prison"),
    ("yoi", "young offender institution"),
    ("sch", "secure childrens home"),
    ("cic", "community interest company"),
    ("ltd", "limited"),
    ("asb", "anti social behaviour"),
    ("vlo", "victim liaison officer"),
)
#: The words compared when looking for a long form: "police & crime commissioner" matches.
_PHRASE_IGNORES = frozenset({"and", "the", "of"})


def clean(text: str | None) -> str:
    """What someone typed, fit to show back and to search: no control or unassigned characters,
    single spaces, at most :data:`MAX_QUERY_CHARACTERS` characters."""
    text = (text or "")[: MAX_QUERY_CHARACTERS * 4]
    kept = "".join(" " if unicodedata.category(ch) in _UNPRINTABLE else ch for ch in text)
    return " ".join(kept.split())[:MAX_QUERY_CHARACTERS]


def fold(text: str) -> str:
    """Lower case without accents, apostrophes joined, ``&`` as ``and``."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text).casefold()
    return text.replace("&", " and ")


def words(text: str) -> list[str]:
    """The words of ``text`` after :func:`fold`."""
    return [word[:MAX_WORD_LENGTH] for word in _WORD.findall(fold(text))]


def _phrase_key(sequence: Iterable[str]) -> tuple[str, ...]:
    return tuple(word for word in sequence if word not in _PHRASE_IGNORES)


#: ABBREVIATIONS prepared once: (short words, long words, long form as compared).
_FORMS = tuple((tuple(short.split()), tuple(long.split()), _phrase_key(long.split())) for short, long in ABBREVIATIONS)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    if not n or needle[0] not in haystack:
        return False
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def other_forms(text_words: list[str]) -> list[str]:
    """The short and long forms of what ``text_words`` says, to be searchable too."""
    key = _phrase_key(text_words)
    present = set(text_words)
    extra: list[str] = []
    for short_words, long_words, long_key in _FORMS:
        if _contains(key, long_key):
            extra.extend(short_words)
        if len(short_words) == 1 and short_words[0] in present:
            extra.extend(long_words)
    seen = set(present)
    result = []
    for word in extra:
        if word not in seen:
            seen.add(word)
            result.append(word)
    return result


def search_fields(*, listed_name: str, organisation_name: str, service_name: str, delivery_partner: str,
                  areas_served: str, region_names: Iterable[str]) -> tuple[str, str]:
    """The two searchable texts of a listing: its names (with their other forms) and its places."""
    name_words: list[str] = []
    for part in (listed_name, organisation_name, service_name, delivery_partner):
        name_words.extend(words(part))
    names = name_words + other_forms(name_words)
    places = words(areas_served) + [w for region in region_names for w in words(region)]
    return " ".join(names), " ".join(places)


def sort_key(listed_name: str) -> str:
    """How listings sort by name: folded, ignoring a leading "The"."""
    folded = " ".join(words(listed_name))
    return folded.removeprefix("the ")[:250]


def vocabulary(*texts: str) -> set[str]:
    return {word for text in texts for word in text.split() if word}


@dataclass(frozen=True)
class Query:
    """A search as typed (``text``, cleaned) and the words it looks for."""

    text: str
    words: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.words)


def parse_query(raw: str | None) -> Query:
    """The words to look for: at most :data:`MAX_QUERY_WORDS`, each once, without the
    :data:`STOPWORDS` unless there is nothing else."""
    text = clean(raw)
    found = words(text)
    kept = [w for w in found if w not in STOPWORDS] or found
    unique: list[str] = []
    for word in kept:
        if word not in unique:
            unique.append(word)
    return Query(text=text, words=tuple(unique[:MAX_QUERY_WORDS]))
