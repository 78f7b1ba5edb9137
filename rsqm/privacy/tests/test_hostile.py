"""Hostile and uncheckable files end as "error" with a reason that names the limit or the cause.

The limits here are set small on purpose; no test depends on how long anything takes.
"""

from __future__ import annotations

import io
import os
import zipfile

from rsqm.privacy import Limits, scan_file

from . import builders as b

IN_PROCESS = Limits(isolate=False)


def scan(data: bytes, name: str, limits: Limits = IN_PROCESS):
    result = scan_file(io.BytesIO(data), filename=name, limits=limits)
    assert result.status == "error"
    assert isinstance(result.error, str) and result.error
    return result


def test_a_truncated_pdf():
    data = b.pdf(["Some text"])
    assert "PDF" in scan(data[: len(data) // 3], "cut.pdf").error


def test_a_password_protected_pdf():
    assert "password-protected" in scan(b.pdf(["Secret"], password="letmein"), "locked.pdf").error


def test_a_pdf_with_pages_that_have_no_text():
    data = b.pdf(["Page one has text", "Page four has text"], blank_pages=(2, 3))
    result = scan(data, "scan.pdf")
    assert result.error == "cannot be checked automatically: pages 2–3 have no text"


def test_a_pdf_that_is_only_a_scan():
    result = scan(b.pdf([], blank_pages=(1,)), "scan.pdf")
    assert result.error == "cannot be checked automatically: page 1 has no text"


def test_findings_made_before_it_stopped_are_still_listed():
    result = scan(b.pdf(["NHS number 9434765919"], blank_pages=(2,)), "part.pdf")
    assert [f.category for f in result.findings] == ["nhs_number"]


def _bomb(size: int) -> bytes:
    body = b.p("x" * size)
    return b.docx(body)


def test_a_docx_zip_bomb_is_refused_by_its_ratio():
    result = scan(_bomb(400_000), "bomb.docx", Limits(isolate=False, max_archive_ratio=20))
    assert "max_archive_ratio" in result.error


def test_an_archive_over_its_uncompressed_total_is_refused():
    result = scan(_bomb(400_000), "bomb.docx", Limits(isolate=False, max_archive_bytes=100_000))
    assert "max_archive_bytes" in result.error


def test_an_archive_with_too_many_entries_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        for i in range(50):
            z.writestr(f"junk/{i}.txt", "x")
    assert "max_archive_entries" in scan(buf.getvalue(), "many.docx", Limits(isolate=False, max_archive_entries=20)).error


def test_an_xml_entity_bomb():
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>')
    assert "DTD or entity declarations" in scan(lol.encode(), "bomb.xml").error


def test_random_bytes():
    data = bytes(range(256)) * 4 + os.urandom(512)
    for name in ("noise.pdf", "noise.docx", "noise.xlsx", "noise.odt", "noise.bin", "noise.txt"):
        scan(data, name)


def test_an_image():
    assert "image" in scan(b.PNG, "photo.png").error
    assert "image" in scan(b.PNG, "photo.pdf").error  # the content decides, not the name


def test_an_unsupported_format():
    assert "unsupported" in scan(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.doc").error


def test_a_file_over_the_input_limit():
    assert "max_input_bytes" in scan(b"x" * 2000, "big.txt", Limits(isolate=False, max_input_bytes=1000)).error


def test_extracted_text_over_its_limit_keeps_what_was_read():
    result = scan(("Kyle Morgan was here. " * 200).encode(), "long.txt", Limits(isolate=False, max_text_chars=500))
    assert "max_text_chars" in result.error
    assert result.findings and all(f.end <= 500 for f in result.findings)


def test_the_child_process_enforces_the_memory_limit():
    data = _bomb(40_000_000)  # more than any free memory the test process already holds
    limits = Limits(max_memory_bytes=16 * 1024 * 1024, max_archive_ratio=100_000)
    assert "max_memory_bytes" in scan(data, "heavy.docx", limits).error


def test_the_child_process_enforces_the_time_limit():
    data = b.pdf(["Text " * 80] * 40)
    limits = Limits(max_seconds=0.001)
    assert "max_seconds" in scan(data, "slow.pdf", limits).error


def test_the_child_process_returns_the_same_result_as_in_process():
    data = b.docx(b.table([["Name", "Kyle Morgan"], ["DOB", "12/03/2009"]]))
    isolated = scan_file(io.BytesIO(data), filename="a.docx")
    assert isolated == scan_file(io.BytesIO(data), filename="a.docx", limits=IN_PROCESS)
    assert isolated.status == "findings"
