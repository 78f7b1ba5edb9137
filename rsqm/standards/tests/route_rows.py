"""The standards' rows of the route-by-persona matrix (``rsqm/core/tests/test_route_matrix.py``).

Published versions are public; staff read every version; only staff with the administrator duty
reach the pages that change a draft.
"""

from __future__ import annotations

from rsqm.accounts.models import Duty
from rsqm.standards import selectors, services
from rsqm.testing.matrix import Route, public, staff

ADMIN = Duty.ADMINISTRATOR


def _current(cast) -> dict:
    return {"pk": selectors.current_framework().pk}


def _draft(cast):
    return selectors.draft_framework() or services.framework_draft_create(by=cast["staff_administrator"])


def _draft_pk(cast) -> dict:
    return {"pk": _draft(cast).pk}


def _draft_standard(cast) -> dict:
    return {"pk": _draft(cast).pk, "number": 1}


def _draft_indicator(cast) -> dict:
    draft = _draft(cast)
    return {"pk": draft.pk, "indicator_pk": draft.indicators.order_by("pk").first().pk}


ROWS: dict[str, Route] = {
    "standards/": Route(public()),
    "standards/version-<int:number>/": Route(public(), kwargs=lambda c: {"number": selectors.current_framework().version}),
    "staff/standards/": Route(staff()),
    "staff/standards/new/": Route(staff(ADMIN)),
    "staff/standards/import/": Route(staff(ADMIN)),
    "staff/standards/<int:pk>/": Route(staff(), kwargs=_current),
    "staff/standards/<int:pk>/export/": Route(staff(), kwargs=_current),
    "staff/standards/<int:pk>/edit/": Route(staff(ADMIN), kwargs=_draft_pk),
    "staff/standards/<int:pk>/publish/": Route(staff(ADMIN), kwargs=_draft_pk),
    "staff/standards/<int:pk>/delete/": Route(staff(ADMIN), kwargs=_draft_pk),
    "staff/standards/<int:pk>/standards/new/": Route(staff(ADMIN), kwargs=_draft_pk),
    "staff/standards/<int:pk>/standards/<int:number>/edit/": Route(staff(ADMIN), kwargs=_draft_standard),
    "staff/standards/<int:pk>/standards/<int:number>/delete/": Route(staff(ADMIN), kwargs=_draft_standard),
    "staff/standards/<int:pk>/standards/<int:number>/indicators/new/": Route(staff(ADMIN), kwargs=_draft_standard),
    "staff/standards/<int:pk>/indicators/<int:indicator_pk>/edit/": Route(staff(ADMIN), kwargs=_draft_indicator),
    "staff/standards/<int:pk>/indicators/<int:indicator_pk>/delete/": Route(staff(ADMIN), kwargs=_draft_indicator),
}
