"""The healthcheck's rows of the route-by-persona matrix (``rsqm/core/tests/test_route_matrix.py``).

A healthcheck is its holder's: organisation A's are seen by A's users only; everyone else, signed
in or not, gets the same 404 as for one that does not exist. Case officers reach shared ones on
the staff pages.
"""

from __future__ import annotations

from rsqm.accounts.models import Duty
from rsqm.healthcheck import services
from rsqm.healthcheck.tests.helpers import answer_all, completed
from rsqm.testing.matrix import GATED, MISSING_PK, Route, expect, public, staff

M = MISSING_PK
CASE_OFFICER = Duty.CASE_OFFICER


def _a_users(status: int = 200) -> dict[str, int]:
    """Organisation A's users; everyone else 404, anonymous included (a browser may hold one)."""
    return expect(404, assessor_without_mfa=GATED, org_a_admin=status, org_a_contributor=status)


def _in_progress(cast) -> dict:
    return {"pk": services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a).pk}


def _answered(cast) -> dict:
    healthcheck = services.healthcheck_start(by=cast["org_a_admin"], organisation=cast.org_a)
    answer_all(healthcheck, by=cast["org_a_admin"])
    return {"pk": healthcheck.pk}


def _completed(cast) -> dict:
    return {"pk": completed(by=cast["org_a_admin"], organisation=cast.org_a).pk}


def _shared(cast) -> dict:
    healthcheck = completed(by=cast["org_a_admin"], organisation=cast.org_a)
    services.support_message_post(healthcheck=healthcheck, body="How do we evidence supervision?",
                                  by=cast["org_a_admin"])
    return {"pk": healthcheck.pk}


def _own_without_organisation(cast) -> dict:
    return {"pk": services.healthcheck_start(by=cast["org_a_admin"]).pk}


def _missing(cast) -> dict:
    return {"pk": M}


ROWS: dict[str, Route] = {
    "healthcheck/": Route(public()),
    "healthcheck/start/": Route(expect(403, anonymous=200, org_a_admin=200, org_a_contributor=200, org_b_admin=200,
                                       practitioner=200, assessor_without_mfa=GATED)),
    "healthcheck/resume/<str:token>/": Route(expect(404, assessor_without_mfa=GATED),
                                             kwargs=lambda c: {"token": "not-a-real-link"}),
    "healthcheck/<int:pk>/": Route(_a_users(), kwargs=_in_progress, missing=_missing),
    "healthcheck/<int:pk>/standards/<int:number>/": Route(
        _a_users(), kwargs=lambda c: {**_in_progress(c), "number": 1}, missing=lambda c: {"pk": M, "number": 1}),
    "healthcheck/<int:pk>/finish/": Route(_a_users(), kwargs=_answered, missing=_missing),
    # Kept on an account: no link to send, back to the task list.
    "healthcheck/<int:pk>/save/": Route(_a_users(302), kwargs=_in_progress, missing=_missing),
    "healthcheck/<int:pk>/organisation/": Route(
        expect(404, assessor_without_mfa=GATED, org_a_admin=200), kwargs=_own_without_organisation, missing=_missing),
    "healthcheck/<int:pk>/report/": Route(_a_users(), kwargs=_completed, missing=_missing),
    "healthcheck/<int:pk>/report.pdf": Route(_a_users(), kwargs=_completed, missing=_missing),
    "healthcheck/<int:pk>/support/": Route(_a_users(), kwargs=_completed, missing=_missing),
    "staff/healthchecks/": Route(staff(CASE_OFFICER)),
    "staff/healthchecks/indicators/": Route(staff()),
    "staff/healthchecks/readiness/": Route(staff(CASE_OFFICER)),
    "staff/healthchecks/readiness/<int:pk>/": Route(staff(CASE_OFFICER), kwargs=lambda c: {"pk": c.org_a.pk}),
    "staff/healthchecks/<int:pk>/": Route(staff(CASE_OFFICER), kwargs=_shared),
    "staff/healthchecks/<int:pk>/report.pdf": Route(staff(CASE_OFFICER), kwargs=_shared),
}
