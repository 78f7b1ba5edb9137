"""Deny by default, proved route by route: every URL in the URLconf, for every persona.

``MATRIX`` maps each route (its full pattern) to the status each persona gets for a GET. A route
that is not in the matrix fails the suite, so no page ships without saying who may see it. For
routes about one object, everyone who gets 404 for another organisation's object ("not yours")
must get the same 404 for an object that does not exist.
"""

from __future__ import annotations

import pytest

from rsqm.accounts.models import ConflictOfInterest, Duty
from rsqm.core import clock
from rsqm.organisations.models import MembershipRole
from rsqm.testing.factories import make_assessor
from rsqm.testing.matrix import (
    ALL,
    GATED,
    LOGIN,
    MISSING_PK,
    STAFF,
    Route,
    all_routes,
    enrolment,
    expect,
    public,
    signed_in,
    staff,
    url_for,
)

M = MISSING_PK


def _members_read() -> dict[str, int]:
    """Organisation A's pages: its own users and cleared staff; everyone else gets 404."""
    return expect(404, anonymous=LOGIN, assessor_without_mfa=GATED, org_a_admin=200, org_a_contributor=200,
                  **{p: 200 for p in STAFF})


def _admins_write(admin_status: int = 200) -> dict[str, int]:
    """Changes to organisation A: its admins; 403 for those who may see it but not change it."""
    return expect(404, anonymous=LOGIN, assessor_without_mfa=GATED, org_a_admin=admin_status,
                  org_a_contributor=403, **{p: 403 for p in STAFF})


def _not_staff(status: int) -> dict[str, int]:
    return expect(status, anonymous=LOGIN, assessor_without_mfa=GATED, **{p: 403 for p in STAFF})


def _post_only() -> dict[str, int]:
    return expect(405, anonymous=LOGIN, assessor_without_mfa=GATED)


def _org_a(cast) -> dict:
    return {"pk": cast.org_a.pk}


def _contributor_of_a(cast) -> dict:
    return {"pk": cast.org_a.pk, "membership_pk": cast.org_a.memberships.get(role=MembershipRole.CONTRIBUTOR).pk}


def _assessor(cast) -> dict:
    return {"pk": cast["assessor"].pk}


def _a_conflict(cast) -> dict:
    conflict = ConflictOfInterest.objects.create(
        assessor=cast["assessor"].assessor_profile, organisation=cast.org_b, nature="Former trustee",
        declared_on=clock.today(),
    )
    return {"pk": cast["assessor"].pk, "conflict_pk": conflict.pk}


ADMIN_OR_CASE_OFFICER = (Duty.ADMINISTRATOR, Duty.CASE_OFFICER)
ORG_STAFF = (Duty.CASE_OFFICER, Duty.REGISTRAR)

