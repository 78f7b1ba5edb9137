"""The public register and its certificate checks in the route-by-persona matrix: public pages for
everyone (a signed-in user who has not enrolled in MFA is still sent to enrol), and the registrar's
listing page."""

from __future__ import annotations

from rsqm.accounts.models import Duty
from rsqm.assessments.tests.helpers import make_award
from rsqm.testing.matrix import Route, public, staff


def _service(cast) -> dict:
    make_award(cast.service_a)
    return {"pk": cast.service_a.pk}


def _certificate(cast) -> dict:
    return {"number": make_award(cast.service_a).certificate_number}


def _listing(cast) -> dict:
    make_award(cast.service_a)
    return {"pk": cast.service_a.listing.pk}


ROWS: dict[str, Route] = {
    "register/": Route(public()),
    "register/services/<int:pk>/": Route(public(), kwargs=_service),
    "register/data/": Route(public()),
    "register/data/register.csv": Route(public()),
    "register/data/register.json": Route(public()),
    "verify/": Route(public()),
    "verify/<str:number>": Route(public(), kwargs=_certificate),
    "staff/register/listings/<int:pk>/edit/": Route(staff(Duty.REGISTRAR), kwargs=_listing),
}
