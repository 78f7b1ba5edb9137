"""Pure rules of awards: their dates, what holds on a given day, and when an award may end.

No database here: each function takes dates and periods and returns an answer. Each names the rule
it carries out (RULES.md); tests name the same IDs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rsqm.core.clock import add_months, add_years

CURRENT = "current"
RENEWAL_IN_PROGRESS = "renewal_in_progress"
ENDED = "ended"
SUPERSEDED = "superseded"
HELD = (CURRENT, RENEWAL_IN_PROGRESS)

WITHDRAWN = "withdrawn"
NOT_RENEWED = "not_renewed"
NOT_APPROVED_AT_RENEWAL = "not_approved_at_renewal"
MEMBERSHIP_ENDED = "membership_ended"
END_REASONS = (WITHDRAWN, NOT_RENEWED, NOT_APPROVED_AT_RENEWAL, MEMBERSHIP_ENDED)
#: The reasons staff record; "not renewed" is recorded only by the daily sweep.
STAFF_END_REASONS = (WITHDRAWN, NOT_APPROVED_AT_RENEWAL, MEMBERSHIP_ENDED)

AWARD_YEARS = 3
GRACE_MONTHS = 1

#: Which status an award may move to from each. An ended or superseded award moves no more.
TRANSITIONS: dict[str, set[str]] = {
    CURRENT: {RENEWAL_IN_PROGRESS, ENDED, SUPERSEDED},
    RENEWAL_IN_PROGRESS: {ENDED, SUPERSEDED},
}


def renewal_date(approved_on: date) -> date:
    """MEM-AWARD-3Y: an award is valid for 3 years from approval; its renewal date is approval + 3
    years (calendar months, clamped: 29 February 2028 gives 28 February 2031)."""
    return add_years(approved_on, AWARD_YEARS)


def lapse_date(renewal_on: date) -> date:
    """MEM-RENEWAL, MEM-CEASE: without a renewal in progress, the mark and membership end when one
    month has passed since the renewal date: the first day the mark is not held is renewal date +
    1 month (the mark is held until the day before)."""
    return add_months(renewal_on, GRACE_MONTHS)


def last_day_held_without_renewal(renewal_on: date) -> date:
    """MEM-RENEWAL: the last day the mark is held when no renewal is in progress."""
    return lapse_date(renewal_on) - timedelta(days=1)


def is_renewal_overdue(renewal_on: date, on: date) -> bool:
    """MEM-RENEWAL: from the day after the renewal date until the mark lapses, a holder with no
    renewal in progress is overdue (the renewal date itself is the last day it is due)."""
    return renewal_on < on < lapse_date(renewal_on)


@dataclass(frozen=True)
class Period:
    """An award's status from ``starts_on`` to the day before ``ends_on`` (``None``: no end)."""

    status: str
    starts_on: date
    ends_on: date | None = None
    reason: str = ""

    def covers(self, on: date) -> bool:
        return self.starts_on <= on and (self.ends_on is None or on < self.ends_on)


def period_on(periods: Iterable[Period], on: date) -> Period | None:
    """The period that covers ``on``, if any (periods of one award never overlap)."""
    for period in periods:
        if period.covers(on):
            return period
    return None


def held_on(periods: Iterable[Period], on: date) -> bool:
    """MEM-AWARD-3Y, MEM-RENEWAL: the mark is held on ``on`` when it falls in a current or
    renewal-in-progress period. A current period is stored ending on the lapse date, so the day
    the grace month ends needs no sweep to be right."""
    period = period_on(periods, on)
    return period is not None and period.status in HELD


# --- What a page says about a day ------------------------------------------------------------

NOT_YET_KNOWN = "not_yet_known"
NOT_AWARDED = "not_awarded"
RENEWAL_OVERDUE = "renewal_overdue"


@dataclass(frozen=True)
class AwardFacts:
    """What the standing of a service needs of one of its awards."""

    award_id: int
    approved_on: date
    renewal_on: date
    periods: Sequence[Period]


@dataclass(frozen=True)
class Standing:
    """A service's (or an award's) standing on a day, for pages and data.

    ``state`` is one of ``current``, ``renewal_overdue``, ``renewal_in_progress`` (the mark is held),
    ``ended`` (with ``reason`` and ``since``, the effective date), ``superseded`` (an award replaced by
    its renewal), ``not_awarded`` (no award yet on that day) or ``not_yet_known`` (a future day).
    ``award_id`` is the award the answer comes from; ``held_until`` the last day the mark is held if
    nothing changes (``None`` while a renewal is in progress).
    """

    on: date
    state: str
    award_id: int | None = None
    reason: str = ""
    since: date | None = None
    held_until: date | None = None

    @property
    def holds_mark(self) -> bool:
        return self.state in (CURRENT, RENEWAL_OVERDUE, RENEWAL_IN_PROGRESS)


