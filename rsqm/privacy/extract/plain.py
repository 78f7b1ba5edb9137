"""Plain text and CSV: the decoded content is the extracted text, character for character."""

from __future__ import annotations

import re

from ..base import Extracted, Refused, Segment
from .tables import column_name, label_tables

_BOM = b"\xef\xbb\xbf"
# Windows-1252 leaves five bytes undefined; their presence means the file is not that either.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")



def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 with or without BOM (the BOM is not text), UTF-16 with a BOM,
    or Windows-1252."""
    if data.startswith(_BOM):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise Refused("not readable as text: it starts as UTF-8 but is not valid UTF-8") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise Refused("not readable as text: it starts as UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data[:65536]:
        raise Refused("not readable as text: it holds binary data")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _CP1252_UNDEFINED.search(data):
        raise Refused("not readable as text: neither UTF-8 nor Windows-1252")
    return data.decode("cp1252"), "cp1252"


def extract_txt(data: bytes) -> Extracted:
    text, _ = decode(data)
    return Extracted(text, [Segment(0, len(text))], kind="txt")


def _delimiter(text: str) -> str:
    first = text[:4096].split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_cells(text: str) -> list[list[tuple[int, int]]]:
    """Rows of (start, end) spans of each field's content (quotes excluded)."""
    d = _delimiter(text)
    delim = re.escape(d)
    field = re.compile(rf'[ \t]*"((?:[^"]|"")*)"[ \t]*(?={delim}|\r|\n|$)|([^{delim}\r\n]*)')
    rest = re.compile(rf"[^{delim}\r\n]+")
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while True:
        m = field.match(text, pos)
        start, end = (m.start(1), m.end(1)) if m.group(1) is not None else (m.start(2), m.end(2))
        pos = m.end()
        r = rest.match(text, pos)
        if r is not None:  # text after a closing quote: the field runs on to the delimiter
            end, pos = r.end(), r.end()
        row.append((start, end))
        if pos >= n:
            break
        if text.startswith(d, pos):
            pos += len(d)
            continue
        pos += 2 if text.startswith("\r\n", pos) else 1
        rows.append(row)
        row = []
        if pos >= n:
            break
    if row and any(e > s for s, e in row):
        rows.append(row)
    return rows


def extract_csv(data: bytes) -> Extracted:
    text, _ = decode(data)
    return csv_extracted(text)


def csv_extracted(text: str) -> Extracted:
    """Each field a segment labelled by its column's header and its left neighbour."""
    table = [[Segment(s, e, cell=f"{column_name(c)}{r + 1}", kind="cell") for c, (s, e) in enumerate(row) if e > s]
             for r, row in enumerate(csv_cells(text))]
    label_tables(text, [table])
    return Extracted(text, [seg for row in table for seg in row], kind="csv")
