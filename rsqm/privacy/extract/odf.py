"""ODT and ODS: body, tables, headers and footers, notes, comments, text boxes, tracked deletions,
every sheet and cell, and the title, subject and keywords."""

from __future__ import annotations

from ..base import Extracted, Limits, Refused, Segment
from .archive import Package
from .tables import column_name, label_tables
from .xmltext import EMPTY, END, START, TEXT, attrs, decode, tokens

# Who made a comment or a change, and when, is the application's record, not the document's text.
_SKIP = frozenset({"dc:creator", "dc:date", "office:change-info", "text:note-citation", "meta:creator", "text:sequence-decls",
                   "office:font-face-decls", "office:automatic-styles", "style:style", "number:date-style"})
_PARAGRAPH = frozenset({"text:p", "text:h"})
_META_FIELDS = frozenset({"dc:title", "dc:subject", "meta:keyword", "dc:description"})


class _Text:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.segments: list[Segment] = []
        self.tables: list[list[list[Segment]]] = []

    def add(self, s: str) -> None:
        if s:
            self.chunks.append(s)
            self.pos += len(s)

    def drop_last(self, ch: str) -> None:
        if self.chunks and self.chunks[-1].endswith(ch):
            last = self.chunks.pop()[: -len(ch)]
            self.pos -= len(ch)
            if last:
                self.chunks.append(last)


def _text_part(out: _Text, xml: str, part: str, kind: str) -> None:
    """Paragraphs in document order; table cells end in a tab, rows in a new line."""
    skip = 0
    para = 0
    tables: list[list[list[Segment]]] = []
    start = out.pos
    for tk, name, payload, _, _ in tokens(xml, part):
        if skip:
            if tk == START:
                skip += 1
            elif tk == END:
                skip -= 1
            continue
        if tk == TEXT:
            if para:
                out.add(payload)
            continue
        if tk == START and name in _SKIP:
            skip = 1
        elif name in _PARAGRAPH:
            if tk == START:
                para += 1
            elif tk == END:
                para -= 1
                out.add("\n")
        elif name in ("text:note-body", "office:annotation", "draw:text-box") and tk == START:
            out.add("\n")  # a note, comment or text box is a passage of its own
        elif name == "text:s" and para:
            try:
                out.add(" " * min(int(attrs(payload).get("c", "1")), 1000))
            except ValueError:
                out.add(" ")
        elif name == "text:tab" and para:
            out.add("\t")
        elif name == "text:line-break" and para:
            out.add("\n")
        elif name == "table:table" and tk == START:
            tables.append([])
        elif name == "table:table" and tk == END and tables:
            out.tables.append(tables.pop())
        elif name == "table:table-row" and tk == START and tables:
            tables[-1].append([])
        elif name == "table:table-row" and tk == END:
            out.drop_last("\t")
            out.add("\n")
        elif name == "table:table-cell" and tk == START and tables and tables[-1]:
            seg = Segment(out.pos, out.pos, kind="cell")
            tables[-1][-1].append(seg)
            out.segments.append(seg)
        elif name == "table:table-cell" and tk == END and tables and tables[-1] and tables[-1][-1]:
            out.drop_last("\n")
            tables[-1][-1][-1].end = out.pos
            out.add("\t")
    if kind != "body" and out.pos > start:
        out.segments.append(Segment(start, out.pos, kind=kind))


def _meta(out: _Text, pkg: Package) -> None:
    part = "meta.xml"
    if not pkg.has(part):
        return
    current = None
    for tk, name, payload, _, _ in tokens(decode(pkg.read(part), part), part):
        if tk == START and name in _META_FIELDS:
            current = name
        elif tk == END:
            current = None
        elif tk == TEXT and current and payload.strip():
            start = out.pos
            out.add(payload)
            out.segments.append(Segment(start, out.pos, kind="property", labels=(current.split(":")[1],)))
            out.add("\n")


def _check(pkg: Package, mimetype: str) -> None:
    if pkg.has("mimetype") and pkg.read("mimetype").strip() != mimetype.encode():
        raise Refused(f"not a valid {pkg.kind.upper()} file: it is another kind of OpenDocument")
    for name in ("content.xml",):
        if not pkg.has(name):
            raise Refused(f"not a valid {pkg.kind.upper()} file: {name} is missing")


