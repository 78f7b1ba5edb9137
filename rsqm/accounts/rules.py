"""Pure rules about people's fitness for their roles. No database."""

from __future__ import annotations

from datetime import date

from rsqm.core.clock import add_years


def dbs_recheck_due(checked_on: date | None, years: int) -> date | None:
    """The last day a DBS check is in date: the check date + the recheck period (PRIV-ASSESSOR-CHECKS).

    "Within N years of D" means on or before D + N years (RULES.md, Dates).
    """
    if checked_on is None:
        return None
    return add_years(checked_on, years)


def dbs_in_date(checked_on: date | None, years: int, on: date) -> bool:
    """Whether a DBS check made on ``checked_on`` is in date on ``on`` (PRIV-ASSESSOR-CHECKS)."""
    due = dbs_recheck_due(checked_on, years)
    return due is not None and checked_on <= on <= due
