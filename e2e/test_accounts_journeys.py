"""Signing in as each kind of user, two-factor codes, and a password reset through the outbox."""

from __future__ import annotations

import time

import pytest

from e2e.conftest import DEMO_PASSWORD

ORG_ADMIN = "admin@northmoor-mediation.example.org"
ASSESSOR = "assessor@example.org"
ADMINISTRATOR = "administrator@rsqm.example.org"


def sign_in(checked, email: str, password: str = DEMO_PASSWORD):
    page = checked.goto("/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.get_by_role("button", name="Sign in").click()
    return page


def enter_code(checked, email: str):
    page = checked.page
    page.wait_for_url("**/accounts/2fa/authenticate/**")
    checked.axe()
    for _ in range(2):
        page.fill("input[name=code]", checked.server.totp(email))
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        # A code typed at the very end of its 30-second window can arrive after it: try the next.
        if "/2fa/authenticate/" not in page.url:
            break
    return page


def test_the_public_pages_pass_axe(page):
    for path in ["/", "/privacy/", "/accessibility/", "/accounts/login/", "/accounts/signup/",
                 "/accounts/password/reset/", "/does-not-exist/"]:
        page.goto(path)
    assert len(page.checked) == 7


@pytest.mark.parametrize("fixture", ["page", "nojs_page"])
def test_an_organisation_admin_signs_in_and_reaches_the_dashboard(request, fixture):
    checked = request.getfixturevalue(fixture)
    page = sign_in(checked, ORG_ADMIN)
    page.wait_for_url("**/dashboard/")
    checked.axe()
    assert "Northmoor Mediation Trust" in page.content()


def test_a_wrong_password_is_explained_and_the_email_kept(page):
    p = sign_in(page, ORG_ADMIN, "not-the-password")
    page.axe()
    assert p.locator(".govuk-error-summary").is_visible()
    assert p.input_value("input[name=login]") == ORG_ADMIN


@pytest.mark.parametrize("email", [ASSESSOR, ADMINISTRATOR])
def test_staff_and_assessors_sign_in_with_a_two_factor_code(page, email):
    sign_in(page, email)
    p = enter_code(page, email)
    p.wait_for_url("**/dashboard/")
    page.axe()


def test_a_password_reset_arrives_in_var_mail_and_sets_a_new_password(page, server):
    started = time.time() - 1
    # Not one of the printed demo logins, so their password stays the demo password.
    email = "admin@harbourside-rj.example.org"
    p = page.goto("/accounts/password/reset/")
    p.fill("input[name=email]", email)
    p.get_by_role("button", name="Reset my password").click()
    p.wait_for_url("**/password/reset/done/")
    page.axe()
    message = server.wait_for_mail(email, "password", after=started)
    link = next(link for link in server.links_in(message) if "/password/reset/key/" in link)
    p.goto(link)
    p.wait_for_url("**/password/reset/key/**")
    page.axe()
    new_password = "a-new-long-password-2027"
    p.fill("input[name=password1]", new_password)
    p.fill("input[name=password2]", new_password)
    p.get_by_role("button", name="Change password").click()
    p.wait_for_url("**/password/reset/key/done/")
    sign_in(page, email, new_password).wait_for_url("**/dashboard/")


def test_every_demo_login_can_sign_in(browser, server):
    """Each persona printed by `rsqm demo` signs in with the demo password (and its code, if enrolled)."""
    from e2e.conftest import Checked
    from rsqm.core.demo import LOGINS

    for login in LOGINS:
        context = browser.new_context(bypass_csp=True)
        try:
            checked = Checked(context.new_page(), server)
            page = sign_in(checked, login.email)
            if "MFA enrolled" in login.note:
                enter_code(checked, login.email)
            try:
                page.wait_for_url("**/dashboard/", timeout=15000)
            except Exception as error:
                raise AssertionError(f"{login.email} did not reach the dashboard; at {page.url}") from error
            assert login.email in page.content()
        finally:
            context.close()
