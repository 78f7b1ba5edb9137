"""Each category is caught wherever a document can hide it (PRIV-NO-SENSITIVE)."""

from __future__ import annotations

import io

import pytest

from rsqm.privacy import Limits, scan_file

from . import builders as b
from .samples import SAMPLES

IN_PROCESS = Limits(isolate=False)


def scan(data: bytes, name: str):
    return scan_file(io.BytesIO(data), filename=name, limits=IN_PROCESS)


def categories(result) -> set[str]:
    assert result.status != "error", result.error
    return {f.category for f in result.findings}


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_a_docx_table(category):
    label, value, _ = SAMPLES[category]
    doc = b.docx(b.p("Referral") + b.table([["Field", "Detail"], [label, value], ["Referrer", "Service"]]))
    assert category in categories(scan(doc, "form.docx"))


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_a_docx_tracked_deletion(category):
    doc = b.docx(b.tracked("Notes: ", SAMPLES[category][2]))
    assert category in categories(scan(doc, "notes.docx"))


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_a_pdf_footnote(category):
    data = b.pdf(["Annual report", "Case studies and learning"], footnotes={2: SAMPLES[category][2]})
    result = scan(data, "report.pdf")
    assert category in categories(result)
    assert {f.page for f in result.findings if f.category == category} == {2}


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_a_pdf_form_field(category):
    label, value, _ = SAMPLES[category]
    data = b.pdf(["Referral form"], fields={label: value, "Notes": "none"})
    assert category in categories(scan(data, "form.pdf"))


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_a_cell_on_a_hidden_sheet(category):
    label, value, _ = SAMPLES[category]
    data = b.xlsx({"Summary": [["Referrals", 12]], "Details": [["Ref", label], ["R1", value]]}, hidden=("Details",))
    result = scan(data, "export.xlsx")
    assert category in categories(result)
    hit = next(f for f in result.findings if f.category == category)
    assert (hit.sheet, hit.cell) == ("Details", "B2")


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_plain_text(category):
    text = f"Case note\n\n{SAMPLES[category][2]}\n"
    result = scan(text.encode(), "note.txt")
    assert category in categories(result)
    assert next(f for f in result.findings if f.category == category).line == 3


@pytest.mark.parametrize("category", list(SAMPLES))
def test_in_a_csv_column(category):
    label, value, _ = SAMPLES[category]
    data = f"Ref,{label},Outcome\r\nR1,\"{value}\",Closed\r\n".encode()
    result = scan(data, "export.csv")
    assert category in categories(result)
    assert next(f for f in result.findings if f.category == category).cell == "B2"


@pytest.mark.parametrize("category", ["person_name", "date_of_birth", "special_category", "school_with_pupil"])
def test_in_odt_and_ods(category):
    label, value, sentence = SAMPLES[category]
    assert category in categories(scan(b.odt(["Notes"], note=sentence), "notes.odt"))
    assert category in categories(scan(b.odt(["Notes"], deleted=sentence), "notes.odt"))
    assert category in categories(scan(b.odt(["Form"], table_rows=[[label, value]]), "form.odt"))
    assert category in categories(scan(b.ods({"Hidden": [["Ref", label], ["R1", value]]}), "sheet.ods"))


def test_a_pupils_name_and_date_of_birth_in_a_docx_table():
    doc = b.docx(b.table([["Pupil", "Date of birth", "School"], ["Jayden Holroyd", "04/11/2011", "Moorfield Primary School"]]))
    assert categories(scan(doc, "pupils.docx")) == {"person_name", "date_of_birth", "school_with_pupil"}


def test_an_nhs_number_without_spaces_and_a_prison_number_in_a_pdf_footnote():
    data = b.pdf(["Report of the conference"], footnotes={1: "Prison number A1234BC; NHS number 9434765919."})
    assert categories(scan(data, "conference.pdf")) == {"prison_number", "nhs_number"}


def test_a_policy_naming_only_staff_is_clean_in_every_format():
    """PRIV-STAFF-DATA: the allow-list clears staff wherever they appear."""
    from rsqm.privacy import Allow

    allow = Allow(names=["Sarah Thompson", "Daniel Okoro"], email_domains=["northmoor-mediation.org.uk"])
    text = ("Information sharing policy. Approved by Sarah Thompson, Service Manager, on 12 March 2024. "
            "Questions to Daniel Okoro at daniel.okoro@northmoor-mediation.org.uk.")
    files = {
        "policy.docx": b.docx(b.p(text), header="Northmoor Mediation Trust", footer="Owner: Sarah Thompson"),
        "policy.pdf": b.pdf([text]),
        "policy.txt": text.encode(),
        "policy.odt": b.odt([text]),
        "staff.xlsx": b.xlsx({"Staff": [["Name", "Role"], ["Sarah Thompson", "Manager"], ["Daniel Okoro", "Practitioner"]]}),
    }
    for name, data in files.items():
        result = scan_file(io.BytesIO(data), filename=name, allow=allow, limits=IN_PROCESS)
        assert result.status == "clean", (name, result)
        without = scan_file(io.BytesIO(data), filename=name, limits=IN_PROCESS)
        assert without.status == "findings", name


