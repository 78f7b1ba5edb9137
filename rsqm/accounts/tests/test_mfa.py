"""The MFA requirement for staff and assessors, recovery codes, and the staff reset."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.urls import reverse

from rsqm.accounts.models import User
from rsqm.accounts.tests.conftest import PASSWORD, sign_in
from rsqm.core.models import AuditEvent
from rsqm.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db

ACTIVATE = "/accounts/2fa/totp/activate/"


def current_code(secret: str) -> str:
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.parametrize("who", ["staff_without_mfa", "assessor_without_mfa"])
def test_staff_and_assessors_without_totp_are_sent_from_the_dashboard_to_enrolment(request, client, who):
    user = request.getfixturevalue(who)
    assert sign_in(client, user.email).status_code == 302
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == ACTIVATE
    page = client.get(ACTIVATE, follow=True)
    assert page.status_code == 200
    assert b"Set up an authenticator app" in page.content
    assert b"Staff and assessors need one to sign in" in page.content


@pytest.mark.parametrize("who", ["staff_without_mfa", "assessor_without_mfa"])
def test_a_gated_user_can_still_reach_the_mfa_pages_email_settings_and_sign_out(request, client, who):
    user = request.getfixturevalue(who)
    client.force_login(user)
    for name in ["mfa_index", "account_email", "account_logout"]:
        assert client.get(reverse(name)).status_code == 200, name
    # The activation page asks for the password first after force_login: not the gate's redirect.
    assert client.get(ACTIVATE)["Location"].startswith("/accounts/reauthenticate/")
    assert client.post(reverse("account_logout")).status_code == 302
    assert client.get("/dashboard/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_every_other_page_is_closed_to_a_gated_user(client, staff_without_mfa):
    client.force_login(staff_without_mfa)
    for path in ["/", "/staff/users/", "/privacy/", "/accounts/password/change/"]:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == ACTIVATE, path
    assert client.post("/staff/users/new/", {"role": "assessor"})["Location"] == ACTIVATE


def test_an_ajax_request_of_a_gated_user_is_refused_not_redirected(client, assessor_without_mfa):
    client.force_login(assessor_without_mfa)
    assert client.get("/dashboard/", HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403


@pytest.mark.parametrize("persona", ["staff_case_officer", "staff_administrator", "assessor", "superuser"])
def test_staff_and_assessors_with_totp_reach_the_dashboard(client, cast, persona):
    client.force_login(cast[persona])
    assert client.get("/dashboard/").status_code == 200


@pytest.mark.parametrize("persona", ["org_a_admin", "org_a_contributor", "practitioner"])
def test_organisation_users_and_practitioners_are_not_gated(client, cast, persona):
    assert not Authenticator.objects.filter(user=cast[persona]).exists()
    client.force_login(cast[persona])
    assert client.get("/dashboard/").status_code == 200


def test_enrolling_through_the_pages_opens_the_dashboard_and_is_audited(
    client, staff_without_mfa, django_capture_on_commit_callbacks
):
    sign_in(client, staff_without_mfa.email)
    # allauth asks for the password again before any MFA change; the gate lets that through.
    assert client.get(ACTIVATE)["Location"] == "/accounts/reauthenticate/?next=%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": ACTIVATE})
    assert response["Location"] == ACTIVATE
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ACTIVATE, {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=staff_without_mfa, type=Authenticator.Type.TOTP).exists()
    assert client.get("/dashboard/").status_code == 200
    added = AuditEvent.objects.filter(action="mfa.authenticator_added", object_id=str(staff_without_mfa.pk))
    assert {e.detail["type"] for e in added} == {"totp", "recovery_codes"}
    # Its security notification goes through the outbox with both bodies.
    note = OutboxMessage.objects.get(recipient=staff_without_mfa.email, template="totp_activated")
    assert note.body_text and note.body_html


def test_someone_who_lost_their_app_signs_in_with_a_recovery_code(client, cast):
    user = cast["staff_registrar"]
    codes = RecoveryCodes.activate(user).get_unused_codes()
    response = sign_in(client, user.email)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert b"recovery codes" in client.get("/accounts/2fa/authenticate/").content
    response = client.post("/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 302
    assert client.get("/dashboard/").status_code == 200
    assert codes[0] not in RecoveryCodes(Authenticator.objects.get(user=user, type="recovery_codes")).get_unused_codes()


def test_signing_in_asks_for_the_code_of_a_user_with_totp(client, cast):
    user = cast["assessor"]
    secret = decrypt(Authenticator.objects.get(user=user, type="totp").data["secret"])
    response = sign_in(client, user.email)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/dashboard/").status_code == 302  # not signed in yet
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/dashboard/").status_code == 200


def test_an_administrator_resets_a_users_mfa_and_it_is_audited_and_emailed(client, cast):
    target = cast["assessor"]
    client.force_login(cast["staff_administrator"])
    url = reverse("staff_user_reset_mfa", args=[target.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not Authenticator.objects.filter(user=target).exists()
    event = AuditEvent.objects.get(action="mfa.reset_by_staff", object_id=str(target.pk))
    assert event.actor_id == cast["staff_administrator"].pk
    assert event.detail["removed"] == ["totp"]
    mail = OutboxMessage.objects.get(template="mfa_reset", recipient=target.email)
    assert mail.body_html and "reset your two-factor authentication" in mail.body_text
    # At their next sign-in the assessor must enrol again.
    client.force_login(User.objects.get(pk=target.pk))
    assert client.get("/dashboard/")["Location"] == ACTIVATE


@pytest.mark.parametrize("persona", ["staff_case_officer", "staff_decision_maker", "staff_finance",
                                     "staff_registrar", "assessor", "org_a_admin"])
def test_only_an_administrator_can_reset_mfa(client, cast, persona):
    target = cast["staff_registrar"]
    client.force_login(cast[persona])
    assert client.post(reverse("staff_user_reset_mfa", args=[target.pk])).status_code == 403
    assert Authenticator.objects.filter(user=target).exists()


def test_an_administrator_cannot_reset_their_own_mfa(client, cast):
    admin = cast["staff_administrator"]
    client.force_login(admin)
    client.post(reverse("staff_user_reset_mfa", args=[admin.pk]))
    assert Authenticator.objects.filter(user=admin).exists()


def test_turning_off_the_app_and_making_new_recovery_codes_are_audited(
    client, cast, django_capture_on_commit_callbacks
):
    user = cast["staff_finance"]
    RecoveryCodes.activate(user)
    client.force_login(user)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": "/accounts/2fa/"})
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("mfa_generate_recovery_codes")).status_code == 302
    assert AuditEvent.objects.get(action="mfa.authenticator_reset").detail["type"] == "recovery_codes"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("mfa_deactivate_totp")).status_code == 302
    removed = AuditEvent.objects.filter(action="mfa.authenticator_removed", object_id=str(user.pk))
    assert "totp" in {e.detail["type"] for e in removed}
    # Without the app, the member of staff is gated again.
    assert client.get("/dashboard/")["Location"] == ACTIVATE
