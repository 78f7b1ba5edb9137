"""The healthcheck in the browser: "Am I ready?" from a first visit to the report on the account,
the privacy guard on notes, the pages without JavaScript, and the staff pages."""

from __future__ import annotations

import re
import time

from e2e.conftest import Checked
from e2e.test_accounts_journeys import enter_code, sign_in

CASE_OFFICER = "case.officer@rsqm.example.org"
ADMINISTRATOR = "administrator@rsqm.example.org"


def _rate_all(p, value: str = "progressing_well") -> None:
    for radio in p.locator(f"input[type=radio][value={value}]").all():
        radio.check()


def _answer_standard(checked: Checked, value: str = "progressing_well", button: str = "Save and continue"):
    p = checked.page
    _rate_all(p, value)
    p.get_by_role("button", name=button).click()
    checked.axe()
    return p


def test_a_new_user_takes_the_healthcheck_comes_back_by_email_finishes_and_finds_it_on_the_account(
        page, browser, server):
    started = time.time() - 1
    email = "coordinator@marsh-end-rj.example.org"

    # Start without an account and answer the first standard, with a note naming a role.
    p = page.goto("/healthcheck/")
    p.get_by_role("button", name="Start now").click()
    p.wait_for_url(re.compile(r"/healthcheck/\d+/$"))
    page.axe()
    healthcheck_url = p.url
    p.get_by_role("link", name="1. Leadership and governance").click()
    page.axe()
    p.fill("textarea[name^=note_]:visible >> nth=0", "Our RJ lead drafts this each spring.")
    _answer_standard(page)  # on to standard 2
    assert "Policies and procedures" in p.content()
    _rate_all(p, "fully_in_place")
    p.get_by_role("button", name="Save and come back later").click()
    page.axe()
    assert "You have completed 2 of 6 standards" in p.content()

    # Ask for a link, and continue in another browser.
    p.get_by_role("link", name="get a link by email").click()
    page.axe()
    p.fill("input[name=email]", email)
    p.get_by_role("button", name="Send the link").click()
    page.axe()
    assert "Check your email" in p.content()
    message = server.wait_for_mail(email, "Continue your healthcheck", after=started)
    link = next(link for link in server.links_in(message) if "/healthcheck/resume/" in link)

    context = browser.new_context(bypass_csp=True)
    try:
        other = Checked(context.new_page(), server)
        q = other.page
        q.goto(link)
        q.wait_for_url(healthcheck_url)
        other.axe()
        assert "You have completed 2 of 6 standards" in q.content()
        for number in range(3, 7):
            q.goto(f"{healthcheck_url}standards/{number}/")
            _answer_standard(other, "developing" if number == 4 else "fully_in_place")
        q.goto(healthcheck_url)
        q.get_by_role("link", name="Check your answers and see your report").click()
        other.axe()
        assert "Our RJ lead drafts this each spring." in q.content()
        q.get_by_role("button", name="Finish and see your report").click()
        q.wait_for_url(re.compile(r"/report/$"))
        other.axe()
        content = q.content()
        assert "Not ready to apply yet" in content and "Areas to improve" in content
        assert q.locator("svg[role=img]").count() == 7
        with q.expect_download() as download:
            q.get_by_role("link", name="Download the report as a PDF").click()
        path = download.value.path()
        with open(path, "rb") as handle:
            assert handle.read(5) == b"%PDF-"

        # Sign up in this browser: the healthcheck moves to the new account.
        q.get_by_role("link", name="Create an account").first.click()
        other.axe()
        q.fill("input[name=email]", email)
        q.fill("input[name=password1]", "a-long-demo-password-2027")
        q.fill("input[name=password2]", "a-long-demo-password-2027")
        q.get_by_role("button", name="Create account").click()
        confirmation = server.wait_for_mail(email, "confirm", after=started)
        q.goto(next(link for link in server.links_in(confirmation) if "/confirm-email/" in link))
        q.get_by_role("button", name="Confirm").click()
        q.wait_for_load_state()
        other.goto("/healthcheck/")
        assert "Your account" in q.content()
        assert "Ask for your organisation to join" in q.content()

        # Ask for the organisation to join, then choose it for the healthcheck.
        other.goto("/organisations/join/")
        q.fill("input[name=legal_name]", "Marsh End Restorative Justice")
        q.check("input[name=type][value=voluntary]")
        q.fill("input[name=charity_number]", "1190456")
        q.fill("input[name=address_line_1]", "9 Imaginary Road")
        q.fill("input[name=town]", "Marsh End")
        q.fill("input[name=postcode]", "ZZ9 8ZZ")
        q.fill("input[name=contact_name]", "Robin Example")
        q.fill("input[name=contact_email]", email)
        q.get_by_role("button", name="Continue").click()
        q.get_by_role("button", name="Send request").click()
        other.goto("/healthcheck/")
        q.get_by_role("link", name=re.compile("healthcheck")).first.click()
        other.axe()
        q.get_by_role("link", name="Choose which of your organisations this healthcheck is for").click()
        other.axe()
        q.get_by_role("button", name="Continue").click()
        q.wait_for_url(re.compile(r"/report/$"))
        other.axe()
        assert "Marsh End Restorative Justice" in q.content()
        assert "once the scheme&#x27;s office has verified the organisation" in q.content() or \
            "once the scheme's office has verified the organisation" in q.content()
    finally:
        context.close()


