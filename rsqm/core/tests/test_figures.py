"""The scheme's configurable figures: defaults, bounds, changes on the record."""

from datetime import date

import pytest
from django.urls import reverse

from rsqm.accounts.rules import dbs_in_date
from rsqm.core import figures
from rsqm.core.access import lacks_for_confidential
from rsqm.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_the_dbs_recheck_period_of_app_assessor_fit_defaults_to_three_years():
    # APP-ASSESSOR-FIT: a DBS check within the recheck period, configurable, default 3 years.
    assert figures.get("assessor.dbs_recheck_years") == 3


def test_lengthening_the_recheck_period_keeps_an_older_check_in_date(cast):
    # APP-ASSESSOR-FIT, PRIV-ASSESSOR-CHECKS: the period is data, read wherever the check is made.
    assessor = cast["assessor"]
    profile = assessor.assessor_profile
    profile.dbs_checked_on = date(2022, 1, 10)
    profile.save()
    on = date(2026, 1, 10)
    assert "in-date DBS check" in lacks_for_confidential(assessor, on=on)
    figures.figure_set(key="assessor.dbs_recheck_years", value=4, by=cast["staff_administrator"])
    assert lacks_for_confidential(assessor, on=on) == []
    assert not dbs_in_date(date(2022, 1, 10), 4, date(2026, 1, 11))


def test_a_change_is_audited_with_the_old_and_new_values(cast):
    figures.figure_set(key="assessor.dbs_recheck_years", value=5, by=cast["staff_administrator"])
    event = AuditEvent.objects.get(action="figure.changed")
    assert event.detail == {"key": "assessor.dbs_recheck_years", "old": 3, "new": 5}


@pytest.mark.parametrize("value", [0, 11])
def test_a_value_out_of_bounds_is_refused(cast, value):
    with pytest.raises(ValueError):
        figures.figure_set(key="assessor.dbs_recheck_years", value=value, by=cast["staff_administrator"])
    assert figures.get("assessor.dbs_recheck_years") == 3


def test_an_administrator_changes_a_figure_on_its_page(client, cast):
    client.force_login(cast["staff_administrator"])
    url = reverse("staff_figure_edit", args=["assessor.dbs_recheck_years"])
    page = client.post(url, {"value": "12"}).content.decode()
    assert "Enter a number from 1 to 10" in page and 'value="12"' in page
    response = client.post(url, {"value": "4"})
    assert response.status_code == 302
    assert figures.get("assessor.dbs_recheck_years") == 4
