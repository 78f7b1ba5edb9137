"""PRIV-NO-RECORD: every free text passes the privacy guard through the one form validator
(``rsqm.core.validators``); a text with findings is not stored but shown again, each finding marked.
PRIV-STAFF-DATA: a signed-in user's own organisation's staff may be named."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from rsqm.core.validators import NoSensitiveData, allow_for_organisation, allow_for_user
from rsqm.healthcheck.models import Answer, ReadinessOverride, SupportMessage
from rsqm.healthcheck.tests.helpers import completed
from rsqm.standards import selectors as standards
from rsqm.standards import services as standard_services

pytestmark = pytest.mark.django_db

PARTICIPANT = "We met John Smith, the victim, at his home at 14 Acacia Avenue before the conference."


def _standard_one(client, healthcheck, note="", na_reason="", first_rating="progressing_well"):
    view = standards.structure(healthcheck.framework)[0]
    data = {f"rating_{i.pk}": "progressing_well" for i in view.indicators}
    first = view.indicators[0]
    data[f"rating_{first.pk}"] = first_rating
    data[f"note_{first.pk}"] = note
    data[f"na_reason_{first.pk}"] = na_reason
    return client.post(reverse("healthcheck_standard", args=[healthcheck.pk, 1]), data), first


def _anonymous_healthcheck(client):
    client.post(reverse("healthcheck_start"))
    from rsqm.healthcheck.models import Healthcheck

    return Healthcheck.objects.latest("pk")


def test_priv_no_record_a_note_naming_a_participant_is_refused_with_the_findings_shown(client):
    healthcheck = _anonymous_healthcheck(client)
    response, first = _standard_one(client, healthcheck, note=PARTICIPANT)
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert "Remove a person&#x27;s name (“J••• •••••”, characters 8 to 17)" in page
    assert "Remove a postal address" in page
    assert "our RJ lead" in page  # names roles instead
    assert "<mark" in page and ">John Smith</mark>" in page  # marked in the text as typed
    assert "We met John Smith, the victim" in page  # nothing typed is lost
    assert not Answer.objects.filter(healthcheck=healthcheck).exists()  # nothing stored


def test_priv_no_record_a_not_applicable_reason_is_guarded_too(client):
    healthcheck = _anonymous_healthcheck(client)
    response, _ = _standard_one(client, healthcheck, first_rating="not_applicable",
                                na_reason="Only Jane Doe of 3 Elm Road uses it.")
    assert "Remove a person&#x27;s name" in response.content.decode()
    assert not Answer.objects.exists()


def test_priv_staff_data_a_signed_in_user_may_name_their_own_organisations_staff(client, cast):
    client.force_login(cast["org_a_admin"])
    client.post(reverse("healthcheck_start"))
    healthcheck = cast.org_a.healthchecks.get()
    response, first = _standard_one(client, healthcheck,
                                    note="Ada Alpha and Cal Alpha review it; Alex Example signs it off.")
    assert response.status_code == 302
    assert Answer.objects.get(healthcheck=healthcheck, indicator=first).note.startswith("Ada Alpha")
    # Another organisation's staff are not this organisation's to name.
    response, _ = _standard_one(client, healthcheck, note="Bea Beta told us about the case.")
    assert "Remove a person" in response.content.decode()
    assert "Your own organisation&#x27;s staff may be named" in response.content.decode()


def test_priv_no_record_without_an_account_no_name_is_allowed(client):
    healthcheck = _anonymous_healthcheck(client)
    response, _ = _standard_one(client, healthcheck, note="Ada Alpha reviews it.")
    assert "Remove a person" in response.content.decode()


def test_priv_no_record_a_message_to_staff_and_a_staff_reply_are_guarded(client, cast):
    healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    client.force_login(cast["org_a_admin"])
    page = client.post(reverse("healthcheck_support", args=[healthcheck.pk]), {"body": PARTICIPANT}).content.decode()
    assert "Remove a person" in page and not SupportMessage.objects.exists()
    client.post(reverse("healthcheck_support", args=[healthcheck.pk]), {"body": "Could you look at standard 4?"})
    client.force_login(cast["staff_case_officer"])
    page = client.post(reverse("staff_healthcheck_detail", args=[healthcheck.pk]),
                       {"body": "About John Smith's conference: see 14 Acacia Avenue."}).content.decode()
    assert "Remove a person" in page
    assert SupportMessage.objects.filter(from_staff=True).count() == 0


def test_priv_no_record_a_readiness_reason_is_guarded(client, cast):
    client.force_login(cast["staff_case_officer"])
    page = client.post(reverse("staff_readiness_detail", args=[cast.org_a.pk]),
                       {"reason": "John Smith, a participant, praised them."}).content.decode()
    assert "Remove a person" in page and not ReadinessOverride.objects.exists()


def test_priv_no_record_the_standards_wording_is_guarded_too(client, cast):
    admin = cast["staff_administrator"]
    draft = standard_services.framework_draft_create(by=admin)
    client.force_login(admin)
    page = client.post(reverse("staff_indicator_new", args=[draft.pk, 1]), {
        "key": "leadership.example", "text": "An example indicator.",
        "guidance": "For instance, ask John Smith at 14 Acacia Avenue.",
    }).content.decode()
    assert "Remove a person" in page
    assert not draft.indicators.filter(key="leadership.example").exists()


def test_the_validator_on_its_own(cast):
    validator = NoSensitiveData()
    validator("")  # nothing to check
    validator("Our RJ lead prepares each participant.")
    with pytest.raises(ValidationError) as error:
        validator(PARTICIPANT)
    assert error.value.error_list[0].code == "sensitive_data"
    NoSensitiveData(allow_for_organisation(cast.org_a))("Ada Alpha prepares each participant.")
    NoSensitiveData(lambda: allow_for_user(cast["org_a_contributor"]))("Ada Alpha prepares each participant.")
    assert "PRIV-NO-RECORD" in NoSensitiveData.__doc__


def test_priv_staff_data_the_organisations_own_name_is_allowed(cast):
    """PRIV-STAFF-DATA: the organisation's name is not personal data (its short form only when that is no first name)."""
    allow = allow_for_organisation(cast.org_a)
    assert "Alpha Mediation Trust" in allow.organisations
    assert allow.allows_name("Alpha Mediation Trust")
    NoSensitiveData(allow)("Alpha's schools team ran the circle with Ada Alpha.")
