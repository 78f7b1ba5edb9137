"""The vocabulary of the route-by-persona matrix (``rsqm/core/tests/test_route_matrix.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver

from rsqm.accounts.models import Duty
from rsqm.testing.personas import PERSONAS

ALL = [*PERSONAS, "assessor_without_mfa"]
STAFF = [p for p in ALL if p.startswith("staff_")] + ["superuser"]
ORG_USERS = ["org_a_admin", "org_a_contributor", "org_b_admin"]
LOGIN = 302  # to the sign-in page
GATED = 302  # a member of staff or an assessor without MFA is sent to enrolment
MISSING_PK = 987654


def expect(default: int, **overrides: int) -> dict[str, int]:
    statuses = {p: default for p in ALL}
    statuses.update(overrides)
    return statuses


def public(status: int = 200) -> dict[str, int]:
    """Anyone; a signed-in user who has not enrolled in MFA is still gated."""
    return expect(status, assessor_without_mfa=GATED)


def signed_in(status: int = 200) -> dict[str, int]:
    return expect(status, anonymous=LOGIN, assessor_without_mfa=GATED)


def staff(*duties: Duty, status: int = 200) -> dict[str, int]:
    """Scheme staff holding one of ``duties`` (any staff when none); other signed-in users get 403."""
    result = expect(403, anonymous=LOGIN, assessor_without_mfa=GATED)
    for persona in STAFF:
        duty = "duty_" + persona.removeprefix("staff_")
        if persona == "superuser" or not duties or duty in {d.value for d in duties}:
            result[persona] = status
    return result


def enrolment(status: int = 200) -> dict[str, int]:
    """Pages that MFA enrolment needs: every signed-in user reaches them, gated ones included."""
    return expect(status, anonymous=LOGIN)


@dataclass
class Route:
    expected: dict[str, int]
    kwargs: Callable[[object], dict] = field(default=lambda cast: {})
    # For a route about one object: kwargs naming an object that does not exist. Everyone who gets
    # 404 for the real object ("not yours") must get 404 for this one too ("does not exist").
    missing: Callable[[object], dict] | None = None


def _walk(patterns, prefix=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), p


def all_routes() -> dict[str, URLPattern]:
    return dict(_walk(get_resolver().url_patterns))


def url_for(route: str, kwargs: dict) -> str:
    """Fill a route's converters (``<int:pk>``) and named regex groups (``(?P<key>...)``)."""
    path = route
    for name, value in kwargs.items():
        path = re.sub(rf"\(\?P<{name}>(?:[^()]|\([^()]*\))*\)", str(value), path)
        path = re.sub(rf"<(?:\w+:)?{name}>", str(value), path)
    return "/" + path.replace("^", "").replace("$", "")
