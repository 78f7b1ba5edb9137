"""Extraction: every place a person can type text is read, and read once."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from rsqm.privacy import Limits, Refused, scan_file
from rsqm.privacy.extract import extract

from . import builders as b

IN_PROCESS = Limits(isolate=False)


def text_of(data: bytes, name: str) -> str:
    return extract(data, name, IN_PROCESS).text


def test_docx_body_tables_headers_footers_notes_comments_boxes_changes_and_properties():
    doc = b.docx(
        b.p("Body text") + b.table([["Cell one", "Cell two"]]) + b.textbox("Boxed text")
        + b.tracked("Kept ", "Deleted", "Inserted"),
        footnotes=["Footnote text"], comments=["Comment text"], header="Header text", footer="Footer text",
        title="Title text", subject="Subject text", keywords="Keyword text")
    text = text_of(doc, "a.docx")
    for piece in ("Body text", "Cell one\tCell two", "Kept DeletedInserted", "Footnote text", "Comment text", "Header text",
                  "Footer text", "Title text", "Subject text", "Keyword text"):
        assert piece in text, piece
    assert text.count("Boxed text") == 1  # the copy Word keeps for older readers is not read twice


def test_docx_made_by_python_docx_is_read():
    import docx

    document = docx.Document()
    document.core_properties.title = "Kyle Morgan"
    document.add_paragraph("First paragraph")
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 0).text = "Name"
    table.cell(1, 1).text = "Jade Pike"
    document.sections[0].header.paragraphs[0].text = "Confidential"
    buf = io.BytesIO()
    document.save(buf)
    text = text_of(buf.getvalue(), "made.docx")
    assert "First paragraph" in text and "Jade Pike" in text and "Confidential" in text and "Kyle Morgan" in text


def test_pictures_are_counted_not_read():
    result = scan_file(io.BytesIO(b.docx(b.p("A policy."), images=3)), filename="a.docx", limits=IN_PROCESS)
    assert result.status == "clean" and result.images_unchecked == 3


def test_xlsx_every_sheet_hidden_ones_included_comments_numbers_and_dates():
    data = b.xlsx({"Visible": [["Ref", "When"], ["R1", dt.date(2009, 3, 12)]], "Secret": [["Hidden words", 9434765919]]},
                  hidden=("Secret",), comments={("Visible", "A2"): "A cell comment"})
    ex = extract(data, "a.xlsx", IN_PROCESS)
    assert "R1\t12/03/2009" in ex.text and "Hidden words\t9434765919" in ex.text and "A cell comment" in ex.text
    comment = ex.text.index("A cell comment")
    seg = next(s for s in ex.segments if s.start <= comment < s.end)
    assert (seg.sheet, seg.cell) == ("Visible", "A2")


@pytest.mark.parametrize("encoded", [
    "Name,Notes\r\nKyle Morgan,caf\u00e9\r\n".encode("utf-8"),
    b"\xef\xbb\xbf" + "Name,Notes\r\nKyle Morgan,caf\u00e9\r\n".encode("utf-8"),
    "Name,Notes\r\nKyle Morgan,caf\u00e9\r\n".encode("cp1252"),
])
def test_csv_in_utf8_with_or_without_bom_and_in_windows_1252(encoded):
    text = text_of(encoded, "a.csv")
    assert text.startswith("Name,Notes") and "café" in text  # the BOM is not part of the text
    result = scan_file(io.BytesIO(encoded), filename="a.csv", limits=IN_PROCESS)
    assert [(f.category, text[f.start:f.end], f.cell) for f in result.findings] == [("person_name", "Kyle Morgan", "A2")]


def test_pdf_pages_footnotes_fields_and_comments():
    data = b.pdf(["Page one", "Page two"], footnotes={2: "A footnote"}, fields={"Notes": "A field value"},
                 comments={2: "A comment"})
    ex = extract(data, "a.pdf", IN_PROCESS)
    for piece in ("Page one", "Page two", "A footnote", "A field value", "A comment"):
        assert piece in ex.text, piece
    pages = {s.page for s in ex.segments if s.start <= ex.text.index("A footnote") < s.end}
    assert pages == {2}


def test_pdf_with_an_empty_user_password_is_read():
    data = b.pdf(["Opened without a password"], password="")
    assert "Opened without a password" in text_of(data, "a.pdf")


def test_odt_notes_comments_deletions_tables_headers_and_title():
    data = b.odt(["Body"], table_rows=[["Cell"]], note="Note text", comment="Comment text", deleted="Deleted text",
                 header="Header text", title="Title text")
    text = text_of(data, "a.odt")
    for piece in ("Body", "Cell", "Note text", "Comment text", "Deleted text", "Header text", "Title text"):
        assert piece in text, piece
    assert "Reviewer" not in text  # who made a comment or change is not the document's text


def test_ods_sheets_cells_and_comments():
    data = b.ods({"One": [["A1 text", "B1 text"]], "Two": [["Second sheet"]]}, comment=("Two", 0, 0, "Cell note"))
    ex = extract(data, "a.ods", IN_PROCESS)
    assert "A1 text\tB1 text" in ex.text and "Second sheet" in ex.text and "Cell note" in ex.text
    seg = next(s for s in ex.segments if s.start <= ex.text.index("B1 text") < s.end)
    assert (seg.sheet, seg.cell) == ("One", "B1")


def test_xml_with_a_dtd_is_refused():
    with pytest.raises(Refused, match="DTD or entity"):
        extract(b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "a.xml", IN_PROCESS)
    assert text_of(b'<?xml version="1.0"?><a><b>Plain</b></a>', "a.xml") == "Plain"


def test_a_docx_part_with_entity_declarations_is_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            f'<w:document {b.W_NS}><w:body>{b.p("&b;")}</w:body></w:document>')
    result = scan_file(io.BytesIO(b.docx(document_xml=bomb)), filename="bomb.docx", limits=IN_PROCESS)
    assert result.status == "error" and "DTD or entity declarations" in result.error
