"""The public's journeys on the register: find a quality-assured service (a typo still works), check
a certificate, take the data; with JavaScript and without, axe-core on every page."""

from __future__ import annotations

import re

import pytest

from e2e.conftest import Checked
from e2e.test_accounts_journeys import enter_code, sign_in

MANCHESTER_POLICE = "Greater Manchester Police, Tameside Division"
ROC = "Redeeming Our Communities: Restorative Services in Greater Manchester"


def result_names(page) -> list[str]:
    return [name.strip() for name in page.locator("#register-results ol > li h2 a").all_inner_texts()]


def search(checked: Checked, words: str):
    page = checked.page
    page.fill("input[name=q]", words)
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r".*/register/\?.*q=" + re.escape(words.split()[0])))
    page.locator("#result-count").wait_for()
    checked.axe()
    return page


@pytest.mark.parametrize("fixture", ["page", "nojs_page"])
def test_someone_finds_a_service_near_them_despite_a_typo_and_checks_a_date(request, fixture):
    checked = request.getfixturevalue(fixture)
    page = checked.goto("/")
    page.get_by_role("link", name="Search the register").first.click()
    page.wait_for_url("**/register/")
    checked.axe()
    assert "hold the mark" in page.locator("#result-count").inner_text()

    search(checked, "Manchster")
    found = result_names(page)
    assert MANCHESTER_POLICE in found and ROC in found

    # Narrow to the community sector: with JavaScript the results follow the tick at once.
    page.get_by_label("Community", exact=True).check()
    if checked.javascript:
        page.wait_for_url(re.compile(r".*sector=community.*"))
    else:
        page.get_by_role("button", name="Apply filters").click()
    page.wait_for_function("() => !document.body.innerText.includes('Greater Manchester Police, Tameside')")
    checked.axe()
    found = result_names(page)
    assert ROC in found and MANCHESTER_POLICE not in found

    # The service's page: how to get in touch, and whether it held the mark on a given date.
    page.get_by_role("link", name=ROC).click()
    page.wait_for_url("**/register/services/*/")
    checked.axe()
    assert "Holds the mark" in page.content()
    page.fill("#on_day", "1")
    page.fill("#on_month", "1")
    page.fill("#on_year", "1999")
    page.get_by_role("button", name="Check this date").click()
    page.wait_for_url("**on_year=1999**")
    checked.axe()
    assert "No: it did not hold the quality mark on 1 January 1999" in page.inner_text("main")

    page.get_by_role("link", name=re.compile("Download the register as open data")).click()
    page.wait_for_url("**/register/data/")
    checked.axe()
    assert "Creative Commons" in page.inner_text("main")


@pytest.mark.parametrize("fixture", ["page", "nojs_page"])
def test_the_holders_own_names_and_short_forms_find_them(request, fixture):
    checked = request.getfixturevalue(fixture)
    checked.goto("/register/")
    page = search(checked, "Why me?")
    assert result_names(page) == ["Why me? – Restorative Justice Service"]
    search(checked, "Police & Crime")
    assert result_names(page)[0].startswith("Police & Crime Commissioner for Cheshire")
    search(checked, "Leeds YOS")
    assert result_names(page) == ["Leeds Youth Offending Service"]
    search(checked, "Zanzibar")
    assert result_names(page) == []
    assert "No quality-marked service matches your search" in page.inner_text("main")


@pytest.mark.parametrize("fixture", ["page", "nojs_page"])
def test_a_funder_checks_a_certificate_by_its_number(request, fixture):
    checked = request.getfixturevalue(fixture)
    checked.goto("/register/?q=Leeds")
    page = checked.page
    page.get_by_role("link", name="Leeds Youth Offending Service").click()
    page.wait_for_url("**/register/services/*/")
    number = page.locator("a[href^='/verify/RSQM-']").first.inner_text().strip()

    checked.goto("/verify/")
    # Typed the way people type: lower case, spaces for hyphens.
    page.fill("input[name=number]", number.lower().replace("-", " "))
    page.get_by_role("button", name="Check the certificate").click()
    page.wait_for_url(f"**/verify/{number}")
    checked.axe()
    main = page.inner_text("main")
    assert "Holds the quality mark today" in main and "Leeds Youth Offending Service" in main
    assert "History" in main

    # A mistyped check character is explained on the form; an unknown number gets a plain page.
    checked.goto("/verify/")
    wrong = number[:-1] + ("2" if number[-1] != "2" else "3")
    page.fill("input[name=number]", wrong)
    page.get_by_role("button", name="Check the certificate").click()
    checked.axe()
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.input_value("input[name=number]") == wrong
    checked.goto("/verify/RSQM-2222-2222")
    assert "No certificate with this number" in page.inner_text("main")


def test_an_ended_award_shows_its_history_and_date(page):
    page.goto("/register/?status=ended&q=Northmoor")
    p = page.page
    p.get_by_role("link", name="Northmoor Schools Restorative Practice").click()
    p.wait_for_url("**/register/services/*/")
    page.axe()
    main = p.inner_text("main")
    assert "Mark ended" in main and "withdrawn" in main and "Award history" in main


def test_the_registrar_reaches_a_listing_and_an_award(browser, server):
    context = browser.new_context(bypass_csp=True)
    try:
        staff = Checked(context.new_page(), server)
        sign_in(staff, "registrar@rsqm.example.org")
        enter_code(staff, "registrar@rsqm.example.org").wait_for_url("**/dashboard/")
        p = staff.goto("/staff/register/?text=Kestrel")
        p.get_by_role("link", name=re.compile(r"RSQM-")).first.click()
        staff.axe()
        p.get_by_role("button", name="End the award").click()
        staff.axe()
        p.get_by_role("button", name="Continue").click()
        staff.axe()
        assert p.locator(".govuk-error-summary").is_visible()
        staff.goto("/staff/register/awards/record/?find=Harbourside")
    finally:
        context.close()
