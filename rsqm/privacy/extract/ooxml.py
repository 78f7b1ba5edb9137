"""DOCX and XLSX: every place a person types text, read from the package's XML.

Each text node's place in its part is kept (``OfficeMap``) so that redaction can rewrite exactly
the nodes that hold findings and leave every other byte alone.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import urllib.parse
from dataclasses import dataclass, field

from ..base import Extracted, Limits, Refused, Segment
from .archive import Package
from .tables import label_tables
from .xmltext import EMPTY, END, START, TEXT, attrs, decode, tokens


@dataclass(slots=True)
class Node:
    """A stretch of extracted text and the XML it came from.

    kind "t": a text node, rewritten in place; kind "cell": a spreadsheet cell whose value is not a
    string (a number, a date, a formula's result), rewritten as an inline string.
    """

    start: int
    end: int
    part: str
    xml_start: int
    xml_end: int
    kind: str = "t"
    ref: str = ""


@dataclass
class OfficeMap:
    parts: dict[str, str] = field(default_factory=dict)  # part name -> its XML as read
    nodes: list[Node] = field(default_factory=list)


class _Out:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.nodes: list[Node] = []
        self.segments: list[Segment] = []
        self.tables: list[list[list[Segment]]] = []

    def add(self, s: str) -> None:
        if s:
            self.chunks.append(s)
            self.pos += len(s)

    def node(self, s: str, part: str, xs: int, xe: int, kind: str = "t", ref: str = "") -> None:
        start = self.pos
        self.add(s)
        self.nodes.append(Node(start, self.pos, part, xs, xe, kind, ref))

    def drop_last(self, ch: str) -> None:
        if self.chunks and self.chunks[-1].endswith(ch):
            last = self.chunks.pop()[: -len(ch)]
            self.pos -= len(ch)
            if last:
                self.chunks.append(last)

    def text(self) -> str:
        return "".join(self.chunks)


# ---------------------------------------------------------------------------------------------- DOCX

_WORD_TEXT = frozenset({"w:t", "w:delText"})


def _word_part(out: _Out, xml: str, part: str, kind: str) -> None:
    skip = 0
    in_text = False
    in_run = 0
    tables: list[list[list[Segment]]] = []
    part_start = out.pos
    for tk, name, payload, s, e in tokens(xml, part):
        if skip:
            if tk == START:
                skip += 1
            elif tk == END:
                skip -= 1
            continue
        if tk == TEXT:
            if in_text:
                out.node(payload, part, s, e)
            continue
        if tk == END:
            if name in _WORD_TEXT:
                in_text = False
            elif name == "w:r":
                in_run -= 1
            elif name == "w:p":
                out.add("\n")
            elif name == "w:tc" and tables and tables[-1] and tables[-1][-1]:
                out.drop_last("\n")
                tables[-1][-1][-1].end = out.pos
                out.add("\t")
            elif name == "w:tr":
                out.drop_last("\t")
                out.add("\n")
            elif name == "w:tbl" and tables:
                out.tables.append(tables.pop())
            continue
        # START or EMPTY
        if name == "mc:Fallback" and tk == START:
            skip = 1  # the same content as mc:Choice, for older readers
        elif name in _WORD_TEXT:
            in_text = tk == START
        elif name == "w:r" and tk == START:
            in_run += 1
        elif in_run and name == "w:tab":
            out.add("\t")
        elif in_run and name in ("w:br", "w:cr"):
            out.add("\n")
        elif in_run and name == "w:noBreakHyphen":
            out.add("-")
        elif name == "w:tbl" and tk == START:
            tables.append([])
        elif name == "w:tr" and tk == START and tables:
            tables[-1].append([])
        elif name == "w:tc" and tk == START and tables and tables[-1]:
            seg = Segment(out.pos, out.pos, kind="cell")
            tables[-1][-1].append(seg)
            out.segments.append(seg)
    if kind != "body" and out.pos > part_start:
        out.segments.append(Segment(part_start, out.pos, kind=kind))
    out.add("\n")


_CORE_FIELDS = frozenset({"dc:title", "dc:subject", "cp:keywords", "dc:description", "cp:category"})


def _core_properties(out: _Out, pkg: Package, omap: OfficeMap | None) -> None:
    part = "docProps/core.xml"
    if not pkg.has(part):
        return
    xml = decode(pkg.read(part), part)
    if omap is not None:
        omap.parts[part] = xml
    current = None
    for tk, name, payload, s, e in tokens(xml, part):
        if tk == START and name in _CORE_FIELDS:
            current = name
        elif tk == END:
            current = None
        elif tk == TEXT and current and payload.strip():
            _property(out, payload, part, s, e, current.split(":")[1])


def _property(out: _Out, value: str, part: str, s: int, e: int, label: str) -> None:
    start = out.pos
    out.node(value, part, s, e)
    out.segments.append(Segment(start, out.pos, kind="property", labels=(label,)))
    out.add("\n")


def _app_titles(out: _Out, pkg: Package, omap: OfficeMap | None) -> None:
    """The titles of parts the application lists in docProps/app.xml: a spreadsheet's sheet names again."""
    part = "docProps/app.xml"
    if not pkg.has(part):
        return
    xml = decode(pkg.read(part), part)
    if omap is not None:
        omap.parts[part] = xml
    depth = 0
    for tk, name, payload, s, e in tokens(xml, part):
        if name.endswith("TitlesOfParts"):
            depth += 1 if tk == START else -1 if tk == END else 0
        elif tk == TEXT and depth > 0 and payload.strip():
            _property(out, payload, part, s, e, "title")


_TARGET = re.compile(r"""\bTarget\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NAME_ATTR = re.compile(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Links that write to or ring someone: the visible text may say "email her" while the target holds the address.
_PERSONAL_SCHEMES = ("mailto:", "tel:", "sms:", "callto:")


def _attr_span(pattern: re.Pattern[str], xml: str, s: int, e: int) -> tuple[int, int] | None:
    m = pattern.search(xml, s, e)
    if m is None:
        return None
    g = 1 if m.group(1) is not None else 2
    return m.start(g), m.end(g)


def _links(out: _Out, pkg: Package, source: str, omap: OfficeMap | None) -> None:
    """The addresses and numbers that a part's hyperlinks lead to (mailto:, tel:), one a line."""
    rels_part = _rels_part(source)
    if not pkg.has(rels_part):
        return
    xml = decode(pkg.read(rels_part), rels_part)
    for tk, tag, payload, s, e in tokens(xml, rels_part):
        if tk not in (START, EMPTY) or not tag.endswith("Relationship"):
            continue
        a = attrs(payload)
        target = a.get("Target", "")
        scheme = next((p for p in _PERSONAL_SCHEMES if target.lower().startswith(p)), None)
        span = _attr_span(_TARGET, xml, s, e)
        if a.get("TargetMode") != "External" or scheme is None or span is None:
            continue
        value = urllib.parse.unquote(target[len(scheme):])
        if not value.strip():
            continue
        if omap is not None:
            omap.parts[rels_part] = xml
        start = out.pos
        out.add(value)
        # the node covers the whole attribute; redaction writes the scheme back before the label
        out.nodes.append(Node(start, out.pos, rels_part, span[0], span[1], "link", target[:len(scheme)]))
        out.segments.append(Segment(start, out.pos, kind="link"))
        out.add("\n")


def _rels_part(source: str) -> str:
    folder, name = posixpath.split(source)
    return posixpath.join(folder, "_rels", name + ".rels")


def _rels(pkg: Package, source: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) for a part."""
    folder = posixpath.dirname(source)
    rels_part = _rels_part(source)
    if not pkg.has(rels_part):
        return {}
    out = {}
    for tk, tag, payload, _, _ in tokens(decode(pkg.read(rels_part), rels_part), rels_part):
        if tk in (START, EMPTY) and tag.endswith("Relationship"):
            a = attrs(payload)
            if a.get("TargetMode") == "External":
                continue
            target = a.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[a.get("Id", "")] = (a.get("Type", "").rsplit("/", 1)[-1], target)
    return out


def _finish(out: _Out, kind: str, images: int, omap: OfficeMap | None) -> Extracted:
    text = out.text()
    label_tables(text, out.tables)
    if omap is not None:
        omap.nodes = out.nodes
    return Extracted(text, out.segments, kind=kind, images=images)


def extract_docx(data: bytes, limits: Limits, omap: OfficeMap | None = None) -> Extracted:
    pkg = Package(data, limits, "docx")
    main = "word/document.xml"
    rels = _rels(pkg, main)
    parts = [(main, "body")]
    order = {"header": 1, "footer": 2, "footnotes": 3, "endnotes": 4, "comments": 5}
    extra = sorted((order[t], target) for t, target in rels.values() if t in order and pkg.has(target))
    parts += [(target, next(k for k, v in order.items() if v == o)) for o, target in extra]
    out = _Out()
    for part, kind in parts:
        xml = decode(pkg.read(part), part)
        if omap is not None:
            omap.parts[part] = xml
        _word_part(out, xml, part, kind)
        _links(out, pkg, part, omap)
        if out.pos > limits.max_text_chars:
            raise Refused(f"refused: the extracted text exceeds the limit of {limits.max_text_chars} characters (max_text_chars)")
    _core_properties(out, pkg, omap)
    _app_titles(out, pkg, omap)
    return _finish(out, "docx", pkg.images("word/media/"), omap)


# ---------------------------------------------------------------------------------------------- XLSX

_BUILTIN_DATE_FORMATS = frozenset(range(14, 23)) | {27, 30, 36, 45, 46, 47, 50, 57}


def _date_styles(pkg: Package) -> set[int]:
    part = "xl/styles.xml"
    if not pkg.has(part):
        return set()
    custom: dict[int, str] = {}
    dates: set[int] = set()
    in_xfs = False
    index = 0
    for tk, name, payload, _, _ in tokens(decode(pkg.read(part), part), part):
        if tk in (START, EMPTY) and name == "x:numFmt":
            a = attrs(payload)
            try:
                custom[int(a.get("numFmtId", "-1"))] = a.get("formatCode", "")
            except ValueError:
                pass
        elif tk == START and name == "x:cellXfs":
            in_xfs = True
        elif tk == END and name == "x:cellXfs":
            in_xfs = False
        elif in_xfs and tk in (START, EMPTY) and name == "x:xf":
            try:
                fmt = int(attrs(payload).get("numFmtId", "0"))
            except ValueError:
                fmt = 0
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fmt, "")).lower()
            if fmt in _BUILTIN_DATE_FORMATS or (fmt in custom and re.search(r"[dy]", code)):
                dates.add(index)
            index += 1
    return dates


def _number_text(raw: str, is_date: bool, date1904: bool) -> str:
    raw = raw.strip()
    try:
        value = float(raw)
    except ValueError:
        return raw
    if is_date and 0 < value < 2958466:
        base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        when = base + dt.timedelta(days=value)
        return when.strftime("%d/%m/%Y") if value == int(value) else when.strftime("%d/%m/%Y %H:%M")
    if re.fullmatch(r"-?\d+", raw):
        return raw
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return raw


def _shared_strings(pkg: Package, omap: OfficeMap | None) -> list[tuple[str, list[tuple[int, int, int, int]]]]:
    part = "xl/sharedStrings.xml"
    if not pkg.has(part):
        return []
    xml = decode(pkg.read(part), part)
    if omap is not None:
        omap.parts[part] = xml
    items: list[tuple[str, list[tuple[int, int, int, int]]]] = []
    chunks: list[str] = []
    nodes: list[tuple[int, int, int, int]] = []
    pos = 0
    in_t = False
    phonetic = 0
    for tk, name, payload, s, e in tokens(xml, part):
        if tk == START:
            if name == "x:si":
                chunks, nodes, pos = [], [], 0
            elif name == "x:rPh":
                phonetic += 1
            elif name == "x:t":
                in_t = True
        elif tk == END:
            if name == "x:si":
                items.append(("".join(chunks), nodes))
            elif name == "x:rPh":
                phonetic -= 1
            elif name == "x:t":
                in_t = False
        elif tk == EMPTY and name == "x:si":
            items.append(("", []))
        elif tk == TEXT and in_t and not phonetic:
            chunks.append(payload)
            nodes.append((pos, pos + len(payload), s, e))
            pos += len(payload)
    return items


_CellNodes = list[tuple[int, int, str, int, int, str]]  # (start, end) in the cell's text, part, xml span, kind


def _sheet_cells(xml: str, part: str, shared, dates: set[int], date1904: bool) -> list[tuple[int, str, int, str, _CellNodes]]:
    """(row, column letters, column index, text, nodes) of each non-empty cell."""
    cells = []
    ref = ""
    ctype = ""
    style = 0
    c_start = 0
    value: list[str] = []
    inline: _CellNodes = []
    inline_text: list[str] = []
    in_v = in_t = False
    phonetic = 0
    for tk, name, payload, s, e in tokens(xml, part):
        if tk == TEXT:
            if in_v:
                value.append(payload)
            elif in_t and not phonetic:
                p = sum(len(x) for x in inline_text)
                inline.append((p, p + len(payload), part, s, e, "t"))
                inline_text.append(payload)
            continue
        if tk in (START, EMPTY) and name == "x:c":
            a = attrs(payload)
            ref, ctype, c_start = a.get("r", ""), a.get("t", "n"), s
            try:
                style = int(a.get("s", "0"))
            except ValueError:
                style = 0
            value, inline, inline_text = [], [], []
            continue
        if tk == START:
            if name == "x:v":
                in_v = True
            elif name == "x:t":
                in_t = True
            elif name == "x:rPh":
                phonetic += 1
        elif tk == END:
            if name == "x:v":
                in_v = False
            elif name == "x:t":
                in_t = False
            elif name == "x:rPh":
                phonetic -= 1
            elif name == "x:c":
                m = re.fullmatch(r"([A-Z]{1,3})(\d+)", ref)
                if not m:
                    continue
                row, col = int(m.group(2)), m.group(1)
                raw = "".join(value)
                if ctype == "s":
                    try:
                        text, snodes = shared[int(raw)]
                    except (ValueError, IndexError):
                        continue
                    nodes = [(a, b, "xl/sharedStrings.xml", xs, xe, "t") for a, b, xs, xe in snodes]
                elif ctype == "inlineStr":
                    text, nodes = "".join(inline_text), inline
                elif ctype in ("b", "e"):
                    continue
                elif ctype in ("str", "d"):
                    text = raw
                    nodes = [(0, len(text), part, c_start, e, "cell")]
                else:
                    text = _number_text(raw, style in dates, date1904) if raw else ""
                    nodes = [(0, len(text), part, c_start, e, "cell")]
                if text.strip():
                    col_index = 0
                    for ch in col:
                        col_index = col_index * 26 + ord(ch) - 64
                    cells.append((row, col, col_index - 1, text, nodes))
    return cells


def _comments(pkg: Package, part: str, tag: str, omap: OfficeMap | None) -> list[tuple[str, str, list]]:
    """(cell reference, text, nodes) of each comment in a comments part."""
    xml = decode(pkg.read(part), part)
    if omap is not None:
        omap.parts[part] = xml
    out = []
    ref = None
    chunks: list[str] = []
    nodes: list[tuple[int, int, int, int]] = []
    in_text = 0
    in_t = False
    for tk, name, payload, s, e in tokens(xml, part):
        if tk == START and name.endswith(":" + tag):
            ref, chunks, nodes = attrs(payload).get("ref", ""), [], []
        elif tk == END and name.endswith(":" + tag) and ref is not None:
            out.append((ref, "".join(chunks), nodes))
            ref = None
        elif tk == START and name.endswith(":text"):
            in_text += 1
        elif tk == END and name.endswith(":text"):
            in_text -= 1
        elif tk == START and name.endswith(":t"):
            in_t = True
        elif tk == END and name.endswith(":t"):
            in_t = False
        elif tk == TEXT and ref is not None and in_text and (in_t or tag == "threadedComment"):
            p = sum(len(c) for c in chunks)
            chunks.append(payload)
            nodes.append((p, p + len(payload), s, e))
    return out


def extract_xlsx(data: bytes, limits: Limits, omap: OfficeMap | None = None) -> Extracted:
    pkg = Package(data, limits, "xlsx")
    book_part = "xl/workbook.xml"
    book = decode(pkg.read(book_part), book_part)
    if omap is not None:
        omap.parts[book_part] = book
    sheets: list[tuple[str, str, tuple[int, int] | None]] = []
    date1904 = False
    for tk, name, payload, s, e in tokens(book, book_part):
        if tk in (START, EMPTY) and name == "x:sheet":
            a = attrs(payload)
            sheets.append((a.get("name", ""), a.get("id", ""), _attr_span(_NAME_ATTR, book, s, e)))
        elif tk in (START, EMPTY) and name == "x:workbookPr":
            date1904 = attrs(payload).get("date1904", "0") in ("1", "true")
    rels = _rels(pkg, book_part)
    shared = _shared_strings(pkg, omap)
    dates = _date_styles(pkg)
    out = _Out()
    for index, (sheet_name, rid, name_span) in enumerate(sheets, 1):
        if sheet_name.strip() and name_span is not None:
            # a sheet may be named after the person it is about; its name is a line of its own
            start = out.pos
            out.add(sheet_name)
            out.nodes.append(Node(start, out.pos, book_part, name_span[0], name_span[1], "sheetname", str(index)))
            out.segments.append(Segment(start, out.pos, sheet=sheet_name, kind="sheetname"))
            out.add("\n")
        target = rels.get(rid, ("", ""))[1]
        if not target or not pkg.has(target):
            continue
        xml = decode(pkg.read(target), target)
        if omap is not None:
            omap.parts[target] = xml
        cells = _sheet_cells(xml, target, shared, dates, date1904)
        rows: dict[int, list[tuple[str, int, str, _CellNodes]]] = {}
        for row, col, ci, text, nodes in cells:
            rows.setdefault(row, []).append((col, ci, text, nodes))
        table: list[list[Segment]] = []
        for row in sorted(rows):
            segs = []
            for i, (col, _ci, text, nodes) in enumerate(sorted(rows[row], key=lambda x: x[1])):
                if i:
                    out.add("\t")
                base = out.pos
                out.add(text)
                for a, b, part, xs, xe, kind in nodes:
                    out.nodes.append(Node(base + a, base + b, part, xs, xe, kind, f"{col}{row}"))
                seg = Segment(base, out.pos, sheet=sheet_name, cell=f"{col}{row}", kind="cell")
                segs.append(seg)
                out.segments.append(seg)
            out.add("\n")
            table.append(segs)
        out.tables.append(table)
        _links(out, pkg, target, omap)
        for rtype, cpart in _rels(pkg, target).values():
            if rtype not in ("comments", "threadedComment") or not pkg.has(cpart):
                continue
            tag = "comment" if rtype == "comments" else "threadedComment"
            for ref, text, nodes in _comments(pkg, cpart, tag, omap):
                if not text.strip():
                    continue
                base = out.pos
                out.add(text)
                for a, b, xs, xe in nodes:
                    out.nodes.append(Node(base + a, base + b, cpart, xs, xe, "t", ref))
                out.segments.append(Segment(base, out.pos, sheet=sheet_name, cell=ref, kind="comment"))
                out.add("\n")
        if out.pos > limits.max_text_chars:
            raise Refused(f"refused: the extracted text exceeds the limit of {limits.max_text_chars} characters (max_text_chars)")
    _core_properties(out, pkg, omap)
    _app_titles(out, pkg, omap)
    result = _finish(out, "xlsx", pkg.images("xl/media/"), omap)
    return result
