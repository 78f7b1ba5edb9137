"""The audit log is append-only at the model layer and in the database, on SQLite and PostgreSQL."""

from datetime import timedelta

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from rsqm.core import audit
from rsqm.core.jobs import purge_audit_addresses
from rsqm.core.models import AuditAddress, AuditEvent, AuditLogIsAppendOnly

pytestmark = pytest.mark.django_db


def _event(**kw):
    return audit.record("test.happened", **kw)


def test_saving_an_existing_row_is_refused_by_the_model():
    event = _event()
    event.action = "changed"
    with pytest.raises(AuditLogIsAppendOnly):
        event.save()


def test_deleting_a_row_is_refused_by_the_model():
    with pytest.raises(AuditLogIsAppendOnly):
        _event().delete()


def test_queryset_update_and_delete_are_refused():
    _event()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().update(action="x")
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().delete()


def test_raw_sql_update_is_refused_by_the_database_trigger():
    event = _event()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE core_auditevent SET action = %s WHERE id = %s", ["forged", event.pk])
    assert AuditEvent.objects.get(pk=event.pk).action == "test.happened"


def test_raw_sql_delete_is_refused_by_the_database_trigger():
    event = _event()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM core_auditevent WHERE id = %s", [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_deleting_the_actor_changes_no_audit_row(cast):
    user = cast["org_a_contributor"]
    event = _event(by=user)
    user_id = user.pk
    # Deleting a user must not touch the audit table (no cascade, no SET NULL).
    cast.org_a.memberships.filter(user=user).delete()
    user.delete()
    event = AuditEvent.objects.get(pk=event.pk)
    assert event.actor_id == user_id
    assert event.actor_label == "Cal Alpha <alpha.contributor@example.org>"


def test_the_client_address_is_kept_apart_and_purged_after_the_period(rf, settings):
    settings.AUDIT_ADDRESS_RETENTION_DAYS = 90
    request = rf.get("/", REMOTE_ADDR="192.0.2.7")
    old = audit.record("old.thing", request=request, now=audit.clock.now() - timedelta(days=91))
    new = audit.record("new.thing", request=request)
    assert purge_audit_addresses() == 1
    assert not AuditAddress.objects.filter(event=old).exists()
    assert AuditAddress.objects.get(event=new).ip_address == "192.0.2.7"
    assert AuditEvent.objects.filter(pk=old.pk).exists()
    purge = AuditEvent.objects.get(action="audit.addresses_purged")
    assert purge.detail["deleted"] == 1


def test_the_purge_command_reports_what_it_deleted(capsys):
    from django.core.management import call_command

    call_command("purge_addresses")
    assert "Deleted 0 client addresses" in capsys.readouterr().out


def test_staff_filter_the_audit_log_and_export_it_as_csv(client, cast):
    audit.record("organisation.verified", by=cast["staff_case_officer"], obj=cast.org_a)
    audit.record("=HYPERLINK(\"http://evil\")", label="=cmd|' /C calc'!A0")
    client.force_login(cast["staff_registrar"])
    page = client.get(reverse("staff_audit"), {"action": "organisation.verified"})
    assert page.status_code == 200
    assert "Alpha Mediation Trust" in page.content.decode()
    response = client.get(reverse("staff_audit"), {"format": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert body.splitlines()[0].startswith("id,at,actor_id,actor,action")
    assert "organisation.verified" in body
    import csv
    import io

    cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert "'=HYPERLINK(\"http://evil\")" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


def test_a_bad_date_range_is_explained_and_keeps_what_was_typed(client, cast):
    client.force_login(cast["staff_registrar"])
    page = client.get(reverse("staff_audit"), {"date_from": "10/06/2027", "date_to": "01/06/2027"}).content.decode()
    assert "must be the same as or after" in page
    assert 'value="10/06/2027"' in page


def test_people_who_are_not_staff_cannot_read_the_audit_log(client, cast):
    client.force_login(cast["org_a_admin"])
    assert client.get(reverse("staff_audit")).status_code == 403