MATRIX: dict[str, Route] = {
    # --- core -------------------------------------------------------------------------------
    "": Route(public()),
    "dashboard/": Route(signed_in()),
    "privacy/": Route(public()),
    "accessibility/": Route(public()),
    "staff/audit/": Route(staff()),
    "staff/figures/": Route(staff()),
    "staff/figures/<str:key>/": Route(staff(Duty.ADMINISTRATOR), kwargs=lambda c: {"key": "assessor.dbs_recheck_years"}),
    # --- accounts: allauth ------------------------------------------------------------------
    "accounts/login/": Route(expect(302, anonymous=200)),
    "accounts/signup/": Route(expect(302, anonymous=200)),
    "accounts/logout/": Route(enrolment()),
    "accounts/inactive/": Route(public()),
    "accounts/reauthenticate/": Route(enrolment()),
    "accounts/email/": Route(enrolment()),
    "accounts/confirm-email/": Route(expect(200)),
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": Route(expect(200), kwargs=lambda c: {"key": "not-a-real-key"}),
    "accounts/password/change/": Route(signed_in()),
    "accounts/password/set/": Route(expect(302)),
    "accounts/password/reset/": Route(public()),
    "accounts/password/reset/done/": Route(public()),
    "accounts/password/reset/key/done/": Route(public()),
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": Route(
        public(), kwargs=lambda c: {"uidb36": "zz", "key": "not-a-real-key"}
    ),
    "accounts/login/code/confirm/": Route(expect(302)),
    "accounts/2fa/": Route(enrolment()),
    "accounts/2fa/authenticate/": Route(expect(302)),
    "accounts/2fa/reauthenticate/": Route(expect(302, **{p: 200 for p in [*STAFF, "assessor"]})),
    "accounts/2fa/totp/activate/": Route(expect(302)),
    "accounts/2fa/totp/deactivate/": Route(expect(302, org_a_admin=404, org_a_contributor=404, org_b_admin=404,
                                                  practitioner=404)),
    "accounts/2fa/recovery-codes/": Route(expect(404, anonymous=LOGIN)),
    "accounts/2fa/recovery-codes/generate/": Route(expect(302)),
    "accounts/2fa/recovery-codes/download/": Route(expect(404, anonymous=LOGIN)),
    # --- accounts: ours ---------------------------------------------------------------------
    "session/keepalive/": Route(expect(405)),
    "staff/users/": Route(staff()),
    "staff/users/new/": Route(staff(*ADMIN_OR_CASE_OFFICER)),
    "staff/users/lockouts/": Route(staff(Duty.ADMINISTRATOR)),
    "staff/users/lockouts/unlock/": Route(expect(405, assessor_without_mfa=GATED)),
    "staff/users/<int:pk>/": Route(staff(), kwargs=_assessor),
    "staff/users/<int:pk>/name/": Route(staff(Duty.ADMINISTRATOR), kwargs=_assessor),
    "staff/users/<int:pk>/duties/": Route(staff(Duty.ADMINISTRATOR), kwargs=lambda c: {"pk": c["staff_finance"].pk}),
    "staff/users/<int:pk>/confidentiality/": Route(staff(*ADMIN_OR_CASE_OFFICER), kwargs=_assessor),
    "staff/users/<int:pk>/assessor/": Route(staff(*ADMIN_OR_CASE_OFFICER), kwargs=_assessor),
    "staff/users/<int:pk>/conflicts/new/": Route(staff(*ADMIN_OR_CASE_OFFICER), kwargs=_assessor),
    "staff/users/<int:pk>/conflicts/<int:conflict_pk>/end/": Route(staff(*ADMIN_OR_CASE_OFFICER), kwargs=_a_conflict),
    "staff/users/<int:pk>/invitation/": Route(staff(*ADMIN_OR_CASE_OFFICER), kwargs=_assessor),
    "staff/users/<int:pk>/deactivate/": Route(staff(Duty.ADMINISTRATOR), kwargs=_assessor),
    "staff/users/<int:pk>/reactivate/": Route(staff(Duty.ADMINISTRATOR), kwargs=_assessor),
    "staff/users/<int:pk>/reset-mfa/": Route(staff(Duty.ADMINISTRATOR), kwargs=_assessor),
    # --- organisations ----------------------------------------------------------------------
    "organisations/": Route(signed_in()),
    "organisations/join/": Route(_not_staff(200)),
    "organisations/join/check/": Route(_not_staff(302)),  # nothing to check yet: back to the question
    "organisations/invitations/<str:token>/": Route(
        expect(404, assessor_without_mfa=GATED), kwargs=lambda c: {"token": "no-such-invitation"}
    ),
    "organisations/<int:pk>/": Route(_members_read(), kwargs=_org_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/users/": Route(_members_read(), kwargs=_org_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/users/invite/": Route(_admins_write(), kwargs=_org_a, missing=lambda c: {"pk": M}),
    # Organisation A is verified: there is nothing to ask again, so its admin is sent back.
    "organisations/<int:pk>/ask-again/": Route(_admins_write(302), kwargs=_org_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/ask-again/check/": Route(_admins_write(302), kwargs=_org_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/services/new/": Route(_admins_write(), kwargs=_org_a, missing=lambda c: {"pk": M}),
    "organisations/<int:pk>/users/<int:membership_pk>/role/": Route(
        _admins_write(), kwargs=_contributor_of_a, missing=lambda c: {"pk": M, "membership_pk": M}
    ),
    "organisations/<int:pk>/users/<int:membership_pk>/remove/": Route(
        _admins_write(), kwargs=_contributor_of_a, missing=lambda c: {"pk": M, "membership_pk": M}
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
    "staff/organisations/": Route(staff(*ORG_STAFF)),
    "staff/organisations/<int:pk>/": Route(staff(*ORG_STAFF), kwargs=_org_a),
    "staff/organisations/<int:pk>/verify/": Route(staff(*ORG_STAFF, status=405), kwargs=_org_a),
    "staff/organisations/<int:pk>/reject/": Route(staff(*ORG_STAFF, status=405), kwargs=_org_a),
    # --- notifications ----------------------------------------------------------------------
    "staff/outbox/": Route(staff()),
    "staff/outbox/<int:pk>/retry/": Route(staff(status=405), kwargs=lambda c: {"pk": 1}),
}


def _rows_of_the_other_apps() -> dict[str, Route]:
    """Apps may keep their rows beside their tests, in ``tests/route_rows.py`` (a ``ROWS`` dict)."""
    import importlib

    from django.apps import apps

    rows: dict[str, Route] = {}
    for config in apps.get_app_configs():
        if not config.name.startswith("rsqm."):
            continue
        name = f"{config.name}.tests.route_rows"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        clash = set(module.ROWS) & (set(MATRIX) | set(rows))
        assert not clash, f"routes given two rows: {sorted(clash)}"
        rows.update(module.ROWS)
    return rows


MATRIX.update(_rows_of_the_other_apps())


def admin_routes() -> list[str]:
    return [r for r in all_routes() if r.startswith("django-admin/")]


def test_every_route_is_in_the_matrix():
    missing = sorted(set(all_routes()) - set(MATRIX) - set(admin_routes()))
    assert missing == [], f"routes with no row in the access matrix: {missing}"


def test_the_matrix_names_no_route_that_does_not_exist():
    assert sorted(set(MATRIX) - set(all_routes())) == []


@pytest.fixture
def personas(cast):
    gated = make_assessor(email="assessor.nomfa@example.org", full_name="Nat Nomfa", totp=False)
    return {**cast.users, "assessor_without_mfa": gated}


def _get(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url)


@pytest.mark.parametrize("route", list(MATRIX))
def test_every_persona_gets_the_expected_status(client, cast, personas, route):
    row = MATRIX[route]
    url = url_for(route, row.kwargs(cast))
    failures = []
    for persona in ALL:
        status = _get(client, personas[persona], url).status_code
        if status != row.expected[persona]:
            failures.append(f"{persona:22} GET {url}: {status}, expected {row.expected[persona]}")
        if row.missing is not None and row.expected[persona] == 404:
            missing_url = url_for(route, row.missing(cast))
            missing_status = _get(client, personas[persona], missing_url).status_code
            if missing_status != 404:
                failures.append(f"{persona:22} GET {missing_url} (no such object): {missing_status}, expected 404")
    assert failures == [], "\n".join(failures)


def test_the_django_admin_is_for_superusers_only(client, cast, personas):
    failures = []
    for route, pattern in all_routes().items():
        if not route.startswith("django-admin/"):
            continue
        url = url_for(route, {"object_id": str(M), "app_label": "accounts", "content_type_id": "1", "url": "x"})
        for persona in ALL:
            response = _get(client, personas[persona], url)
            location = response.get("Location", "")
            if persona == "assessor_without_mfa":
                ok = response.status_code == GATED and "/django-admin/" not in location
            elif persona == "superuser":
                # The page, a redirect inside the admin for an object that does not exist, or 403
                # for what no one may do (adding or deleting audit rows); never the sign-in page.
                ok = response.status_code in (200, 302, 403, 404, 405) and "/login/" not in location
            elif pattern.name in ("login", "logout"):
                ok = response.status_code in (200, 302, 405)
            else:
                ok = response.status_code in (302, 403) and ("/django-admin/login/" in location or response.status_code == 403)
            if not ok:
                failures.append(f"{persona:22} GET {url}: {response.status_code} {location}")
    assert failures == [], "\n".join(failures)
