"""Searching the register: names, places, typos, the field's short forms, filters with words, sorting
and pagination, on the demo data (MEM-BENEFITS: holders are listed on the public register)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rsqm.core import clock
from rsqm.register.models import Listing
from rsqm.register.search import allowed_edits, corrections

pytestmark = pytest.mark.usefixtures("demo_read")

GREATER_MANCHESTER = {
    "Greater Manchester Police, Tameside Division",
    "Redeeming Our Communities: Restorative Services in Greater Manchester",
}


def search(client, **params):
    response = client.get("/register/", params)
    assert response.status_code == 200
    return response


def names(response) -> list[str]:
    return [entry.listing.listed_name for entry in response.context["results"].entries]


def count(response) -> int:
    return response.context["results"].count


def test_leeds_finds_leeds_youth_offending_service(client):
    assert names(search(client, q="Leeds")) == ["Leeds Youth Offending Service"]


def test_a_misspelt_place_still_finds_its_services(client):
    found = set(names(search(client, q="Manchster")))
    assert GREATER_MANCHESTER <= found
    assert "Leeds Youth Offending Service" not in found


@pytest.mark.parametrize(("typed", "expected"), [
    ("Lincon", "Lincolnshire Youth Offending Service"),
    ("Sunderlnad", "Sunderland Youth Offending Service - Restorative Justice Team"),
    ("mediaton medway", "Medway Mediation, Restorative Justice Service"),
    ("Gatehsead", "Gateshead Youth Offending Team Restorative Justice Service"),
])
def test_typing_mistakes_are_forgiven(client, typed, expected):
    assert expected in names(search(client, q=typed))


@pytest.mark.parametrize(("typed", "expected"), [
    ("Why me?", "Why me? – Restorative Justice Service"),
    ("Police & Crime", "Police & Crime Commissioner for Cheshire Restorative Justice and Mediation Service"),
    ("police and crime", "Police & Crime Commissioner for Cheshire Restorative Justice and Mediation Service"),
    ("Children's Home", "Atkinson Secure Children's Home"),
    ("childrens home", "Atkinson Secure Children's Home"),
    ("(WYJS)", "Warwickshire Youth Justice Service (WYJS)"),
    ("HMP Durham - Offender", "HMP Durham - Offender Management and Safer Custody Teams"),
    ("Youth Offending Service’s", "County Durham Youth Offending Service’s Restorative Work"),
])
def test_the_holders_own_names_work_as_typed(client, typed, expected):
    assert expected in names(search(client, q=typed))


@pytest.mark.parametrize(("typed", "expected"), [
    ("YOS Leeds", "Leeds Youth Offending Service"),
    ("Wirral YOS", "Wirral Youth Offending Service"),
    ("YOT Gateshead", "Gateshead Youth Offending Team Restorative Justice Service"),
    ("RJ Sussex", "Sussex Restorative Justice Partnership (Post-Sentence Service)"),
    ("restorative justice working", "RJ Working CIC"),
    ("PCC Cheshire", "Police & Crime Commissioner for Cheshire Restorative Justice and Mediation Service"),
    ("CRC London", "London Community Rehabilitation Company Restorative Justice Team"),
    ("prison durham", "HMP Durham - Offender Management and Safer Custody Teams"),
    ("YJS Warwickshire", "Warwickshire Youth Justice Service (WYJS)"),
])
def test_the_fields_short_forms_find_their_long_forms_and_back(client, typed, expected):
    assert expected in names(search(client, q=typed))


def test_the_start_of_a_word_is_enough(client):
    assert "Northamptonshire Youth Offending Service, Restorative Justice Team" in names(search(client, q="Northampt"))


def test_search_covers_organisation_partner_areas_and_region(client):
    assert "Restorative Solutions, Bedfordshire County" in names(search(client, q="Restorative Solutions"))
    assert len(names(search(client, q="Restorative Solutions"))) >= 6
    assert any("Banes" in n for n in names(search(client, q="North East Restorative Approaches Project")))
    assert "Wirral Youth Offending Service" in names(search(client, q="Merseyside"))
    assert "Media Academy Cardiff" in names(search(client, q="Wales"))


def test_a_query_that_matches_nothing_says_so_and_guesses_nothing(client, page_text):
    response = search(client, q="Zanzibar quokka")
    assert count(response) == 0 and names(response) == []
    text = page_text(response)
    assert "No services found" in text and "No quality-marked service matches your search" in text
    assert "Also searched for" not in text


def test_filters_combine_with_words(client):
    response = search(client, q="youth", region="north-east")
    assert names(response) and all(
        "north-east" in {r.code for r in entry.listing.regions.all()} for entry in response.context["results"].entries)
    assert "Leeds Youth Offending Service" not in names(response)
    response = search(client, q="restorative", sector="care")
    assert names(response) == ["Restorative Thinking Limited"]
    response = search(client, q="secure", sector="care")
    assert set(names(response)) == {"Atkinson Secure Children's Home", "Lincolnshire Secure Unit"}
    response = search(client, q="Manchster", sector="community")
    assert "Redeeming Our Communities: Restorative Services in Greater Manchester" in names(response)
    assert "Greater Manchester Police, Tameside Division" not in names(response)


def test_several_sectors_or_regions_widen_the_filter(client):
    one = count(search(client, region="wales"))
    two = count(search(client, region=["wales", "london"]))
    assert 0 < one < two


def test_current_holders_are_shown_by_default_renewal_in_progress_included(client):
    default = names(search(client, q="Northmoor"))
    assert "Northmoor Community Mediation" in default           # renewal in progress
    assert "Northmoor Schools Restorative Practice" not in default  # withdrawn
    assert "Kestrel Vale Youth Justice Service" in names(search(client, q="Kestrel"))  # renewal overdue


def test_ended_awards_are_shown_on_request(client):
    ended = set(names(search(client, status="ended")))
    assert {"Northmoor Schools Restorative Practice", "Marrowby Mediation Service", "Fellside Youth Justice Service",
            "Brackwater Restorative Hub"} <= ended
    assert "Leeds Youth Offending Service" not in ended
    assert "Ashcombe Family Mediation" not in ended  # its withdrawal takes effect in two weeks
    assert set(names(search(client, status="renewal"))) >= {"Northmoor Community Mediation"}
    everything = count(search(client, status="all"))
    assert everything == count(search(client)) + count(search(client, status="ended"))


def test_the_status_on_a_past_date_filters_the_search(client):
    today = clock.today()
    withdrawn_on = today - timedelta(days=60)
    before = names(search(client, q="Northmoor Schools", on=(withdrawn_on - timedelta(days=1)).isoformat()))
    assert before == ["Northmoor Schools Restorative Practice"]
    assert names(search(client, q="Northmoor Schools", on=withdrawn_on.isoformat())) == []
    response = search(client, q="Northmoor Schools", on_day=withdrawn_on.day, on_month=withdrawn_on.month,
                      on_year=withdrawn_on.year, status="ended")
    assert names(response) == ["Northmoor Schools Restorative Practice"]


def test_a_future_or_impossible_date_is_explained_and_today_is_searched(client, page_text):
    tomorrow = clock.today() + timedelta(days=1)
    response = search(client, q="Leeds", on=tomorrow.isoformat())
    assert "future" in response.context["date_error"] and names(response) == ["Leeds Youth Offending Service"]
    response = search(client, q="Leeds", on_day="31", on_month="2", on_year="2024")
    assert "real date" in page_text(response)
    assert names(response) == ["Leeds Youth Offending Service"]


def test_sorting(client):
    by_name = names(search(client, sort="name"))
    assert by_name[0] == "Ashcombe Family Mediation"
    renewals = [entry.listing.renewal_on for entry in search(client, sort="renewal").context["results"].entries]
    assert renewals == sorted(renewals)
    approvals = [entry.listing.approved_on for entry in search(client, sort="approved").context["results"].entries]
    assert approvals == sorted(approvals, reverse=True)
    best = names(search(client, q="Leicestershire"))
    assert best[0] in {"Leicestershire Youth Offending Service’s Restorative Work",
                       "Restorative Solutions, Leicestershire County"}


def test_pagination_and_the_result_count(client, page_text):
    first = search(client)
    total = count(first)
    assert total == Listing.objects.count() - 4  # four of the demo's awards have ended
    assert len(names(first)) == 20
    second = search(client, page=2)
    assert set(names(first)).isdisjoint(names(second))
    last = search(client, page=999)
    assert len(names(last)) == total - 20 * (first.context["results"].page.paginator.num_pages - 1)
    assert f"{total} services hold the mark" in page_text(first)


def test_each_result_shows_what_people_need(client, page_text):
    text = page_text(search(client, q="Leeds"))
    for part in ("Leeds Youth Offending Service", "Criminal justice", "Yorkshire and the Humber", "Approved",
                 "Renewal date", "Holds the mark"):
        assert part in text


def test_the_register_links_to_the_open_data_and_certificate_checks(client):
    html = search(client).content.decode()
    assert 'href="/register/data/"' in html and 'href="/verify/"' in html


def test_junk_parameters_never_fail(client):
    response = search(client, q="Leeds", sector="no-such", region=["", "x" * 500], status="banana", sort="'; drop",
                      page="-1", on="2024-13-45")
    assert names(response) == ["Leeds Youth Offending Service"]


def test_corrections_follow_the_number_of_letters():
    assert allowed_edits("rj") == 0 and allowed_edits("leed") == 1 and allowed_edits("manchster") == 2
    assert corrections("manchster", ["manchester", "mansfield", "chester"]) == ["manchester"]
    assert corrections("lincon", ["lincolnshire", "lincoln", "london"])[:2] == ["lincoln", "lincolnshire"]
    assert corrections("xqzv", ["leeds", "luton"]) == []