def extract_odt(data: bytes, limits: Limits) -> Extracted:
    pkg = Package(data, limits, "odt")
    _check(pkg, "application/vnd.oasis.opendocument.text")
    out = _Text()
    _text_part(out, decode(pkg.read("content.xml"), "content.xml"), "content.xml", "body")
    if pkg.has("styles.xml"):
        _text_part(out, decode(pkg.read("styles.xml"), "styles.xml"), "styles.xml", "header")
    _meta(out, pkg)
    text = "".join(out.chunks)
    if len(text) > limits.max_text_chars:
        raise Refused(f"refused: the extracted text exceeds the limit of {limits.max_text_chars} characters (max_text_chars)")
    label_tables(text, out.tables)
    return Extracted(text, out.segments, kind="odt", images=pkg.images("Pictures/"))


def extract_ods(data: bytes, limits: Limits) -> Extracted:
    pkg = Package(data, limits, "ods")
    _check(pkg, "application/vnd.oasis.opendocument.spreadsheet")
    part = "content.xml"
    out = _Text()
    sheet = ""
    row = col = 0
    rows_repeat = cols_repeat = 1
    cell_text: list[str] = []
    note_text: list[str] = []
    in_note = 0
    para = 0
    skip = 0
    line: list[tuple[str, str]] = []  # (cell reference, text) in the current row
    notes: list[tuple[str, str]] = []
    table: list[list[Segment]] = []
    tables: list[list[list[Segment]]] = []
    for tk, name, payload, _, _ in tokens(decode(pkg.read(part), part), part):
        if skip:
            if tk == START:
                skip += 1
            elif tk == END:
                skip -= 1
            continue
        if tk == TEXT:
            if para:
                (note_text if in_note else cell_text).append(payload)
            continue
        if tk == START and name in _SKIP:
            skip = 1
        elif name == "table:table" and tk == START:
            sheet, row, table = attrs(payload).get("name", ""), 0, []
        elif name == "table:table" and tk == END:
            for ref, text in notes:
                start = out.pos
                out.add(text)
                out.segments.append(Segment(start, out.pos, sheet=sheet, cell=ref, kind="comment"))
                out.add("\n")
            notes = []
            tables.append(table)
        elif name == "table:table-row":
            if tk in (START, EMPTY):
                try:
                    rows_repeat = int(attrs(payload).get("number-rows-repeated", "1"))
                except ValueError:
                    rows_repeat = 1
                col, line = 0, []
            if tk in (END, EMPTY):
                if line:
                    segs = []
                    for i, (ref, text) in enumerate(line):
                        if i:
                            out.add("\t")
                        start = out.pos
                        out.add(text)
                        seg = Segment(start, out.pos, sheet=sheet, cell=ref, kind="cell")
                        segs.append(seg)
                        out.segments.append(seg)
                    out.add("\n")
                    table.append(segs)
                row += rows_repeat
                if out.pos > limits.max_text_chars:
                    raise Refused(f"refused: the extracted text exceeds the limit of {limits.max_text_chars} characters "
                                  "(max_text_chars)")
        elif name in ("table:table-cell", "table:covered-table-cell"):
            if tk in (START, EMPTY):
                try:
                    cols_repeat = int(attrs(payload).get("number-columns-repeated", "1"))
                except ValueError:
                    cols_repeat = 1
                cell_text = []
            if tk in (END, EMPTY):
                text = "".join(cell_text).strip("\n")
                if text.strip():
                    line.append((f"{column_name(col)}{row + 1}", text))
                if note_text:
                    notes.append((f"{column_name(col)}{row + 1}", "".join(note_text).strip("\n")))
                note_text = []
                col += cols_repeat
        elif name == "office:annotation":
            if tk == START:
                in_note = 1
            elif tk == END:
                in_note = 0
        elif name in _PARAGRAPH:
            if tk == START:
                if para == 0 and (note_text if in_note else cell_text):
                    (note_text if in_note else cell_text).append("\n")
                para += 1
            elif tk == END:
                para -= 1
        elif name == "text:s" and para:
            (note_text if in_note else cell_text).append(" ")
        elif name == "text:tab" and para:
            (note_text if in_note else cell_text).append("\t")
        elif name == "text:line-break" and para:
            (note_text if in_note else cell_text).append("\n")
    _meta(out, pkg)
    text = "".join(out.chunks)
    label_tables(text, tables)
    return Extracted(text, out.segments, kind="ods", images=pkg.images("Pictures/"))