def award_standing_on(award: AwardFacts, on: date, *, today: date) -> Standing:
    """MEM-AWARD-3Y, MEM-RENEWAL, MEM-MARK-CEASE: one award's standing on ``on``.

    A day after ``today`` is not yet known. Before approval the award did not exist yet. A current
    period that has reached its stored end without a following period has lapsed: ended, not
    renewed, from the lapse date (the daily sweep records it; the answer does not wait for it).
    """
    if on > today:
        return Standing(on=on, state=NOT_YET_KNOWN, award_id=award.award_id)
    if on < award.approved_on:
        return Standing(on=on, state=NOT_AWARDED, award_id=award.award_id)
    periods = sorted(award.periods, key=lambda p: p.starts_on)
    period = period_on(periods, on)
    if period is None:
        last = periods[-1] if periods else None
        if last is not None and last.status == CURRENT and last.ends_on is not None and on >= last.ends_on:
            return Standing(on=on, state=ENDED, award_id=award.award_id, reason=NOT_RENEWED, since=last.ends_on)
        return Standing(on=on, state=NOT_AWARDED, award_id=award.award_id)
    held_until = _held_until(periods, period)
    if period.status == CURRENT:
        state = RENEWAL_OVERDUE if is_renewal_overdue(award.renewal_on, on) else CURRENT
        return Standing(on=on, state=state, award_id=award.award_id, since=period.starts_on, held_until=held_until)
    if period.status == RENEWAL_IN_PROGRESS:
        return Standing(on=on, state=RENEWAL_IN_PROGRESS, award_id=award.award_id, since=period.starts_on,
                        held_until=held_until)
    return Standing(on=on, state=period.status, award_id=award.award_id, reason=period.reason,
                    since=period.starts_on)


def _held_until(periods: Sequence[Period], period: Period) -> date | None:
    """The last day of the run of held periods that ``period`` starts or continues."""
    index = periods.index(period)
    end = period.ends_on
    for following in periods[index + 1:]:
        if following.status not in HELD:
            break
        end = following.ends_on
    return None if end is None else end - timedelta(days=1)


def held_run_end(periods: Sequence[Period]) -> date | None:
    """MEM-AWARD-3Y, MEM-RENEWAL: the first day an award is no longer held, following its held
    periods from approval (a current period ends on its lapse date, an ending on its effective
    date, a replacement on the renewal award's approval); ``None`` while a renewal is in progress."""
    ordered = sorted(periods, key=lambda p: p.starts_on)
    if not ordered or ordered[0].status not in HELD:
        return ordered[0].starts_on if ordered else None
    end = ordered[0].ends_on
    for period in ordered[1:]:
        if period.status not in HELD:
            return period.starts_on
        end = period.ends_on
    return end


def renewal_since(periods: Sequence[Period]) -> date | None:
    """MEM-RENEWAL: the day a renewal in progress began, if one has."""
    return next((p.starts_on for p in periods if p.status == RENEWAL_IN_PROGRESS), None)


def service_standing_on(awards: Iterable[AwardFacts], on: date, *, today: date) -> Standing:
    """MEM-AWARD-3Y, MEM-RENEWAL, MEM-MARK-CEASE: a service's standing on ``on``, across its awards.

    The mark is held when one of its awards is held that day (a renewal award and the award it
    replaced are never both held, and a replaced award is never shown as ended). Otherwise the
    newest award approved by that day says why not: ended, with its reason and date.
    """
    if on > today:
        return Standing(on=on, state=NOT_YET_KNOWN)
    awards = list(awards)
    standings = [award_standing_on(award, on, today=today) for award in awards]
    for standing in standings:
        if standing.holds_mark:
            return standing
    awarded = [(award.approved_on, award.award_id, standing) for award, standing in zip(awards, standings, strict=True)
               if standing.state != NOT_AWARDED]
    if awarded:
        return max(awarded, key=lambda item: (item[0], item[1]))[2]
    return Standing(on=on, state=NOT_AWARDED)


# --- Ending an award -------------------------------------------------------------------------


def end_problem(*, reason: str, last_status: str, current_since: date, effective_on: date, today: date,
                lapses_on: date | None, by_staff: bool) -> str | None:
    """MEM-WITHDRAW, MEM-MARK-CEASE, MEM-CEASE: why an award cannot end as asked, or ``None``.

    - Withdrawal (MEM-WITHDRAW), and the end of membership, are staff decisions with a reason and an
      effective date that is not before today; nothing ends an award automatically for an overdue
      obligation.
    - "Not approved at renewal" needs a renewal in progress (MEM-MARK-CEASE).
    - "Not renewed" is the sweep's, never staff's: it applies on the lapse date (renewal date + 1
      month), once that day has come, and only with no renewal in progress (MEM-RENEWAL, MEM-CEASE).
    - The mark must still be held the day before the effective date: an ending cannot fall after
      the mark has already lapsed, nor on or before the first day of the status it ends.
    """
    if reason not in END_REASONS:
        return "Choose why the award ends"
    if last_status not in HELD:
        return "The award has already ended or been replaced"
    if reason == NOT_RENEWED:
        if by_staff:
            return "An award that is not renewed ends by itself one month after its renewal date"
        if last_status != CURRENT or lapses_on is None:
            return "A renewal is in progress"
        if effective_on != lapses_on:
            return "An award that is not renewed ends on its renewal date + 1 month"
        if today < lapses_on:
            return "The renewal date + 1 month has not come yet"
        return None
    if not by_staff:
        return "Only the scheme's staff end an award for this reason"
    if reason == NOT_APPROVED_AT_RENEWAL and last_status != RENEWAL_IN_PROGRESS:
        return "There is no renewal in progress to be not approved"
    if effective_on < today:
        return "The date the mark ends must be today or in the future"
    if effective_on <= current_since:
        return f"The date the mark ends must be after {current_since:%-d %B %Y}, when its current status began"
    if lapses_on is not None and effective_on > lapses_on:
        return f"Without a renewal the mark already ends on {lapses_on:%-d %B %Y}: choose that date or an earlier one"
    return None


def earliest_approval_still_held(today: date) -> date:
    """MEM-AWARD-3Y, MEM-RENEWAL: the earliest approval date of an award still held today without a
    renewal, that is whose lapse date (approval + 3 years + 1 month) is after today."""
    approved = add_months(today, -(12 * AWARD_YEARS + GRACE_MONTHS)) - timedelta(days=3)
    while lapse_date(renewal_date(approved)) <= today:
        approved += timedelta(days=1)
    return approved
