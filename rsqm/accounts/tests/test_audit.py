"""Every change to accounts writes an audit row, in the same transaction as the change."""

from __future__ import annotations

from datetime import date
from unittest import mock

import pytest
from allauth.mfa.models import Authenticator
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from rsqm.accounts import services
from rsqm.accounts.models import ConflictOfInterest, Duty, User
from rsqm.accounts.tests.conftest import sign_in
from rsqm.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def _conflict(cast):
    return ConflictOfInterest.objects.create(assessor=cast["assessor"].assessor_profile, organisation=cast.org_b,
                                             nature="Former trustee", declared_on=date(2025, 5, 1))


ACTIONS = {
    "user.created": lambda c, by: services.user_create(email="x@example.org", full_name="X", role="assessor", by=by),
    "user.details_changed": lambda c, by: services.user_details_update(user=c["org_a_admin"], full_name="Ada A", by=by),
    "user.duties_changed": lambda c, by: services.user_duties_set(user=c["staff_finance"], duties=[Duty.REGISTRAR],
                                                                  by=by),
    "user.confidentiality_changed": lambda c, by: services.user_confidentiality_set(
        user=c["assessor"], signed_on=date(2026, 1, 5), by=by),
    "assessor.profile_changed": lambda c, by: services.assessor_profile_update(
        user=c["assessor"], training_completed_on=date(2025, 1, 1), dbs_checked_on=date(2026, 1, 1),
        dbs_level="enhanced", dbs_reference="1", by=by),
    "assessor.conflict_declared": lambda c, by: services.conflict_declare(
        user=c["assessor"], organisation=c.org_a, nature="Sister works there", declared_on=date(2026, 1, 1), by=by),
    "assessor.conflict_ended": lambda c, by: services.conflict_end(conflict=_conflict(c), ended_on=date(2026, 1, 1),
                                                                   by=by),
    "user.deactivated": lambda c, by: services.user_deactivate(user=c["org_b_admin"], by=by),
    "user.reactivated": lambda c, by: services.user_reactivate(
        user=services.user_deactivate(user=c["org_b_admin"], by=by), by=by),
    "mfa.reset_by_staff": lambda c, by: services.user_mfa_reset(user=c["assessor"], by=by),
    "account.unlocked": lambda c, by: services.user_unlock(email="alpha.admin@example.org", by=by),
    "user.invitation_sent": lambda c, by: services.user_invitation_resend(
        user=services.user_create(email="y@example.org", full_name="Y", role="assessor", by=by), by=by),
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_staff_action_writes_an_audit_row_naming_who_did_it(cast, action):
    admin = cast["staff_administrator"]
    ACTIONS[action](cast, admin)
    event = AuditEvent.objects.filter(action=action).latest("id")
    assert event.actor_id == admin.pk
    assert event.actor_label == "Staff Administrator <staff.administrator@example.org>"


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_staff_action_is_refused_to_an_organisation_user(cast, action):
    with pytest.raises(PermissionDenied):
        ACTIONS[action](cast, cast["org_a_admin"])


def test_a_failing_audit_write_undoes_the_change(cast):
    target = cast["org_b_admin"]
    with mock.patch("rsqm.core.audit.AuditEvent.objects.create", side_effect=RuntimeError("disk full")):
        with pytest.raises(RuntimeError):
            services.user_deactivate(user=target, by=cast["staff_administrator"])
    assert User.objects.get(pk=target.pk).is_active


def test_a_failing_email_undoes_the_mfa_reset(cast):
    target = cast["assessor"]
    with mock.patch("rsqm.notifications.outbox.enqueue", side_effect=RuntimeError("template missing")):
        with pytest.raises(RuntimeError):
            services.user_mfa_reset(user=target, by=cast["staff_administrator"])
    assert Authenticator.objects.filter(user=target).exists()
    assert not AuditEvent.objects.filter(action="mfa.reset_by_staff").exists()


def test_an_administrator_cannot_deactivate_themselves(cast):
    admin = cast["staff_administrator"]
    with pytest.raises(ValidationError):
        services.user_deactivate(user=admin, by=admin)


def test_signing_in_and_out_is_audited_with_the_address(cast):
    client = Client()
    sign_in(client, cast["org_a_admin"].email, address="192.0.2.44")
    event = AuditEvent.objects.get(action="account.signed_in")
    assert event.actor_id == cast["org_a_admin"].pk
    assert event.address.ip_address == "192.0.2.44"
    client.post("/accounts/logout/", REMOTE_ADDR="192.0.2.44")
    assert AuditEvent.objects.get(action="account.signed_out").actor_id == cast["org_a_admin"].pk


def test_a_failed_sign_in_for_an_unknown_address_is_audited_without_an_object(db):
    sign_in(Client(), "nobody@example.org", "whatever-it-was")
    event = AuditEvent.objects.get(action="account.sign_in_failed")
    assert event.detail == {"email": "nobody@example.org", "locked_out": False}
    assert event.object_id == "" and event.actor_id is None
    assert "whatever-it-was" not in str(event.detail)
