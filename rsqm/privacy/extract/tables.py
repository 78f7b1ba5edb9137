"""Tables in any format: what each cell's column and row say it holds."""

from __future__ import annotations

import re

from ..base import Segment

# A header like these marks a table of counts, whose rows describe no one.
COUNT_WORDS = re.compile(r"\s*(?:counts?|totals?|n|%|percent(?:age)?|proportion|frequency|number|no\.?|sum"
                         r"|(?:number|no\.?|count|%|percentage|proportion|total) (?:of|in) .*|.* \((?:n|%|count)\))\s*", re.I)


_COUNT_VALUE = re.compile(r"|[-–—*]|n/?a|suppressed|[<>~]?\s*(?:\d{1,6}(?:\.\d+)?|\d{1,3}(?:,\d{3})+)\s*%?"
                          r"(?:\s*\(\s*[<>]?\s*\d+(?:\.\d+)?\s*%?\s*\))?", re.I)


def column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _column(seg: Segment, index: int) -> object:
    if seg.cell:
        return re.sub(r"\d", "", seg.cell)
    return index


def _numbers_rows(text: str, rows: list[list[Segment]], col: object) -> bool:
    values = [text[seg.start:seg.end].strip().rstrip(".") for row in rows for c, seg in enumerate(row) if _column(seg, c) == col]
    values = [v for v in values if v]
    return len(values) >= 2 and all(v.isdigit() for v in values) and [int(v) for v in values] == list(
        range(int(values[0]), int(values[0]) + len(values))) and int(values[0]) <= 1


def label_tables(text: str, tables: list[list[list[Segment]]]) -> None:
    """Give each table cell the words that say what it holds: its column's header and its left neighbour."""
    for rows in tables:
        if not rows:
            continue
        header_at = None
        for r, row in enumerate(rows[:5]):
            values = [text[s.start:s.end].strip() for s in row]
            if len([v for v in values if v]) >= 2:
                if all(len(v) < 60 for v in values) and not any(re.search(r"\d{3,}", v) for v in values):
                    header_at = r
                break
        header: dict[object, str] = {}
        aggregate = False
        if header_at is not None and len(rows) > header_at + 1:
            header = {_column(seg, c): text[seg.start:seg.end].strip() for c, seg in enumerate(rows[header_at])}
            counted = {col for col, h in header.items() if COUNT_WORDS.fullmatch(h)}
            # a "No." column numbering the rows 1, 2, 3 ... is an index, not a count
            counted = {col for col in counted if not _numbers_rows(text, rows[header_at + 1:], col)}
            # a column headed "Number" of passport numbers is no count: counts are short numbers
            aggregate = bool(counted) and all(
                _COUNT_VALUE.fullmatch(text[seg.start:seg.end].strip())
                for row in rows[header_at + 1:] for c, seg in enumerate(row) if _column(seg, c) in counted)
        two_columns = max(len(row) for row in rows) <= 2
        for r, row in enumerate(rows):
            for c, seg in enumerate(row):
                labels = []
                left = text[row[c - 1].start:row[c - 1].end].strip() if c > 0 else ""
                if left and len(left) >= 40:
                    left = ""
                # A two-column table is read as a form (label, value); a wider one by its header row,
                # whose own cells are labels, not values.
                if two_columns:
                    if left:
                        labels.append(left)
                    if header and header_at is not None and r > header_at and header.get(_column(seg, c)):
                        labels.append(header[_column(seg, c)])
                elif r != header_at:
                    if header and header_at is not None and r > header_at and header.get(_column(seg, c)):
                        labels.append(header[_column(seg, c)])
                    if left and (not header or left.endswith(":")):
                        labels.append(left)
                    # a form laid out in columns, one per person ("Details | Young person | Parent"): the row's
                    # first cell says what each cell of the row holds
                    first = text[row[0].start:row[0].end].strip() if c else ""
                    if first and len(first) < 40 and not any(ch.isdigit() for ch in first) and first not in labels:
                        labels.append(first)
                seg.labels = tuple(labels)
                seg.aggregate = aggregate
