"""allauth's pages in our layout and GOV.UK markup; its emails go through the outbox in two bodies."""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from rsqm.accounts.models import User
from rsqm.notifications.models import OutboxMessage

NEW_PASSWORD = "a perfectly long password 2027"

pytestmark = pytest.mark.django_db


def assert_our_layout_and_no_inline_code(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="govuk-template' in html and "govuk-skip-link" in html and "govuk-footer" in html
    assert re.search(r'<h1 class="govuk-(heading-l|panel__title)"', html), "no GOV.UK heading"
    # No inline style, and no inline script but the layout's own, which carries the CSP nonce.
    assert "<style" not in html and " style=" not in html
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or "nonce=" in tag, tag
    assert "Sign In" not in html and "Sign Up" not in html  # allauth's own wording is replaced


@pytest.mark.parametrize("path", [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/confirm-email/",
    "/accounts/confirm-email/not-a-key/",
    "/accounts/inactive/",
    "/accounts/password/reset/key/1-not-a-token/",
])
def test_the_public_account_pages_use_our_layout(client, path):
    assert_our_layout_and_no_inline_code(client.get(path, follow=True))


@pytest.mark.parametrize("name", [
    "mfa_index", "account_email", "account_change_password", "account_logout", "account_reauthenticate",
    "mfa_generate_recovery_codes",
])
def test_the_signed_in_account_pages_use_our_layout(client, cast, name):
    client.force_login(cast["staff_case_officer"])
    assert_our_layout_and_no_inline_code(client.get(reverse(name), follow=True))


def test_the_totp_activation_page_shows_the_qr_code_and_the_key_without_scripts(client, staff_without_mfa):
    from rsqm.accounts.tests.conftest import PASSWORD, sign_in

    sign_in(client, staff_without_mfa.email)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": "/accounts/2fa/totp/activate/"})
    response = client.get("/accounts/2fa/totp/activate/")
    assert_our_layout_and_no_inline_code(response)
    assert b'src="data:image/svg+xml;base64,' in response.content
    assert client.session["mfa.totp.secret"].encode() in response.content


def test_the_recovery_codes_page_lists_the_codes_without_scripts(client, cast):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    from rsqm.accounts.tests.conftest import PASSWORD

    user = cast["staff_registrar"]
    codes = RecoveryCodes.activate(user).get_unused_codes()
    client.force_login(user)
    # Viewing codes asks for the password again first: check that page too.
    url = reverse("mfa_view_recovery_codes")
    assert_our_layout_and_no_inline_code(client.get(url, follow=True))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD, "next": url})
    page = client.get(url)
    assert_our_layout_and_no_inline_code(page)
    assert codes[0].encode() in page.content


def test_an_empty_sign_in_shows_an_error_summary_linking_to_each_field(client):
    response = client.post("/accounts/login/", {"login": "", "password": ""})
    html = response.content.decode()
    assert "<title>Error: Sign in" in html
    assert 'class="govuk-error-summary"' in html
    assert 'href="#id_login"' in html and 'href="#id_password"' in html
    assert 'id="id_login-error"' in html and 'type="email"' in html
    assert "Enter your email address" in html and "Enter your password" in html


def test_a_signup_sends_a_verification_email_through_the_outbox_with_text_and_html(client):
    response = client.post("/accounts/signup/", {
        "email": "newcomer@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert mail.outbox == []  # nothing sent directly: the worker delivers the outbox
    message = OutboxMessage.objects.get(recipient="newcomer@example.org")
    assert message.template == "email_confirmation_signup"
    assert message.subject == "Confirm your email address"
    link = re.search(r"http://testserver(/accounts/confirm-email/[^\s]+/)", message.body_text).group(1)
    assert link in message.body_html and "<html" in message.body_html
    # Following the link confirms the address and signs the newcomer in.
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302
    assert EmailAddress.objects.get(email="newcomer@example.org").verified
    assert client.get("/dashboard/").status_code == 200


def test_signing_in_before_confirming_the_email_address_is_refused(client):
    client.post("/accounts/signup/", {"email": "newcomer@example.org", "password1": NEW_PASSWORD,
                                      "password2": NEW_PASSWORD})
    client.logout()
    response = client.post("/accounts/login/", {"login": "newcomer@example.org", "password": NEW_PASSWORD})
    assert response["Location"] == reverse("account_email_verification_sent")
    assert client.get("/dashboard/").status_code == 302


def test_a_password_reset_email_goes_through_the_outbox_with_text_and_html(client, cast):
    response = client.post("/accounts/password/reset/", {"email": cast["org_a_admin"].email})
    assert response["Location"] == "/accounts/password/reset/done/"
    message = OutboxMessage.objects.get(recipient=cast["org_a_admin"].email)
    assert message.template == "password_reset_key"
    assert "/accounts/password/reset/key/" in message.body_text
    assert "/accounts/password/reset/key/" in message.body_html
    assert User.objects.get(pk=cast["org_a_admin"].pk).has_usable_password()


def test_every_allauth_email_we_send_has_a_text_and_an_html_template():
    from django.template.loader import get_template

    for prefix in ["account/email/email_confirmation", "account/email/email_confirmation_signup",
                   "account/email/password_reset_key", "account/email/unknown_account",
                   "account/email/account_already_exists", "account/email/password_changed",
                   "account/email/password_reset", "account/email/password_set",
                   "account/email/email_changed", "account/email/email_confirm", "account/email/email_deleted",
                   "mfa/email/totp_activated", "mfa/email/totp_deactivated",
                   "mfa/email/recovery_codes_generated"]:
        for suffix in ["_subject.txt", "_message.txt", "_message.html"]:
            template = get_template(prefix + suffix)
            assert "rsqm/templates" in template.origin.name, prefix + suffix
