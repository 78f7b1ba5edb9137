"""The text under examination and the context questions every recogniser asks of it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..base import Segment, fold

_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_PUNCT = re.compile(r"[.!?]\s*$|[,;]")
_NUMBERED = re.compile(r"(?:^|\n)\s*\d{1,3}[.)]\s*$")
_SENTENCE_START = re.compile(r"(?:\n|[.!?]\s)\s*([A-Za-z])")
# Where a code of capitals and digits may start: a capital after no letter or digit, with a digit in
# its first six characters. Every such pattern (NI numbers, postcodes, driving licences, vehicle
# registrations, prison numbers) starts at one of these places, so each is tried only there.
_CODE_START = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z9]{0,4} ?\d")
# A digit after a letter, or after a letter and a space: where a code of letters and digits in any case goes on
# ("a1120tb", "ck17 zcy", "wm 72 72 42 a"). Found from the digit, which is rarer than a letter.
_LETTER_DIGIT = re.compile(r"[0-9](?:(?<=[A-Za-z][0-9])|(?<=[A-Za-z] [0-9]))")
_SMALL_WORDS = frozenset("a an i in of on at to by is be we me my so or as it he no up the for and was are age per all has had "
                         "his her our its day may".split())


def ending(phrases, *, trailing: str = "") -> re.Pattern[str]:
    """A pattern for text that ends with one of ``phrases`` (whole words), then ``trailing``; it is
    matched against the text reversed (``ends(pattern, text)``).

    ``re.search`` with a pattern anchored at ``$`` tries every position of its window; the reversed
    pattern is tried once, at the start: ten times faster on the short windows before a name.
    ``trailing`` is written reversed (most such patterns are symmetric: ``[\\s,:]*``).
    """
    alts = "|".join(re.escape(p[::-1]) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"{trailing}(?:{alts})(?!\w)")


def ends(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Match a pattern made by ``ending`` (or written reversed) at the end of ``text``."""
    return pattern.match(text[::-1])


