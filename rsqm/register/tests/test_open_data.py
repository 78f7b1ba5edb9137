"""The register as open data: the whole current register as CSV and JSON, stable columns, the date
and the licence, contacts only with the separate consent (PRIV-CONTACT-SHARE, PRIV-NO-MARKETING)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
import time_machine

from rsqm.assessments.tests.helpers import make_award, noon
from rsqm.core import clock
from rsqm.organisations.models import Service
from rsqm.register import selectors
from rsqm.register.demo import SEED_HOLDERS
from rsqm.register.models import Listing

COLUMNS = ["certificate_number", "listed_name", "organisation", "service", "delivery_partner", "sectors", "regions",
           "areas_served", "status", "approved_on", "renewal_on", "held_until", "register_url", "certificate_url",
           "contact_email", "contact_phone", "contact_website"]


def read_csv(client, **params) -> tuple[list[str], list[dict]]:
    response = client.get("/register/data/register.csv", params)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.splitlines()
    return lines, list(csv.DictReader(io.StringIO(text)))


def read_json(client, **params) -> dict:
    response = client.get("/register/data/register.json", params)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_the_columns_are_the_documented_ones_and_never_change():
    assert [name for name, _ in selectors.OPEN_DATA_COLUMNS] == COLUMNS


@pytest.mark.usefixtures("demo")
def test_the_csv_lists_every_current_holder_of_the_demo_data_header_first(client):
    lines, rows = read_csv(client)
    assert lines[0] == ",".join(COLUMNS)
    listed = {row["listed_name"] for row in rows}
    assert {holder.listed_name for holder in SEED_HOLDERS} <= listed
    assert len(rows) == len(listed)  # one row per listed service
    assert "Northmoor Schools Restorative Practice" not in listed  # its award was withdrawn
    assert {"Northmoor Community Mediation", "Kestrel Vale Youth Justice Service"} <= listed
    statuses = {row["listed_name"]: row["status"] for row in rows}
    assert statuses["Northmoor Community Mediation"] == "renewal_in_progress"
    assert statuses["Kestrel Vale Youth Justice Service"] == "renewal_overdue"
    assert statuses["Leeds Youth Offending Service"] == "current"


@pytest.mark.usefixtures("demo")
def test_the_whole_register_whatever_the_search(client):
    _, everything = read_csv(client)
    _, searched = read_csv(client, q="Leeds", status="ended", region="wales")
    assert searched == everything
    assert read_json(client, q="Leeds")["count"] == len(everything)


@pytest.mark.usefixtures("demo")
def test_the_json_has_the_date_the_licence_and_the_same_rows(client):
    document = read_json(client)
    assert document["generated_on"] == clock.today().isoformat() and document["generated_at"]
    assert document["licence"]["name"].startswith("Creative Commons Attribution 4.0")
    assert [column["name"] for column in document["columns"]] == COLUMNS
    assert all(set(row) == set(COLUMNS) for row in document["services"])
    leeds = next(row for row in document["services"] if row["listed_name"] == "Leeds Youth Offending Service")
    assert leeds["sectors"] == ["Criminal justice"] and leeds["regions"] == ["Yorkshire and the Humber"]
    assert leeds["certificate_url"].endswith(f"/verify/{leeds['certificate_number']}")


@pytest.mark.usefixtures("demo")
def test_the_download_page_gives_the_date_the_licence_and_the_columns(client):
    response = client.get("/register/data/")
    html = response.content.decode()
    assert "Creative Commons Attribution 4.0" in html and "register.csv" in html and "register.json" in html
    for name in COLUMNS:
        assert f"<code>{name}</code>" in html
    assert "marketing" in html


def test_priv_contact_share_contacts_only_with_the_separate_open_data_consent(client, cast):
    with time_machine.travel(noon(date(2026, 5, 12)), tick=False):
        make_award(cast.service_a, approved_on=date(2025, 1, 6))
        make_award(cast.service_b, approved_on=date(2025, 1, 6))
        Service.objects.filter(pk=cast.service_a.pk).update(contact_consent=True, open_data_consent=False)
        Service.objects.filter(pk=cast.service_b.pk).update(contact_consent=True, open_data_consent=True)
        _, rows = read_csv(client)
    by_name = {row["listed_name"]: row for row in rows}
    assert by_name[cast.service_a.listed_name]["contact_email"] == ""
    assert by_name[cast.service_b.listed_name]["contact_email"] == cast.service_b.contact_email
    # The open data consent alone is not enough: the contact must be public on the register too.
    Service.objects.filter(pk=cast.service_b.pk).update(contact_consent=False)
    with time_machine.travel(noon(date(2026, 5, 12)), tick=False):
        _, rows = read_csv(client)
    assert all(row["contact_email"] == "" and row["contact_phone"] == "" for row in rows)
    # Never the main contact, a named person.
    assert all(cast.org_a.contact_name not in value for row in rows for value in row.values())


def test_cells_a_spreadsheet_would_run_are_neutralised(client, cast):
    with time_machine.travel(noon(date(2026, 5, 12)), tick=False):
        make_award(cast.service_a, approved_on=date(2025, 1, 6))
        Listing.objects.filter(service=cast.service_a).update(listed_name="=HYPERLINK(\"http://x\")",
                                                              areas_served="+44 somewhere")
        _, rows = read_csv(client)
        document = read_json(client)
    assert rows[0]["listed_name"] == "'=HYPERLINK(\"http://x\")"
    assert rows[0]["areas_served"] == "'+44 somewhere"
    assert document["services"][0]["listed_name"] == "=HYPERLINK(\"http://x\")"  # JSON has no formulas


def test_the_open_data_takes_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    with time_machine.travel(noon(date(2026, 5, 12)), tick=False):
        make_award(cast.service_a, approved_on=date(2025, 1, 6))
        make_award(cast.service_b, approved_on=date(2025, 1, 6))
        with django_assert_max_num_queries(6):
            read_json(client)