def test_where_a_docx_hyperlink_leads_is_checked():
    """PRIV-NO-SENSITIVE: "email her" may hide the address in the link's target."""
    data = b.docx(b.p("Contact details are below."), links={"email her": "mailto:kyle.morgan%40example.net",
                                                             "ring": "tel:07700%20900123", "our site": "https://example.org/"})
    cats = {f.category for f in scan(data, "links.docx").findings}
    assert {"email", "phone"} <= cats


def test_a_sheet_named_after_a_person_and_a_cell_link_are_checked():
    data = b.xlsx({"Kyle Morgan": [["Sessions", 3]], "Totals": [["All", 9]]},
                  links={("Totals", "A1"): "mailto:jade.pike@example.net"})
    found = {(f.category, f.sheet) for f in scan(data, "sheets.xlsx").findings}
    assert ("person_name", "Kyle Morgan") in found
    assert "email" in {c for c, _ in found}


def test_a_form_laid_out_in_a_column_for_each_person():
    """A table with a column per person ("Details | Young person | Parent or carer"): each row's first cell says
    what its cells hold, though the header names who they are about."""
    rows = [["Details", "Young person", "Parent or carer"],
            ["Name", "Kyle Morgan", "Joanne Morgan"],
            ["Date of birth", "12/03/2009", "03/07/1985"],
            ["Health", "asthma", "none"],
            ["Religion", "Muslim", "Muslim"],
            ["School", "Upton High School", "n/a"]]
    for data, name in ((b.docx(b.table(rows)), "form.docx"), ("\n".join(",".join(r) for r in rows).encode(), "form.csv")):
        result = scan(data, name)
        got = [(f.category, f.cell) for f in result.findings]
        assert sorted(c for c, _ in got) == ["date_of_birth", "date_of_birth", "person_name", "person_name",
                                             "school_with_pupil", "special_category", "special_category",
                                             "special_category"], name


def test_a_header_of_roles_names_no_one():
    result = scan(b"Referral,Victim,Harmer\nName,Ann Lee,Tom Pike\nEthnicity,White British,Black Caribbean\n", "a.csv")
    assert [f.category for f in result.findings] == ["person_name", "person_name", "special_category", "special_category"]


def test_a_column_headed_number_of_id_numbers_is_no_count():
    """A "Number" column of passport numbers does not make a checklist a table of counts; one of small counts does."""
    checks = b"Volunteer,Date of birth,ID document,Number\nBenito Alba,17/06/1971,UK passport,520767903\n"
    assert "date_of_birth" in categories(scan(checks, "checks.csv"))
    counts = b"Ethnicity,Number\nWhite British,41\nAsian or Asian British,7\n"
    assert categories(scan(counts, "counts.csv")) == set()


def test_what_a_column_holds_when_it_holds_no_one_s_data():
    """A proof-of-address column of document types, "same address", a total row, an issue that is no offence."""
    checks = (b"Volunteer,Current address,Proof of address\n"
              b"Benito Alba,\"14 Elm Road, Chester\",Bank statement\nTegwen Wyn,Same address,Council tax bill\n")
    assert [f.category for f in scan(checks, "checks.csv").findings] == ["person_name", "postal_address", "person_name"]
    club = b"Name,Age,Arrived\nKyle Morgan,14,18:30\n,Total,12\n"
    assert [f.category for f in scan(club, "club.csv").findings] == ["person_name", "age_with_detail"]
    issues = (b"Ref,Referrer,Young person,Offence / issue\nNMT-1,Merseyside Police,Kyle Morgan,Neighbour dispute (noise)\n"
              b"NMT-2,Cheshire YJS,Jade Pike,Burglary (dwelling)\n")
    assert [f.category for f in scan(issues, "issues.csv").findings] == ["person_name", "person_name", "special_category"]


def test_a_table_of_venues_holds_no_one_s_address():
    venues = (b"Venue,Address,Switchboard\n\"Wellfield Room, Birkenhead Central Library\",\"Borough Road, Birkenhead CH41 2XB\","
              b"0151 652 6106\nHoole Community Centre,\"Westminster Road, Hoole, Chester CH2 3AS\",01244 346 310\n")
    assert categories(scan(venues, "venues.csv")) == set()
    people = b"Name,School,Address\nKyle Morgan,Park View Academy,\"14 Elm Road, Chester CH1 1AA\"\n"
    assert {"postal_address", "postcode"} <= categories(scan(people, "people.csv"))


def test_an_equality_return_with_shares_and_a_code_list_is_clean():
    sheet = {"Return": [["Religion or belief", "Count"], ["Christian", 201], ["Muslim", 37], ["Buddhist", "<5"],
                        ["Disability disclosed", "23% (149)"], ["Sexual orientation: LGB+", "6% (39)"]],
             "Codes": [["Code", "Description"], ["O1", "Other ethnic group: Arab"], ["NS", "Not stated"]]}
    assert categories(scan(b.xlsx(sheet), "return.xlsx")) == set()