def test_a_note_naming_a_participant_is_refused_with_the_finding_shown(page):
    p = page.goto("/healthcheck/")
    p.get_by_role("button", name="Start now").click()
    p.wait_for_url(re.compile(r"/healthcheck/\d+/$"))
    p.get_by_role("link", name="5. Safe and effective delivery").click()
    note = "We met John Smith, the victim, at his home at 14 Acacia Avenue before the conference."
    p.fill("textarea[name^=note_] >> nth=0", note)
    _rate_all(p)
    p.get_by_role("button", name="Save and continue").click()
    page.axe()
    assert p.locator(".govuk-error-summary").is_visible()
    assert "Remove a person" in p.content()
    assert p.locator(".rsqm-privacy-marks mark").count() >= 1
    assert p.input_value("textarea[name^=note_] >> nth=0") == note  # nothing typed is lost
    assert "our RJ lead" in p.content()


def test_the_healthcheck_works_without_javascript(nojs_page):
    p = nojs_page.goto("/healthcheck/")
    p.get_by_role("button", name="Start now").click()
    p.wait_for_url(re.compile(r"/healthcheck/\d+/$"))
    url = p.url
    for number in range(1, 7):
        p.goto(f"{url}standards/{number}/")
        # The reason box of "not applicable" is shown without JavaScript.
        assert p.locator("textarea[name^=na_reason_]").first.is_visible()
        _rate_all(p, "fully_in_place")
        p.get_by_role("button", name="Save and continue").click()
    p.goto(url)
    p.get_by_role("link", name="Check your answers and see your report").click()
    p.get_by_role("button", name="Finish and see your report").click()
    p.wait_for_url(re.compile(r"/report/$"))
    assert "Ready to apply" in p.content()


def test_the_staff_pages_of_healthchecks_and_standards_pass_axe(page, browser, server):
    sign_in(page, CASE_OFFICER)
    p = enter_code(page, CASE_OFFICER)
    p.wait_for_url("**/dashboard/")
    page.goto("/staff/healthchecks/")
    p.get_by_role("link", name="Northmoor Mediation Trust").click()
    page.axe()
    assert "Could a case officer look at our answers" in p.content()
    p.fill("textarea[name=body]", "Your supervision answers look sound. Keep the supervision log up to date.")
    p.get_by_role("button", name="Send the reply").click()
    page.axe()
    assert "Your reply has been sent" in p.content()
    page.goto("/staff/healthchecks/indicators/")
    page.goto("/staff/healthchecks/readiness/")
    p.get_by_role("link", name="Kestrel Vale Borough Council").click()
    page.axe()
    assert "Cannot apply yet" in p.content()

    context = browser.new_context(bypass_csp=True)
    try:
        admin = Checked(context.new_page(), server)
        sign_in(admin, ADMINISTRATOR)
        enter_code(admin, ADMINISTRATOR).wait_for_url("**/dashboard/")
        a = admin.goto("/staff/standards/")
        a.get_by_role("link", name="Version 1").click()
        admin.axe()
        admin.goto("/standards/")
        admin.goto("/staff/standards/import/")
    finally:
        context.close()
