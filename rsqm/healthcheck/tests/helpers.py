"""Helpers for the healthcheck's tests: answer a healthcheck through the services."""

from __future__ import annotations

from collections.abc import Callable

from rsqm.healthcheck import services
from rsqm.healthcheck.models import Healthcheck
from rsqm.healthcheck.services import Given
from rsqm.standards import selectors as standards


def answer_all(healthcheck: Healthcheck, rating: str | Callable[[object], str | Given] = "fully_in_place", *,
               by=None, now=None) -> None:
    """Answer every standard: ``rating`` is one rating for all, or a function of the indicator
    giving a rating or a ``Given``."""
    for view in standards.structure(healthcheck.framework):
        answers = {}
        for indicator in view.indicators:
            value = rating(indicator) if callable(rating) else rating
            if isinstance(value, str):
                value = Given(rating=value, na_reason="Not part of our service" if value == "not_applicable" else "")
            answers[indicator.pk] = value
        services.healthcheck_answers_save(healthcheck=healthcheck, standard_number=view.number, answers=answers,
                                          complete=True, by=by, now=now)


def completed(*, by, organisation=None, rating="fully_in_place", now=None) -> Healthcheck:
    healthcheck = services.healthcheck_start(by=by, organisation=organisation, now=now)
    answer_all(healthcheck, rating, by=by, now=now)
    services.healthcheck_complete(healthcheck=healthcheck, by=by, now=now)
    return healthcheck
