"""Failed sign-ins are throttled by django-axes on the pair (account, client address)."""

from __future__ import annotations

import json

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from rsqm.accounts.tests.conftest import sign_in
from rsqm.core.models import AuditEvent

pytestmark = pytest.mark.django_db

WRONG = "not-the-password-at-all"
HOME = "198.51.100.7"
ELSEWHERE = "203.0.113.9"


def fail(client, email, times, address=HOME):
    return [sign_in(client, email, WRONG, address=address).status_code for _ in range(times)]


def test_a_wrong_password_reshows_the_form_with_an_error_summary_and_the_email_kept(client, cast):
    response = sign_in(client, cast["org_a_admin"].email, WRONG)
    assert response.status_code == 200
    body = response.content.decode()
    assert "govuk-error-summary" in body
    assert 'value="alpha.admin@example.org"' in body
    assert WRONG not in body


def test_five_wrong_passwords_lock_the_account_at_that_address_with_a_friendly_page(client, cast):
    email = cast["org_a_admin"].email
    assert fail(client, email, 4) == [200, 200, 200, 200]
    locked = sign_in(client, email, WRONG, address=HOME)
    assert locked.status_code == 429
    assert b"Too many attempts to sign in" in locked.content
    assert b"contact the scheme" in locked.content
    assert b"Try again in 30 minutes" in locked.content
    # Even the right password is refused from that address now.
    assert sign_in(client, email, address=HOME).status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_same_account_can_still_sign_in_from_another_address(client, cast):
    email = cast["org_a_admin"].email
    fail(client, email, 5, address=HOME)
    response = sign_in(client, email, address=ELSEWHERE)
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert client.get("/dashboard/").status_code == 200


def test_failures_on_one_account_do_not_lock_another_account_at_the_same_address(client, cast):
    fail(client, cast["org_a_admin"].email, 5, address=HOME)
    assert sign_in(client, cast["org_b_admin"].email, address=HOME).status_code == 302


def test_the_lockout_counts_the_address_and_the_email_as_typed_in_any_case(client, cast):
    fail(client, "Alpha.Admin@Example.org", 5, address=HOME)
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address) == ("alpha.admin@example.org", HOME)
    assert WRONG not in attempt.post_data


def test_failed_sign_ins_are_audited_with_the_email_and_never_the_password(client, cast):
    email = cast["org_a_admin"].email
    fail(client, email, 5, address=HOME)
    failures = AuditEvent.objects.filter(action="account.sign_in_failed")
    assert failures.count() == 5
    assert all(e.detail["email"] == email for e in failures)
    assert all(e.object_id == str(cast["org_a_admin"].pk) for e in failures)
    assert AuditEvent.objects.filter(action="account.locked_out", detail__email=email).exists()
    everything = json.dumps(list(AuditEvent.objects.values("detail", "object_label", "actor_label")))
    assert WRONG not in everything
    assert failures.first().address.ip_address == HOME


def test_an_administrator_sees_the_lockout_and_unlocks_the_account(client, cast):
    email = cast["org_a_admin"].email
    fail(client, email, 5, address=HOME)
    admin = cast["staff_administrator"]
    staff_client = client_class_for(client)()
    staff_client.force_login(admin)
    page = staff_client.get(reverse("staff_lockouts"))
    assert page.status_code == 200
    assert email.encode() in page.content and HOME.encode() in page.content
    detail = staff_client.get(reverse("staff_user_detail", args=[cast["org_a_admin"].pk]))
    assert b"Locked out after too many failed attempts" in detail.content
    response = staff_client.post(reverse("staff_lockout_unlock"), {"email": email})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    event = AuditEvent.objects.get(action="account.unlocked")
    assert event.actor_id == admin.pk and event.detail["email"] == email
    assert sign_in(client, email, address=HOME).status_code == 302


@pytest.mark.parametrize("persona", ["staff_case_officer", "staff_registrar", "assessor", "org_a_admin"])
def test_only_administrators_see_lockouts_or_unlock(client, cast, persona):
    fail(client, cast["org_b_admin"].email, 5, address=HOME)
    client.force_login(cast[persona])
    assert client.get(reverse("staff_lockouts")).status_code == 403
    assert client.post(reverse("staff_lockout_unlock"), {"email": cast["org_b_admin"].email}).status_code == 403
    assert AccessAttempt.objects.exists()


def test_setting_a_new_password_by_the_emailed_link_clears_the_lockout(client, cast):
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    user = cast["org_a_admin"]
    fail(client, user.email, 5, address=HOME)
    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
    url = reverse("account_reset_password_from_key", kwargs={"uidb36": key.split('-', 1)[0],
                                                              "key": key.split('-', 1)[1]})
    page = client.get(url, follow=True)
    assert page.status_code == 200
    new = "a brand new long password 2027"
    response = client.post(page.redirect_chain[-1][0], {"password1": new, "password2": new})
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=user.email).exists()
    assert sign_in(client, user.email, new, address=HOME).status_code == 302


def client_class_for(client):
    return type(client)
