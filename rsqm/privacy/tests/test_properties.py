"""Properties that hold for any input (PRIV-NO-SENSITIVE: nothing returned holds the flagged text)."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rsqm.privacy import FileResult, Limits, redact_text, scan_file, scan_text

from . import builders as b

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
IN_PROCESS = Limits(isolate=False)

# Text that looks like what the guard reads: words from its world, numbers, punctuation, names.
WORDS = ["Kyle", "Morgan", "Grace", "Brown", "Will", "Hope", "Mrs", "Dr", "Okafor", "Kowalska", "aged", "15", "DOB",
         "12/03/2009", "NHS", "number", "9434765919", "07700", "900123", "HG1", "2AB", "14", "Fenwick", "Close",
         "attends", "Hillside", "Academy", "has", "ADHD", "was", "arrested", "crime", "reference", "4412345/24",
         "A1234BC", "AB12", "CDE", "AB123456C", "x@y.org", "Victim", "A", "YP1", "the", "and", "he", "she", ",", ".",
         ":", "\n", "\t", "(", ")", "-", "'s", "Name:", "Present:", "é", "Siân", "Ł"]
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.text(max_size=200),
)


@FAST
@given(texts)
def test_offsets_lie_in_the_text_and_match_the_snippet(text):
    findings = scan_text(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert len(f.snippet) == f.end - f.start
        assert f.snippet[0] == text[f.start]
        flagged = text[f.start:f.end]
        for original, shown in zip(flagged[1:], f.snippet[1:], strict=True):
            assert shown == ("•" if original.isalnum() else original)
        assert 0 <= f.score <= 1


@FAST
@given(texts)
def test_redacting_then_scanning_finds_nothing(text):
    assert scan_text(redact_text(text)) == []


@FAST
@given(st.binary(max_size=600), st.sampled_from(["a.pdf", "a.docx", "a.xlsx", "a.odt", "a.ods", "a.csv", "a.txt", "a.xml",
                                                  "a.png", "a"]))
def test_any_bytes_as_any_file_type_end_in_a_result_or_a_reason(data, name):
    result = scan_file(io.BytesIO(data), filename=name, limits=IN_PROCESS)
    assert isinstance(result, FileResult)
    assert result.status in ("clean", "findings", "error")
    assert (result.error is not None) == (result.status == "error")


VALID = [b.docx(b.p("Kyle Morgan, DOB 12/03/2009")), b.xlsx({"S": [["Name", "Kyle Morgan"]]}), b.pdf(["Kyle Morgan"]),
         b.odt(["Kyle Morgan"]), b.ods({"S": [["Kyle Morgan"]]})]


@FAST
@given(st.sampled_from(VALID), st.integers(min_value=0, max_value=4000), st.binary(min_size=1, max_size=8))
def test_damaged_documents_end_in_a_result_or_a_reason(data, at, junk):
    at = at % len(data)
    damaged = data[:at] + junk + data[at + len(junk):]
    for name in ("a.docx", "a.pdf"):
        result = scan_file(io.BytesIO(damaged), filename=name, limits=IN_PROCESS)
        assert (result.error is not None) == (result.status == "error")
