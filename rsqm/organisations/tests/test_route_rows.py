"""This app's rows of the route-by-persona matrix (``rsqm/core/tests/test_route_matrix.py``).

``ROWS`` uses the matrix's own helpers, so it can be added to ``MATRIX`` as it is; the test here
proves every row against every persona in the meantime, "not yours" and "does not exist" alike.
"""

from __future__ import annotations

import pytest

from rsqm.accounts.models import Duty
from rsqm.core.tests import test_route_matrix as matrix
from rsqm.organisations.models import MembershipRole

Route, expect, signed_in, staff = matrix.Route, matrix.expect, matrix.signed_in, matrix.staff
LOGIN, GATED = matrix.LOGIN, matrix.GATED
STAFF = matrix.STAFF
M = 987654


def _members_read() -> dict[str, int]:
    """Organisation A's pages: its users and cleared staff see them; everyone else gets 404."""
    return expect(404, anonymous=LOGIN, assessor_without_mfa=GATED, org_a_admin=200, org_a_contributor=200,
                  **{p: 200 for p in STAFF})


def _admins_write(admin_status: int = 200) -> dict[str, int]:
    """Organisation A's changes: its admins; 403 for those who see it but may not change it."""
    return expect(404, anonymous=LOGIN, assessor_without_mfa=GATED, org_a_admin=admin_status,
                  org_a_contributor=403, **{p: 403 for p in STAFF})


def _not_staff(status: int) -> dict[str, int]:
    return expect(status, anonymous=LOGIN, assessor_without_mfa=GATED, **{p: 403 for p in STAFF})


def _post_only() -> dict[str, int]:
    return expect(405, anonymous=LOGIN, assessor_without_mfa=GATED)


def _a(cast) -> dict:
    return {"pk": cast.org_a.pk}


def _contributor(cast) -> dict:
    membership = cast.org_a.memberships.get(role=MembershipRole.CONTRIBUTOR)
    return {"pk": cast.org_a.pk, "membership_pk": membership.pk}


ROWS: dict[str, matrix.Route] = {
    "organisations/": Route(signed_in()),
    "organisations/join/": Route(_not_staff(200)),
    "organisations/join/check/": Route(_not_staff(302)),  # nothing to check yet: back to the question
    "organisations/invitations/<str:token>/": Route(
        expect(404, assessor_without_mfa=GATED), kwargs=lambda c: {"token": "no-such-invitation"}
    ),
    "organisations/<int:pk>/": Route(_members_read(), kwargs=_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/users/": Route(_members_read(), kwargs=_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/users/invite/": Route(_admins_write(), kwargs=_a, missing=lambda c: {"pk": M}),
    # Organisation A is verified: there is nothing to ask again, so its admin is sent back.
    "organisations/<int:pk>/ask-again/": Route(_admins_write(302), kwargs=_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/ask-again/check/": Route(_admins_write(302), kwargs=_a,
                                                     missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/services/new/": Route(_admins_write(), kwargs=_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/users/<int:membership_pk>/role/": Route(
        _admins_write(), kwargs=_contributor, missing=lambda c: {"pk": M, "membership_pk": M}
    ),
    "organisations/<int:pk>/users/<int:membership_pk>/remove/": Route(
        _admins_write(), kwargs=_contributor, missing=lambda c: {"pk": M, "membership_pk": M}
    ),
    "organisations/<int:pk>/invitations/<int:invitation_pk>/cancel/": Route(
        _post_only(), kwargs=lambda c: {"pk": c.org_a.pk, "invitation_pk": M}
    ),
    "organisations/services/<int:pk>/": Route(
        _members_read(), kwargs=lambda c: {"pk": c.service_a.pk}, missing=lambda c: {"pk": M}
    ),
    "organisations/services/<int:pk>/edit/": Route(
        _admins_write(), kwargs=lambda c: {"pk": c.service_a.pk}, missing=lambda c: {"pk": M}
    ),
    "organisations/services/<int:pk>/consent/": Route(
        _admins_write(), kwargs=lambda c: {"pk": c.service_a.pk}, missing=lambda c: {"pk": M}
    ),
    "staff/organisations/": Route(staff(Duty.CASE_OFFICER, Duty.REGISTRAR)),
    "staff/organisations/<int:pk>/": Route(staff(Duty.CASE_OFFICER, Duty.REGISTRAR), kwargs=_a),
    "staff/organisations/<int:pk>/verify/": Route(staff(Duty.CASE_OFFICER, Duty.REGISTRAR, status=405),
                                                  kwargs=_a),
    "staff/organisations/<int:pk>/reject/": Route(staff(Duty.CASE_OFFICER, Duty.REGISTRAR, status=405),
                                                  kwargs=_a),
}


def test_every_route_of_this_app_has_a_row():
    ours = {r for r in matrix.all_routes() if r.startswith(("organisations/", "staff/organisations/"))}
    assert ours == set(ROWS)


@pytest.mark.parametrize("route", list(ROWS))
def test_every_persona_gets_the_expected_status(client, cast, route):
    from rsqm.testing.factories import make_assessor

    personas = {**cast.users, "assessor_without_mfa": make_assessor(email="assessor.nomfa@example.org",
                                                                    totp=False)}
    row = ROWS[route]
    url = matrix._url(route, row.kwargs(cast))
    failures = []
    for persona in matrix.ALL:
        client.logout()
        if personas[persona] is not None:
            client.force_login(personas[persona])
        status = client.get(url).status_code
        if status != row.expected[persona]:
            failures.append(f"{persona:22} GET {url}: {status}, expected {row.expected[persona]}")
        if row.missing is not None and row.expected[persona] == 404:
            missing = client.get(matrix._url(route, row.missing(cast))).status_code
            if missing != 404:
                failures.append(f"{persona:22} GET {url} (no such object): {missing}, expected 404")
    assert failures == [], "\n".join(failures)
