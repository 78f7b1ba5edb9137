"""The registrar's award pages in the route-by-persona matrix."""

from __future__ import annotations

from rsqm.accounts.models import Duty
from rsqm.assessments.tests.helpers import make_award
from rsqm.testing.matrix import Route, staff

REGISTRAR = Duty.REGISTRAR


def _award(cast) -> dict:
    return {"pk": make_award(cast.service_a).pk}


ROWS: dict[str, Route] = {
    "staff/register/": Route(staff(REGISTRAR)),
    "staff/register/awards/record/": Route(staff(REGISTRAR)),
    # Nothing to check yet: back to the question.
    "staff/register/awards/record/check/": Route(staff(REGISTRAR, status=302)),
    "staff/register/awards/<int:pk>/": Route(staff(REGISTRAR), kwargs=_award),
    "staff/register/awards/<int:pk>/renewal/": Route(staff(REGISTRAR), kwargs=_award),
    "staff/register/awards/<int:pk>/end/": Route(staff(REGISTRAR), kwargs=_award),
    "staff/register/awards/<int:pk>/end/check/": Route(staff(REGISTRAR, status=302), kwargs=_award),
}
