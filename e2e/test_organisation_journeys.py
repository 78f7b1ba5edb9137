"""A new organisation asks to join and staff verify it; the organisation is told by email."""

from __future__ import annotations

import time

from e2e.test_accounts_journeys import enter_code, sign_in

CASE_OFFICER = "case.officer@rsqm.example.org"


def test_a_new_user_signs_up_asks_to_join_and_a_case_officer_verifies_the_organisation(page, browser, server):
    started = time.time() - 1
    email = "coordinator@fenbridge-mediation.example.org"
    password = "a-long-demo-password-2027"

    # Sign up, then confirm the email address from the message in var/mail/.
    p = page.goto("/accounts/signup/")
    p.fill("input[name=email]", email)
    p.fill("input[name=password1]", password)
    p.fill("input[name=password2]", password)
    p.get_by_role("button", name="Create account").click()
    page.axe()
    confirmation = server.wait_for_mail(email, "confirm", after=started)
    link = next(link for link in server.links_in(confirmation) if "/confirm-email/" in link)
    p.goto(link)
    page.axe()
    p.get_by_role("button", name="Confirm").click()

    # Ask for the organisation to join: a mistake first, which keeps what was typed.
    page.goto("/organisations/join/")
    p.fill("input[name=legal_name]", "Fenbridge Mediation Trust")
    p.check("input[name=type][value=voluntary]")
    p.fill("input[name=charity_number]", "1190123")
    p.fill("input[name=address_line_1]", "3 Imaginary Lane")
    p.fill("input[name=town]", "Fenbridge")
    p.fill("input[name=postcode]", "not a postcode")
    p.fill("input[name=contact_name]", "Robin Example")
    p.fill("input[name=contact_email]", email)
    p.get_by_role("button", name="Continue").click()
    page.axe()
    assert p.locator(".govuk-error-summary").is_visible()
    assert p.input_value("input[name=legal_name]") == "Fenbridge Mediation Trust"
    p.fill("input[name=postcode]", "ZZ9 9ZZ")
    p.get_by_role("button", name="Continue").click()
    p.wait_for_url("**/organisations/join/check/")
    page.axe()
    p.get_by_role("button", name="Send request").click()
    page.axe()
    assert "Fenbridge Mediation Trust" in p.content()

    # A case officer verifies it.
    staff_context = browser.new_context(bypass_csp=True)
    try:
        from e2e.conftest import Checked

        staff = Checked(staff_context.new_page(), server)
        sign_in(staff, CASE_OFFICER)
        enter_code(staff, CASE_OFFICER).wait_for_url("**/dashboard/")
        sp = staff.goto("/staff/organisations/")
        sp.get_by_role("link", name="Fenbridge Mediation Trust").click()
        staff.axe()
        sp.get_by_role("button", name="Verify the organisation", exact=True).click()
        staff.axe()
    finally:
        staff_context.close()

    told = server.wait_for_mail(email, "verified", after=started)
    assert "Fenbridge Mediation Trust" in told.get_body(preferencelist=("plain",)).get_content()
