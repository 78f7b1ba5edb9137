"""A form posted after the session ended is kept for the same user, for 30 minutes, without secrets."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import reverse

from rsqm.accounts.jobs import delete_expired_preserved_forms
from rsqm.accounts.models import PreservedForm
from rsqm.accounts.preservation import KeptForm, is_keepable, preserved_initial
from rsqm.accounts.tests.conftest import T0

pytestmark = pytest.mark.django_db

BANNER = b"We kept what you typed. Check it and submit again."


@pytest.fixture
def traveller():
    with time_machine.travel(T0, tick=False) as t:
        yield t


@pytest.fixture
def admin(cast):
    client = Client()
    client.force_login(cast["staff_administrator"])
    return client


def edit_name_url(cast):
    return reverse("staff_user_edit", args=[cast["org_a_admin"].pk])


def post_after_timeout(traveller, client, url, data, **extra):
    assert client.get(url).status_code == 200
    traveller.shift(timedelta(minutes=31))
    return client.post(url, data, **extra)


def test_a_post_after_the_session_ended_is_kept_and_the_user_sent_to_sign_in(traveller, cast, admin):
    url = edit_name_url(cast)
    response = post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url.replace('/', '%2F')}"
    assert response.wsgi_request.user.is_anonymous
    row = PreservedForm.objects.get()
    assert row.user == cast["staff_administrator"] and row.path == url
    assert row.fields == {"full_name": ["Ada Alpha-Jones"]}
    assert row.expires_at == row.created_at + timedelta(minutes=30)
    # Nothing was saved: the post never reached the view.
    cast["org_a_admin"].refresh_from_db()
    assert cast["org_a_admin"].full_name == "Ada Alpha"
    assert b"kept what you typed" in admin.get(response["Location"]).content


def test_after_signing_in_again_the_same_user_sees_what_they_typed_once(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    traveller.shift(timedelta(minutes=2))
    admin.force_login(cast["staff_administrator"])
    page = admin.get(url)
    assert page.status_code == 200
    assert BANNER in page.content
    assert b'value="Ada Alpha-Jones"' in page.content
    assert not PreservedForm.objects.exists()
    again = admin.get(url)
    assert BANNER not in again.content
    assert b'value="Ada Alpha"' in again.content


def test_another_user_never_sees_someone_elses_kept_form(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    other = cast["superuser"]
    admin.force_login(other)
    page = admin.get(url)
    assert page.status_code == 200
    assert BANNER not in page.content and b"Ada Alpha-Jones" not in page.content
    assert PreservedForm.objects.filter(user=cast["staff_administrator"]).exists()


def test_a_kept_form_is_shown_up_to_29_minutes_59_seconds(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    traveller.shift(timedelta(minutes=29, seconds=59))
    admin.force_login(cast["staff_administrator"])
    assert BANNER in admin.get(url).content


def test_a_kept_form_expires_after_30_minutes_and_is_never_shown(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    traveller.shift(timedelta(minutes=30))
    admin.force_login(cast["staff_administrator"])
    page = admin.get(url)
    assert BANNER not in page.content and b"Ada Alpha-Jones" not in page.content


def test_passwords_tokens_codes_secrets_and_files_are_never_kept(traveller, cast, admin):
    url = edit_name_url(cast)
    data = {
        "full_name": "Ada Alpha-Jones",
        "password": "hunter2-hunter2",
        "new_password1": "x",
        "api_token": "t0k3n",
        "verification_code": "123456",
        "client_secret": "shh",
        "Recovery-CODE": "abc",
        "evidence": SimpleUploadedFile("visit notes.pdf", b"%PDF-1.4 secret content", "application/pdf"),
    }
    post_after_timeout(traveller, admin, url, data)
    row = PreservedForm.objects.get()
    assert set(row.fields) == {"full_name"}
    assert row.file_names == ["visit notes.pdf"]
    stored = str(row.fields) + str(row.file_names)
    for secret in ["hunter2", "t0k3n", "123456", "shh", "secret content"]:
        assert secret not in stored
    admin.force_login(cast["staff_administrator"])
    assert b"Attach again: visit notes.pdf." in admin.get(url).content


def test_a_post_with_a_bad_csrf_token_is_refused_and_not_kept(traveller, cast):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast["staff_administrator"])
    url = edit_name_url(cast)
    assert client.get(url).status_code == 200
    traveller.shift(timedelta(minutes=31))
    response = client.post(url, {"full_name": "Forged", "csrfmiddlewaretoken": "nope"})
    assert response.status_code == 403
    assert not PreservedForm.objects.exists()


def test_a_post_with_a_good_csrf_token_is_kept_without_the_token(traveller, cast):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast["staff_administrator"])
    url = edit_name_url(cast)
    client.get(url)
    token = client.cookies["csrftoken"].value
    traveller.shift(timedelta(minutes=31))
    response = client.post(url, {"full_name": "Ada Alpha-Jones", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert PreservedForm.objects.get().fields == {"full_name": ["Ada Alpha-Jones"]}


def test_a_keepalive_neither_shows_nor_uses_up_a_kept_form(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    admin.force_login(cast["staff_administrator"])
    assert admin.post(reverse("session_keepalive"), HTTP_REFERER=f"http://testserver{url}",
                      HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 204
    assert PreservedForm.objects.exists()
    assert BANNER in admin.get(url).content


def test_a_kept_form_for_another_page_waits_for_that_page(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    admin.force_login(cast["staff_administrator"])
    assert BANNER not in admin.get("/dashboard/").content
    assert BANNER in admin.get(url).content


def test_the_job_deletes_only_expired_kept_forms(traveller, cast, admin):
    url = edit_name_url(cast)
    post_after_timeout(traveller, admin, url, {"full_name": "Ada Alpha-Jones"})
    assert delete_expired_preserved_forms(now=T0 + timedelta(minutes=31 + 29)) == 0
    assert delete_expired_preserved_forms(now=T0 + timedelta(minutes=31 + 30)) == 1
    assert not PreservedForm.objects.exists()


@pytest.mark.parametrize(
    ("name", "kept"),
    [("full_name", True), ("csrfmiddlewaretoken", False), ("password2", False), ("OldPassword", False),
     ("reset_token", False), ("postcode", False), ("secretary", False), ("notes", True)],
)
def test_which_field_names_are_kept(name, kept):
    # "postcode" contains "code" and "secretary" contains "secret": never kept, by the rule's letter.
    assert is_keepable(name) is kept


class ExampleForm(forms.Form):
    title = forms.CharField()
    agree = forms.BooleanField(required=False)
    topics = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B"), ("c", "C")], required=False)
    when = forms.DateField(required=False)
    upload = forms.FileField(required=False)


def test_preserved_initial_overlays_what_was_typed_on_the_views_initial():
    request = RequestFactory().get("/")
    request.preserved_form = KeptForm(fields={"title": ["Draft"], "topics": ["a", "c"], "when": ["31/02/2027"]},
                                      file_names=["x.pdf"])
    initial = preserved_initial(request, ExampleForm, {"title": "Old", "agree": True, "other": 1})
    assert initial == {"title": "Draft", "agree": False, "topics": ["a", "c"], "when": "31/02/2027", "other": 1}
    assert preserved_initial(request, ["title", "missing"]) == {"title": "Draft"}


def test_preserved_initial_without_a_kept_form_is_the_views_initial():
    request = RequestFactory().get("/")
    assert preserved_initial(request, ExampleForm, {"title": "Old"}) == {"title": "Old"}
    request.preserved_form = None
    assert preserved_initial(request, ExampleForm) == {}