class Spans:
    """Sorted, possibly overlapping spans, asked whether a position or range meets one."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_len = max((e - s for s, e in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, start - self.max_len)
        j = bisect.bisect_left(self.starts, end)
        return [(s, e) for s, e in self.spans[i:j] if e > start and s < end]

    def any_overlap(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start - self.max_len)
        j = bisect.bisect_left(self.starts, end)
        return any(e > start for s, e in self.spans[i:j])

    def contains(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.overlapping(start, end))

    def __bool__(self) -> bool:
        return bool(self.spans)


@dataclass(slots=True)
class Cand:
    """A candidate finding; ``score`` at or above the threshold makes it a finding."""

    category: str
    start: int
    end: int
    score: float
    why: str = ""


_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’')\]]|$)|[\n\t]|\s[-–—•]\s|;\s")
# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(r"(?:\b(?:mr|mrs|ms|dr|st|no|nos|prof|rev|revd|fr|sr|jr|cllr|sgt|insp|det|approx|etc|e\.g|i\.e|vs|v|"
                     r"tel|ref|dob|d\.o\.b|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])\.)$")


# What ends a sentence, a cell or a line; the first is written reversed, to find the nearest break before a place.
_BREAK_BEFORE = re.compile(r"[\n\t]| [;.!?]")
_BREAK_AFTER = re.compile(r"[\n\t]|[;.!?] |[.!?]\Z")


class Doc:
    def __init__(self, text: str, segments: list[Segment] | None = None) -> None:
        self.text = text
        self.folded = text.lower() if text.isascii() else fold(text)
        self._newlines: list[int] | None = None
        segs = sorted(segments or [], key=lambda s: (s.start, s.end))
        self._small = [s for s in segs if s.kind in ("cell", "field", "property")]
        self._small_starts = [s.start for s in self._small]
        self._big = [s for s in segs if s.kind not in ("cell", "field", "property")]
        self._big_starts = [s.start for s in self._big]
        self._heading: dict[int, bool] = {}
        self._code_starts: list[int] | None = None
        self._mixed_starts: list[int] | None = None
        self.hits: dict[str, list[tuple[int, int]]] | None = None
        self._informal: bool | None = None

    # -- places -------------------------------------------------------------------------------
    def line_number(self, pos: int) -> int:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self._newlines, pos) + 1

    def segment(self, pos: int) -> Segment | None:
        i = bisect.bisect_right(self._small_starts, pos) - 1
        if i >= 0 and self._small[i].start <= pos < max(self._small[i].end, self._small[i].start + 1):
            return self._small[i]
        i = bisect.bisect_right(self._big_starts, pos) - 1
        while i >= 0:
            seg = self._big[i]
            if seg.start <= pos < seg.end:
                return seg
            if len(self._big) < 64:
                i -= 1
            else:
                break
        return None

    def cells(self) -> list[Segment]:
        return self._small

    def row_start_cell(self, pos: int) -> Segment | None:
        """The first cell of the table row at ``pos`` (a row is a line of the extracted text)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        i = bisect.bisect_left(self._small_starts, line_start)
        if i < len(self._small) and self._small[i].start <= pos and self._small[i].kind == "cell":
            return self._small[i]
        return None

    def codes(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """What ``pattern.finditer`` finds in the text, for a pattern of a code (see ``_CODE_START``)."""
        if self._code_starts is None:
            self._code_starts = [m.start() for m in _CODE_START.finditer(self.text)]
        out = []
        last = 0
        for pos in self._code_starts:
            if pos >= last:
                m = pattern.match(self.text, pos)
                if m is not None:
                    out.append(m)
                    last = m.end()
        return out

    def mixed_codes(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """What ``pattern`` matches where a code of one to three letters, a space or none, then a digit, starts
        after no letter, digit or hyphen; in either case. ``pattern`` is matched at those places only."""
        if self._mixed_starts is None:
            text = self.text
            starts = []
            for m in _LETTER_DIGIT.finditer(text):
                q = m.start() - 1
                if text[q] == " ":
                    q -= 1
                s = q
                while s > 0 and q - s < 2 and text[s - 1].isascii() and text[s - 1].isalpha():
                    s -= 1
                if (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "-_")) and not (
                        q < m.start() - 1 and text[s:q + 1] in _SMALL_WORDS):
                    starts.append(s)  # (not "in 2024", "of 45": a small word before a number)
            self._mixed_starts = starts
        out = []
        for pos in self._mixed_starts:
            m = pattern.match(self.text, pos)
            if m is not None:
                out.append(m)
        return out

    @property
    def informal(self) -> bool:
        """Whether the text is written mostly without capitals at the start of its sentences (chat
        exports, texts, a young person's own words): names, postcodes and numbers come in lower case."""
        if self._informal is None:
            starts = self.text[:1] + "".join(_SENTENCE_START.findall(self.text))
            lower = sum(1 for c in starts if c.islower())
            self._informal = lower >= 3 and lower >= 0.4 * len(starts)
        return self._informal

    # -- context ------------------------------------------------------------------------------
    def line_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end

    def before(self, pos: int, width: int = 40, *, cross_tab: bool = True) -> str:
        """Folded text just before ``pos`` on the same line."""
        lo = max(0, pos - width)
        start = max(self.text.rfind("\n", lo, pos) + 1, lo)
        if not cross_tab:
            start = max(start, self.text.rfind("\t", lo, pos) + 1)
        return self.folded[start:pos]

    def after(self, pos: int, width: int = 40) -> str:
        end = self.text.find("\n", pos, pos + width)
        return self.folded[pos:pos + width if end < 0 else end]

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Bounds of the sentence (or table cell, or line) around a span."""
        end = start if end is None else end
        text = self.text
        lo = max(0, start - 300)
        s = lo
        back = text[lo:start][::-1]  # the nearest break before the span is the first in this
        k = 0
        while (m := _BREAK_BEFORE.search(back, k)) is not None:
            cut = start - 1 - m.start() - (0 if back[m.start()] in "\n\t" else 1)
            if text[cut] == "." and _ABBREV.search(self.folded, max(0, cut - 6), cut + 1) or self._wrapped(cut):
                k = start - cut
                continue
            s = cut + 1
            break
        hi = min(len(text), end + 300)
        e = hi
        pos = end
        while (m := _BREAK_AFTER.search(text, pos, hi)) is not None:
            cut = m.start()
            if text[cut] == "." and _ABBREV.search(self.folded, max(0, cut - 6), cut + 1) or self._wrapped(cut):
                pos = cut + 1
                continue
            e = cut + (1 if text[cut] in ".!?" else 0)
            break
        return s, e

    def _wrapped(self, pos: int) -> bool:
        """Whether the line break at ``pos`` only wraps a sentence: the line before ends mid-sentence
        and the next goes on in lower case ("Rhydian, who\nwears a hearing aid")."""
        text = self.text
        return (text[pos] == "\n" and 0 < pos < len(text) - 1 and text[pos + 1].islower()
                and (text[pos - 1].isalnum() or text[pos - 1] in ",'’") and not self._in_cell(pos))

    def _in_cell(self, pos: int) -> bool:
        seg = self.segment(pos)
        return seg is not None and seg.kind in ("cell", "field", "property")

    def labels(self, pos: int) -> tuple[str, ...]:
        seg = self.segment(pos)
        return seg.labels if seg is not None else ()

    def is_heading_line(self, pos: int) -> bool:
        """A line that reads as a title: short, and most of its words capitalised."""
        start, end = self.line_bounds(pos)
        cached = self._heading.get(start)
        if cached is not None:
            return cached
        line = self.text[start:end]
        words = _WORDS.findall(line)
        result = False
        if 2 <= len(words) <= 14 and len(line) < 120:
            caps = sum(1 for w in words if w[0].isupper())
            small = sum(1 for w in words if w.lower() in ("of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "at"))
            result = caps >= 2 and caps + small >= 0.8 * len(words) and caps >= 0.6 * (len(words) - small)
            result = result and not _SENTENCE_PUNCT.search(line.strip())
        self._heading[start] = result
        return result

    def sentence_initial(self, pos: int) -> bool:
        """Whether the word at ``pos`` is capitalised only because a sentence, line or cell starts there."""
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in " \u00a0\"“‘'([*•–-":
            i -= 1
        if i < 0 or text[i] in "\n\t.!?:;|>":
            if i >= 0 and text[i] == ".":
                return not _ABBREV.search(self.folded, max(0, i - 6), i + 1)
            return True
        # a numbered item: "1. Kyle ...", "2) ..."
        return bool(_NUMBERED.search(text, max(0, pos - 8), pos))
