"""Sessions end after 30 minutes idle or 12 hours in all; the keepalive; deactivation ends them."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from rsqm.accounts.models import LiveSession
from rsqm.accounts.tests.conftest import T0, sign_in
from rsqm.core.models import AuditEvent

pytestmark = pytest.mark.django_db

AJAX = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def traveller():
    with time_machine.travel(T0, tick=False) as t:
        yield t


def signed_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_session_idle_for_29_minutes_59_seconds_is_still_open(traveller, cast):
    client = signed_in_client(cast["org_a_admin"])
    traveller.shift(timedelta(minutes=29, seconds=59))
    assert client.get("/dashboard/").status_code == 200


def test_a_session_idle_for_30_minutes_has_ended(traveller, cast):
    client = signed_in_client(cast["org_a_admin"])
    traveller.shift(timedelta(minutes=30))
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/dashboard/")
    assert response.wsgi_request.user.is_anonymous
    page = client.get(response["Location"])
    assert b"had not done anything for 30 minutes" in page.content
    event = AuditEvent.objects.get(action="account.signed_out")
    assert event.detail == {"reason": "idle_timeout"}


def test_each_request_restarts_the_idle_clock(traveller, cast):
    client = signed_in_client(cast["org_a_admin"])
    for _ in range(4):
        traveller.shift(timedelta(minutes=20))
        assert client.get("/dashboard/").status_code == 200


def test_an_idle_timeout_on_a_public_page_shows_the_page_signed_out(traveller, cast):
    client = signed_in_client(cast["org_a_admin"])
    traveller.shift(timedelta(minutes=45))
    response = client.get("/")
    assert response.status_code == 200
    assert response.wsgi_request.user.is_anonymous
    assert b"You were signed out" in response.content


def test_a_session_ends_12_hours_after_sign_in_however_busy(traveller, cast):
    client = signed_in_client(cast["staff_case_officer"])
    elapsed = timedelta(0)
    while elapsed + timedelta(minutes=25) < timedelta(hours=12):
        traveller.shift(timedelta(minutes=25))
        elapsed += timedelta(minutes=25)
        assert client.get("/dashboard/").status_code == 200, elapsed
    traveller.shift(timedelta(hours=12) - elapsed - timedelta(seconds=1))
    assert client.get("/dashboard/").status_code == 200
    traveller.shift(timedelta(seconds=1))
    response = client.get("/dashboard/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert b"signed in for 12 hours" in client.get(response["Location"]).content
    assert AuditEvent.objects.get(action="account.signed_out").detail == {"reason": "absolute_timeout"}


def test_the_keepalive_answers_a_script_with_204_and_keeps_the_session_open(traveller, cast):
    client = signed_in_client(cast["assessor"])
    traveller.shift(timedelta(minutes=25))
    assert client.post(reverse("session_keepalive"), **AJAX).status_code == 204
    traveller.shift(timedelta(minutes=25))
    assert client.get("/dashboard/").status_code == 200


def test_the_keepalive_is_post_only(client, cast):
    client.force_login(cast["assessor"])
    assert reverse("session_keepalive") == "/session/keepalive/"
    assert client.get("/session/keepalive/").status_code == 405


def test_a_plain_keepalive_post_goes_back_to_the_page_on_this_site(client, cast):
    client.force_login(cast["org_a_admin"])
    url = reverse("session_keepalive")
    back = client.post(url, HTTP_REFERER="http://testserver/organisations/?page=2")
    assert back["Location"] == "/organisations/?page=2"
    assert client.post(url, HTTP_REFERER="https://elsewhere.example.com/phish/")["Location"] == "/dashboard/"
    assert client.post(url)["Location"] == "/dashboard/"


def test_a_keepalive_after_the_session_ended_does_not_revive_it(traveller, cast):
    client = signed_in_client(cast["org_a_admin"])
    traveller.shift(timedelta(minutes=31))
    assert client.post(reverse("session_keepalive"), **AJAX).status_code == 401
    assert client.get("/dashboard/").status_code == 302


def test_a_keepalive_while_signed_out_is_401_for_scripts_and_a_sign_in_page_otherwise(client):
    assert client.post(reverse("session_keepalive"), **AJAX).status_code == 401
    assert client.post(reverse("session_keepalive"))["Location"].startswith("/accounts/login/")


def test_deactivating_a_user_ends_their_live_session(cast):
    victim = cast["org_a_contributor"]
    theirs = signed_in_client(victim)
    assert theirs.get("/dashboard/").status_code == 200
    key = theirs.session.session_key
    assert LiveSession.objects.filter(user=victim, session_key=key).exists()

    admin = signed_in_client(cast["staff_administrator"])
    confirm = admin.get(reverse("staff_user_deactivate", args=[victim.pk]))
    assert confirm.status_code == 200 and b"Deactivate account" in confirm.content
    assert admin.post(reverse("staff_user_deactivate", args=[victim.pk])).status_code == 302

    response = theirs.get("/dashboard/")
    assert response.wsgi_request.user.is_anonymous
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=key).exists()
    assert not LiveSession.objects.filter(user=victim).exists()
    assert AuditEvent.objects.get(action="user.deactivated").detail == {"sessions_ended": 1}


def test_a_reactivated_user_can_sign_in_again(cast):
    victim = cast["org_a_contributor"]
    admin = signed_in_client(cast["staff_administrator"])
    admin.post(reverse("staff_user_deactivate", args=[victim.pk]))
    refused = Client()
    response = sign_in(refused, victim.email)
    assert "_auth_user_id" not in refused.session
    assert response["Location"] == "/accounts/inactive/"
    assert b"This account has been deactivated" in refused.get("/accounts/inactive/").content
    admin.post(reverse("staff_user_reactivate", args=[victim.pk]))
    again = Client()
    assert sign_in(again, victim.email)["Location"] == "/dashboard/"
    assert again.get("/dashboard/").status_code == 200


def test_signing_out_forgets_the_session(client, cast):
    client.force_login(cast["org_a_admin"])
    assert LiveSession.objects.count() == 1
    client.post(reverse("account_logout"))
    assert LiveSession.objects.count() == 0
    assert AuditEvent.objects.filter(action="account.signed_out", detail={}).count() == 1
