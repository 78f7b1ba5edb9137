"""Redaction: each finding replaced by its category, nothing else touched, nothing left to find."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from rsqm.privacy import Limits, Refused, redact_file, redact_text, scan_file
from rsqm.privacy.extract import extract

from . import builders as b

IN_PROCESS = Limits(isolate=False)


def redact(data: bytes, name: str) -> bytes:
    out = io.BytesIO()
    redact_file(io.BytesIO(data), out, filename=name, limits=IN_PROCESS)
    return out.getvalue()


def test_text_findings_become_their_categories():
    assert redact_text("Kyle Morgan (DOB 12/03/2009) has ADHD.") == "[name] (DOB [date of birth]) has [special category data]."


def test_txt_keeps_its_encoding_and_bom():
    data = b"\xef\xbb\xbf" + "Caf\u00e9 note: NHS number 9434765919.".encode()
    out = redact(data, "a.txt")
    assert out == b"\xef\xbb\xbf" + "Caf\u00e9 note: NHS number [NHS number].".encode()
    cp = "Caf\u00e9: Kyle Morgan".encode("cp1252")
    assert redact(cp, "b.txt") == "Caf\u00e9: [name]".encode("cp1252")


def test_a_redacted_form_has_nothing_left_to_find():
    """What stands in place of a finding is no one's data, even after the label that asked for it."""
    form = ("Name: Kyle Morgan\nAddress: 65 Brook Street, Keighley BD21 4QT\nMedical: asthma; carries an inhaler\n"
            "Date of birth: 14/08/2009\n")
    out = redact_text(form)
    assert "Kyle" not in out and "Brook" not in out and "asthma" not in out
    assert redact_text(out) == out
    assert scan_file(io.BytesIO(out.encode()), filename="form.txt", limits=IN_PROCESS).findings == ()


def test_csv_cells_are_redacted_in_place():
    data = b'Name,DOB,Outcome\r\nKyle Morgan,12/03/2009,"Closed, agreed"\r\n'
    assert redact(data, "a.csv") == b'Name,DOB,Outcome\r\n[name],[date of birth],"Closed, agreed"\r\n'


def test_docx_runs_tracked_deletions_comments_and_properties_hold_no_findings():
    doc = b.docx(b.table([["Name", "Kyle Morgan"]]) + b.tracked("The young person ", "Jayden Okafor ")
                 + b.runs("Kyle", " Mor", "gan has ADHD."), comments=["Ask Grace Brown about this"], title="Kyle Morgan",
                 footnotes=["NHS number 9434765919"], header="Confidential")
    out = redact(doc, "a.docx")
    text = extract(out, "a.docx", IN_PROCESS).text
    for gone in ("Kyle", "Morgan", "Jayden", "Okafor", "Grace", "9434765919", "ADHD"):
        assert gone not in text
    assert "Name\t[name]" in text and "The young person [name]" in text and "[name] has [special category data]" in text
    assert scan_file(io.BytesIO(out), filename="a.docx", limits=IN_PROCESS).status == "clean"
    before, after = zipfile.ZipFile(io.BytesIO(doc)), zipfile.ZipFile(io.BytesIO(out))
    assert [i.filename for i in before.infolist()] == [i.filename for i in after.infolist()]
    for name in ("word/styles.xml", "word/header1.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"):
        assert before.read(name) == after.read(name)


def test_xlsx_edits_only_the_cell_text_in_its_xml():
    data = b.xlsx({"Referrals": [["Name", "NHS", "DOB", "Outcome"], ["Kyle Morgan", 9434765919, dt.date(2009, 3, 12), "Closed"]],
                   "Hidden": [["Kyle Morgan has ADHD"]]}, hidden=("Hidden",), comments={("Referrals", "D2"): "Jade Pike, 15"})
    out = redact(data, "a.xlsx")
    assert scan_file(io.BytesIO(out), filename="a.xlsx", limits=IN_PROCESS).status == "clean"
    before, after = zipfile.ZipFile(io.BytesIO(data)), zipfile.ZipFile(io.BytesIO(out))
    changed = {i.filename for i in before.infolist() if before.read(i) != after.read(i.filename)}
    assert changed <= {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                       "xl/comments/comment1.xml"}
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(out))
    assert [c.value for c in book["Referrals"][2]] == ["[name]", "[NHS number]", "[date of birth]", "Closed"]
    assert book["Referrals"]["D2"].comment.text.startswith("[name]")
    assert book["Hidden"].sheet_state == "hidden"


@pytest.mark.parametrize("name, data", [("a.pdf", b.pdf(["Kyle Morgan"])), ("a.odt", b.odt(["Kyle Morgan"])),
                                        ("a.ods", b.ods({"S": [["Kyle Morgan"]]}))])
def test_other_formats_are_refused_with_a_reason(name, data):
    with pytest.raises(Refused, match="redaction is available for TXT, CSV, DOCX and XLSX"):
        redact(data, name)


def test_docx_link_targets_and_xlsx_sheet_names_are_redacted():
    import openpyxl

    doc = redact(b.docx(b.p("Write to us."), links={"email her": "mailto:kyle.morgan@example.net"}), "l.docx")
    rels = zipfile.ZipFile(io.BytesIO(doc)).read("word/_rels/document.xml.rels").decode()
    assert "kyle.morgan" not in rels and 'Target="mailto:[email address]"' in rels
    assert not scan_file(io.BytesIO(doc), filename="l.docx", limits=IN_PROCESS).findings

    book = redact(b.xlsx({"Kyle Morgan": [["Sessions", 3]], "Jade Pike": [["Sessions", 2]], "Totals": [["All", 5]]}),
                  "s.xlsx")
    names = openpyxl.load_workbook(io.BytesIO(book)).sheetnames
    assert names == ["(name) 1", "(name) 2", "Totals"]  # valid and distinct sheet names
    assert "Kyle" not in zipfile.ZipFile(io.BytesIO(book)).read("docProps/app.xml").decode()
    assert not scan_file(io.BytesIO(book), filename="s.xlsx", limits=IN_PROCESS).findings
