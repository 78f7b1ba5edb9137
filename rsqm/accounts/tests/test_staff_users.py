"""The staff pages about users: the list, creating people, duties, checks, conflicts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.urls import reverse

from rsqm.accounts.models import AssessorProfile, ConflictOfInterest, Duty, User
from rsqm.accounts.rules import dbs_in_date, dbs_recheck_due
from rsqm.core import clock
from rsqm.core.models import AuditEvent
from rsqm.notifications.models import OutboxMessage
from rsqm.testing.factories import make_assessor

pytestmark = pytest.mark.django_db

OUT_OF_DATE = b"DBS check out of date"


def as_(client, user):
    client.force_login(user)
    return client


# --- PRIV-ASSESSOR-CHECKS -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("checked", "years", "on", "in_date"),
    [
        (date(2024, 3, 9), 3, date(2027, 3, 9), True),
        (date(2024, 3, 9), 3, date(2027, 3, 10), False),
        (date(2028, 2, 29), 3, date(2031, 2, 28), True),
        (date(2028, 2, 29), 3, date(2031, 3, 1), False),
        (date(2027, 3, 10), 3, date(2027, 3, 9), False),
        (None, 3, date(2027, 3, 9), False),
    ],
)
def test_priv_assessor_checks_a_dbs_check_is_in_date_up_to_and_including_the_recheck_day(checked, years, on, in_date):
    assert dbs_in_date(checked, years, on) is in_date


def _users_page_at(client, viewer, day: date, **params):
    moment = datetime.combine(day, datetime.min.time(), tzinfo=clock.LONDON) + timedelta(hours=10)
    with time_machine.travel(moment, tick=False):
        client.force_login(viewer)
        return client.get(reverse("staff_users"), params)


def test_priv_assessor_checks_the_users_page_lists_an_assessor_whose_dbs_is_out_of_date(client, cast):
    checked = date(2024, 3, 9)
    assessor = make_assessor(email="lapsed@example.org", full_name="Lee Lapsed", dbs_checked_on=checked)
    viewer = cast["staff_case_officer"]
    due = dbs_recheck_due(checked, 3)
    assert due == date(2027, 3, 9)

    on_due_day = _users_page_at(client, viewer, due, role="assessor")
    assert on_due_day.status_code == 200
    assert b"Lee Lapsed" in on_due_day.content and OUT_OF_DATE not in on_due_day.content
    assert b"DBS recheck due 9 March 2027" in on_due_day.content
    assert b"Lee Lapsed" not in _users_page_at(client, viewer, due, checks="missing").content

    day_after = _users_page_at(client, viewer, due + timedelta(days=1), checks="missing")
    assert b"Lee Lapsed" in day_after.content
    assert b"DBS check out of date: recheck was due 9 March 2027" in day_after.content
    assert assessor.email.encode() in day_after.content


def test_priv_assessor_checks_the_recheck_period_is_the_configurable_figure(client, cast):
    from rsqm.core.figures import figure_set

    make_assessor(email="lapsed@example.org", full_name="Lee Lapsed", dbs_checked_on=date(2024, 3, 9))
    figure_set(key="assessor.dbs_recheck_years", value=2, by=cast["staff_administrator"])
    page = _users_page_at(client, cast["staff_case_officer"], date(2026, 3, 10), checks="missing")
    assert b"recheck was due 9 March 2026" in page.content


def test_priv_assessor_checks_staff_and_assessors_without_a_confidentiality_statement_are_listed(client, cast):
    User.objects.filter(pk=cast["staff_finance"].pk).update(confidentiality_signed_on=None)
    make_assessor(email="nodbs@example.org", full_name="Noor Nodbs", confidentiality_signed_on=None)
    AssessorProfile.objects.filter(user__email="nodbs@example.org").update(dbs_checked_on=None)
    page = as_(client, cast["staff_registrar"]).get(reverse("staff_users"), {"checks": "missing"})
    body = page.content.decode()
    assert "Staff Finance" in body and "Noor Nodbs" in body
    assert "No confidentiality statement" in body and "No DBS check recorded" in body
    assert "Ada Alpha" not in body  # organisation users need no checks


def test_the_users_page_filters_by_role(client, cast):
    as_(client, cast["staff_registrar"])
    staff = client.get(reverse("staff_users"), {"role": "staff"}).content.decode()
    assert "Staff Registrar" in staff and "Ash Assessor" not in staff and "Ada Alpha" not in staff
    assessors = client.get(reverse("staff_users"), {"role": "assessor"}).content.decode()
    assert "Ash Assessor" in assessors and "Staff Registrar" not in assessors
    org = client.get(reverse("staff_users"), {"role": "organisation"}).content.decode()
    assert "Ada Alpha" in org and "Bea Beta" in org and "Pat Practitioner" not in org
    practitioners = client.get(reverse("staff_users"), {"role": "practitioner"}).content.decode()
    assert "Pat Practitioner" in practitioners and "Ada Alpha" not in practitioners


def test_the_users_page_downloads_as_csv(client, cast):
    response = as_(client, cast["staff_registrar"]).get(reverse("staff_users"), {"role": "assessor", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    assert "assessor@example.org" in body and "missing for confidential access" in body


def test_the_users_page_makes_the_same_number_of_queries_whatever_the_number_of_users(
    client, cast, django_assert_max_num_queries
):
    as_(client, cast["staff_registrar"])
    client.get(reverse("staff_users"))
    for n in range(15):
        make_assessor(email=f"extra{n}@example.org")
    with django_assert_max_num_queries(16):
        client.get(reverse("staff_users"))


@pytest.mark.parametrize("persona", ["assessor", "org_a_admin", "practitioner"])
def test_only_staff_see_the_users_pages(client, cast, persona):
    as_(client, cast[persona])
    assert client.get(reverse("staff_users")).status_code == 403
    assert client.get(reverse("staff_user_detail", args=[cast["assessor"].pk])).status_code == 403


def test_a_user_that_does_not_exist_is_a_404(client, cast):
    assert as_(client, cast["staff_registrar"]).get(reverse("staff_user_detail", args=[999999])).status_code == 404


# --- Creating people --------------------------------------------------------------------------

def test_an_administrator_creates_a_member_of_staff_who_is_emailed_a_set_password_link(client, cast):
    as_(client, cast["staff_administrator"])
    assert client.get(reverse("staff_user_create")).status_code == 200
    response = client.post(reverse("staff_user_create"), {
        "role": "staff", "full_name": "Fran Finance", "email": "Fran.Finance@example.org",
        "duties": [Duty.FINANCE.value, Duty.REGISTRAR.value],
    })
    user = User.objects.get(email="fran.finance@example.org")
    assert response["Location"] == reverse("staff_user_detail", args=[user.pk])
    assert user.is_staff and not user.has_usable_password()
    assert {g.name for g in user.groups.all()} == {"Finance", "Registrar"}
    assert EmailAddress.objects.get(user=user).verified
    mail = OutboxMessage.objects.get(template="account_invitation", recipient=user.email)
    assert "/accounts/password/reset/key/" in mail.body_text and mail.body_html
    event = AuditEvent.objects.get(action="user.created")
    assert event.detail == {"role": "staff", "duties": ["duty_finance", "duty_registrar"]}

    # The link sets a password; then the new member of staff must enrol in MFA.
    link = next(w for w in mail.body_text.split() if "/accounts/password/reset/key/" in w)
    path = link.split("testserver", 1)[-1].replace("http://127.0.0.1:8000", "")
    newcomer = client_class(client)()
    page = newcomer.get(path, follow=True)
    assert b"Set a new password" in page.content
    new_password = "a long new password for fran"
    done = newcomer.post(page.redirect_chain[-1][0], {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    assert newcomer.post("/accounts/login/", {"login": user.email, "password": new_password}).status_code == 302
    assert newcomer.get("/dashboard/")["Location"] == "/accounts/2fa/totp/activate/"


def test_a_case_officer_can_create_an_assessor_but_not_a_member_of_staff(client, cast):
    as_(client, cast["staff_case_officer"])
    page = client.get(reverse("staff_user_create")).content.decode()
    assert 'value="assessor"' in page and 'value="staff"' not in page
    client.post(reverse("staff_user_create"), {"role": "staff", "full_name": "Sly", "email": "sly@example.org"})
    assert not User.objects.filter(email="sly@example.org").exists()
    client.post(reverse("staff_user_create"), {"role": "assessor", "full_name": "Ari New", "email": "ari@example.org"})
    ari = User.objects.get(email="ari@example.org")
    assert ari.is_assessor and not ari.is_staff


def test_creating_an_account_for_an_email_in_use_is_refused_next_to_the_field(client, cast):
    as_(client, cast["staff_administrator"])
    response = client.post(reverse("staff_user_create"), {
        "role": "assessor", "full_name": "Dup", "email": cast["org_a_admin"].email.upper()})
    assert response.status_code == 200
    assert b"An account with this email address already exists" in response.content
    assert b'href="#id_email"' in response.content


# --- Duties ------------------------------------------------------------------------------------

def test_an_administrator_changes_duties_and_it_is_audited(client, cast):
    target = cast["staff_registrar"]
    as_(client, cast["staff_administrator"])
    url = reverse("staff_user_duties", args=[target.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"duties": [Duty.REGISTRAR.value, Duty.DECISION_MAKER.value]})
    target = User.objects.get(pk=target.pk)
    assert target.has_perm(Duty.DECISION_MAKER.perm) and target.has_perm(Duty.REGISTRAR.perm)
    event = AuditEvent.objects.get(action="user.duties_changed")
    assert event.detail == {"old": ["duty_registrar"], "new": ["duty_decision_maker", "duty_registrar"]}


@pytest.mark.parametrize("persona", ["staff_case_officer", "staff_decision_maker", "staff_finance", "staff_registrar"])
def test_a_non_administrator_cannot_change_duties(client, cast, persona):
    target = cast["staff_finance"]
    as_(client, cast[persona])
    url = reverse("staff_user_duties", args=[target.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"duties": [Duty.ADMINISTRATOR.value]}).status_code == 403
    assert not User.objects.get(pk=target.pk).has_perm(Duty.ADMINISTRATOR.perm)
    assert not AuditEvent.objects.filter(action="user.duties_changed").exists()


def test_an_administrator_cannot_remove_their_own_administrator_duty(client, cast):
    admin = cast["staff_administrator"]
    as_(client, admin)
    response = client.post(reverse("staff_user_duties", args=[admin.pk]), {"duties": [Duty.FINANCE.value]})
    assert response.status_code == 200
    assert b"You cannot remove your own administrator duty" in response.content
    assert Group.objects.get(name="Administrator").user_set.filter(pk=admin.pk).exists()


# --- Checks and conflicts ----------------------------------------------------------------------

def test_a_case_officer_records_the_assessor_checks(client, cast):
    assessor = cast["assessor"]
    as_(client, cast["staff_case_officer"])
    url = reverse("staff_user_assessor", args=[assessor.pk])
    page = client.get(url)
    assert b"Never record anything the disclosure says" in page.content
    client.post(url, {"training_completed_on": "04/11/2024", "dbs_checked_on": "01/02/2026",
                      "dbs_level": "enhanced_barred", "dbs_reference": "009876543210"})
    profile = AssessorProfile.objects.get(user=assessor)
    assert profile.dbs_checked_on == date(2026, 2, 1) and profile.dbs_level == "enhanced_barred"
    event = AuditEvent.objects.get(action="assessor.profile_changed")
    assert "009876543210" not in str(event.detail)
    assert set(event.detail["changed"]) == {"dbs_checked_on", "dbs_level", "dbs_reference"}


def test_a_dbs_date_in_the_future_is_refused(client, cast):
    as_(client, cast["staff_case_officer"])
    future = clock.today() + timedelta(days=3)
    response = client.post(reverse("staff_user_assessor", args=[cast["assessor"].pk]), {
        "dbs_checked_on": future.strftime("%d/%m/%Y"), "dbs_level": "enhanced"})
    assert b"must be today or in the past" in response.content


def test_the_confidentiality_statement_date_is_recorded(client, cast):
    target = cast["staff_finance"]
    as_(client, cast["staff_administrator"])
    client.post(reverse("staff_user_confidentiality", args=[target.pk]), {"signed_on": "02/03/2026"})
    assert User.objects.get(pk=target.pk).confidentiality_signed_on == date(2026, 3, 2)
    assert AuditEvent.objects.get(action="user.confidentiality_changed").detail == {
        "old": "2025-01-06", "new": "2026-03-02"}


def test_conflicts_of_interest_are_declared_and_ended(client, cast):
    assessor = cast["assessor"]
    as_(client, cast["staff_case_officer"])
    client.post(reverse("staff_user_conflict_add", args=[assessor.pk]), {
        "organisation": cast.org_a.pk, "nature": "Volunteered there until 2024", "declared_on": "01/03/2026"})
    conflict = ConflictOfInterest.objects.get()
    assert conflict.organisation == cast.org_a and conflict.ended_on is None
    detail = client.get(reverse("staff_user_detail", args=[assessor.pk]))
    assert b"Alpha Mediation Trust" in detail.content and b"Record its end" in detail.content
    # A second open conflict with the same organisation is refused.
    again = client.post(reverse("staff_user_conflict_add", args=[assessor.pk]), {
        "organisation": cast.org_a.pk, "nature": "Again", "declared_on": "01/03/2026"})
    assert b"already has an open conflict" in again.content
    url = reverse("staff_user_conflict_end", args=[assessor.pk, conflict.pk])
    assert client.get(url).status_code == 200
    early = client.post(url, {"ended_on": "28/02/2026"})
    assert b"on or after the date it was declared" in early.content
    client.post(url, {"ended_on": "02/03/2026"})
    assert ConflictOfInterest.objects.get().ended_on == date(2026, 3, 2)
    actions = list(AuditEvent.objects.filter(action__startswith="assessor.conflict").values_list("action", flat=True))
    assert sorted(actions) == ["assessor.conflict_declared", "assessor.conflict_ended"]
    assert AuditEvent.objects.get(action="assessor.conflict_declared").organisation_id == cast.org_a.pk


def test_a_conflict_of_another_assessor_is_a_404(client, cast):
    other = make_assessor(email="other@example.org")
    conflict = ConflictOfInterest.objects.create(
        assessor=other.assessor_profile, organisation=cast.org_b, nature="x", declared_on=date(2026, 1, 1))
    as_(client, cast["staff_case_officer"])
    url = reverse("staff_user_conflict_end", args=[cast["assessor"].pk, conflict.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("name", ["staff_user_assessor", "staff_user_conflict_add", "staff_user_confidentiality"])
@pytest.mark.parametrize("persona", ["staff_finance", "staff_registrar", "staff_decision_maker"])
def test_only_administrators_and_case_officers_keep_assessor_checks(client, cast, name, persona):
    as_(client, cast[persona])
    assert client.get(reverse(name, args=[cast["assessor"].pk])).status_code == 403


def client_class(client):
    return type(client)
