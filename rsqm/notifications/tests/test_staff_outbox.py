"""The staff outbox page: who may see it, what it shows (never a body or a link), and retrying."""

from __future__ import annotations

import pytest
from django.urls import reverse

from rsqm.core.models import AuditEvent
from rsqm.notifications.models import MessageStatus, OutboxMessage
from rsqm.testing.personas import PERSONAS

pytestmark = pytest.mark.django_db

URL = "/staff/outbox/"
STAFF = [p for p in PERSONAS if p.startswith("staff_")] + ["superuser"]
NOT_STAFF = [p for p in PERSONAS if p not in STAFF and p != "anonymous"]


def _failed(make_message, **kw):
    message = make_message(**kw)
    OutboxMessage.objects.filter(pk=message.pk).update(
        status=MessageStatus.FAILED, attempts=8, last_error="SMTPDataError 451: try later"
    )
    message.refresh_from_db()
    return message


@pytest.fixture
def staff_client(client, cast):
    client.force_login(cast["staff_case_officer"])
    return client


def test_the_url_is_named_staff_outbox():
    assert reverse("staff_outbox") == URL


def test_anonymous_users_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize("persona", NOT_STAFF)
def test_it_is_refused_to_everyone_who_is_not_staff(client, cast, persona):
    client.force_login(cast[persona])
    assert client.get(URL).status_code == 403


@pytest.mark.parametrize("persona", STAFF)
def test_any_staff_member_may_see_it(client, cast, persona):
    client.force_login(cast[persona])
    assert client.get(URL).status_code == 200


def test_it_shows_no_body_and_no_link_from_a_message(staff_client, make_message):
    make_message(
        to="ada@example.org",
        subject="Your site visit is confirmed",
        text="Body words SECRET-TEXT-7f3a https://rsqm.example.org/visit/SECRET-LINK-9c2e/",
        html='<p>SECRET-HTML-1b4d <a href="https://rsqm.example.org/visit/SECRET-LINK-9c2e/">open</a></p>',
    )
    html = staff_client.get(URL).content.decode()
    assert "ada@example.org" in html
    assert "Your site visit is confirmed" in html
    assert "test_notice" in html
    for secret in ("SECRET-TEXT-7f3a", "SECRET-HTML-1b4d", "SECRET-LINK-9c2e", "/visit/"):
        assert secret not in html


def test_the_list_never_loads_a_body(staff_client, make_message):
    make_message()
    rows = list(staff_client.get(URL).context["page"])
    assert {"body_text", "body_html"} <= rows[0].get_deferred_fields()


def test_it_lists_newest_first_with_status_attempts_and_error(staff_client, make_message):
    from datetime import UTC, datetime

    older = make_message(now=datetime(2027, 1, 1, tzinfo=UTC))
    newer = _failed(make_message, now=datetime(2027, 2, 1, tzinfo=UTC))
    response = staff_client.get(URL)
    assert list(response.context["page"]) == [newer, older]
    html = response.content.decode()
    assert '<strong class="govuk-tag govuk-tag--red">Failed</strong>' in html
    assert '<strong class="govuk-tag govuk-tag--blue">Pending</strong>' in html
    assert "SMTPDataError 451: try later" in html


def test_it_filters_by_status(staff_client, make_message):
    make_message()
    failed = _failed(make_message)
    response = staff_client.get(URL, {"status": "failed"})
    assert list(response.context["page"]) == [failed]
    assert response.context["status_counts"][:4] == [
        ("pending", "Pending", 1), ("sending", "Sending", 0), ("sent", "Sent", 0), ("failed", "Failed", 1)
    ]


def test_an_unknown_status_is_an_error_not_a_crash(staff_client, make_message):
    make_message()
    response = staff_client.get(URL, {"status": "nonsense"})
    assert response.status_code == 200
    assert list(response.context["page"]) == []
    assert "There is a problem" in response.content.decode()


def test_it_shows_fifty_messages_a_page(staff_client, make_message):
    for _ in range(51):
        make_message()
    first = staff_client.get(URL)
    assert len(first.context["page"]) == 50
    second = staff_client.get(URL, {"page": 2})
    assert len(second.context["page"]) == 1


def test_a_failed_message_shows_a_retry_button_and_others_do_not(staff_client, make_message):
    failed = _failed(make_message)
    pending = make_message()
    html = staff_client.get(URL).content.decode()
    assert reverse("staff_outbox_retry", args=[failed.pk]) in html
    assert reverse("staff_outbox_retry", args=[pending.pk]) not in html


def test_staff_can_retry_a_failed_message_and_it_is_audited(staff_client, cast, make_message):
    failed = _failed(make_message)
    response = staff_client.post(reverse("staff_outbox_retry", args=[failed.pk]), {"status": "failed"})
    assert response.status_code == 302
    assert response["Location"] == URL + "?status=failed"
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.claimed_by) == (MessageStatus.PENDING, 0, "")
    event = AuditEvent.objects.get(action="outbox.retried")
    assert event.actor_id == cast["staff_case_officer"].pk
    assert event.object_id == str(failed.pk)
    assert event.detail == {"template": "test_notice", "previous_attempts": 8}


def test_a_message_that_is_not_failed_cannot_be_retried(staff_client, make_message):
    pending = make_message()
    response = staff_client.post(reverse("staff_outbox_retry", args=[pending.pk]), follow=True)
    assert "Only a failed message can be retried." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == MessageStatus.PENDING
    assert not AuditEvent.objects.filter(action="outbox.retried").exists()


def test_retrying_a_message_that_does_not_exist_is_not_found(staff_client):
    assert staff_client.post(reverse("staff_outbox_retry", args=[999999])).status_code == 404


def test_retrying_needs_a_post(staff_client, make_message):
    failed = _failed(make_message)
    assert staff_client.get(reverse("staff_outbox_retry", args=[failed.pk])).status_code == 405


@pytest.mark.parametrize("persona", NOT_STAFF)
def test_nobody_but_staff_can_retry(client, cast, make_message, persona):
    failed = _failed(make_message)
    client.force_login(cast[persona])
    assert client.post(reverse("staff_outbox_retry", args=[failed.pk])).status_code == 403
    failed.refresh_from_db()
    assert failed.status == MessageStatus.FAILED
