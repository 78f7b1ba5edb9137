"""The pure rules of awards, at their boundaries: MEM-AWARD-3Y, MEM-RENEWAL, MEM-CEASE,
MEM-MARK-CEASE, MEM-WITHDRAW."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rsqm.assessments import rules
from rsqm.assessments.rules import AwardFacts, Period
from rsqm.core.clock import add_months

APPROVED = date(2023, 3, 15)
RENEWAL = date(2026, 3, 15)
LAPSE = date(2026, 4, 15)
DAY = timedelta(days=1)


def current_award(approved=APPROVED, *, award_id=1) -> AwardFacts:
    renewal = rules.renewal_date(approved)
    return AwardFacts(award_id, approved, renewal, (Period(rules.CURRENT, approved, rules.lapse_date(renewal)),))


# --- MEM-AWARD-3Y ------------------------------------------------------------------------------


def test_mem_award_3y_the_renewal_date_is_three_years_after_approval():
    assert rules.renewal_date(APPROVED) == RENEWAL


def test_mem_award_3y_a_leap_day_approval_renews_on_28_february():
    assert rules.renewal_date(date(2028, 2, 29)) == date(2031, 2, 28)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_mem_award_3y_renewal_is_36_calendar_months(approved):
    assert rules.renewal_date(approved) == add_months(approved, 36)
    assert rules.renewal_date(approved) > approved


# --- MEM-RENEWAL and MEM-CEASE: the grace month ----------------------------------------------------


def test_mem_renewal_the_mark_lapses_one_month_after_the_renewal_date():
    assert rules.lapse_date(RENEWAL) == LAPSE
    assert rules.last_day_held_without_renewal(RENEWAL) == date(2026, 4, 14)


def test_mem_cease_a_month_end_renewal_date_lapses_on_the_clamped_day():
    assert rules.lapse_date(date(2026, 1, 31)) == date(2026, 2, 28)
    assert rules.lapse_date(date(2028, 1, 31)) == date(2028, 2, 29)


def test_mem_renewal_overdue_runs_from_the_day_after_the_renewal_date_to_the_last_day_held():
    assert not rules.is_renewal_overdue(RENEWAL, RENEWAL)
    assert rules.is_renewal_overdue(RENEWAL, RENEWAL + DAY)
    assert rules.is_renewal_overdue(RENEWAL, LAPSE - DAY)
    assert not rules.is_renewal_overdue(RENEWAL, LAPSE)


# --- "Held on date D" -----------------------------------------------------------------------------

TODAY = date(2027, 1, 1)


@pytest.mark.parametrize(("on", "state"), [
    (APPROVED - DAY, rules.NOT_AWARDED),        # the day before approval
    (APPROVED, rules.CURRENT),                  # approval
    (RENEWAL - DAY, rules.CURRENT),
    (RENEWAL, rules.CURRENT),                   # the renewal date: still due, not overdue
    (RENEWAL + DAY, rules.RENEWAL_OVERDUE),
    (LAPSE - DAY, rules.RENEWAL_OVERDUE),        # the last day of the grace month
    (LAPSE, rules.ENDED),                       # the day after: lapsed, not renewed
])
def test_mem_award_3y_mem_renewal_held_on_each_boundary_without_renewal(on, state):
    standing = rules.award_standing_on(current_award(), on, today=TODAY)
    assert standing.state == state
    assert standing.holds_mark is (state in (rules.CURRENT, rules.RENEWAL_OVERDUE))
    assert rules.held_on(current_award().periods, on) is standing.holds_mark


def test_mem_cease_a_lapsed_award_is_ended_not_renewed_from_the_lapse_date_before_any_sweep():
    standing = rules.award_standing_on(current_award(), LAPSE + timedelta(days=40), today=TODAY)
    assert (standing.state, standing.reason, standing.since) == (rules.ENDED, rules.NOT_RENEWED, LAPSE)


def test_mem_renewal_a_renewal_in_progress_keeps_the_mark_past_the_grace_month():
    started = RENEWAL - timedelta(days=20)
    award = AwardFacts(1, APPROVED, RENEWAL, (Period(rules.CURRENT, APPROVED, started),
                                              Period(rules.RENEWAL_IN_PROGRESS, started)))
    for on in (started, RENEWAL, LAPSE, LAPSE + timedelta(days=200)):
        standing = rules.award_standing_on(award, on, today=TODAY)
        assert standing.state == rules.RENEWAL_IN_PROGRESS, on
        assert standing.held_until is None
    assert rules.award_standing_on(award, started - DAY, today=TODAY).state == rules.CURRENT


def test_mem_mark_cease_an_ending_takes_effect_on_its_date():
    effective = date(2025, 6, 1)
    award = AwardFacts(1, APPROVED, RENEWAL, (Period(rules.CURRENT, APPROVED, effective),
                                              Period(rules.ENDED, effective, None, rules.WITHDRAWN)))
    before = rules.award_standing_on(award, effective - DAY, today=TODAY)
    assert before.state == rules.CURRENT and before.held_until == effective - DAY
    after = rules.award_standing_on(award, effective, today=TODAY)
    assert (after.state, after.reason, after.since) == (rules.ENDED, rules.WITHDRAWN, effective)


def test_a_date_after_today_is_not_yet_known():
    assert rules.award_standing_on(current_award(), TODAY + DAY, today=TODAY).state == rules.NOT_YET_KNOWN
    assert rules.service_standing_on([current_award()], TODAY + DAY, today=TODAY).state == rules.NOT_YET_KNOWN
    assert rules.award_standing_on(current_award(), TODAY, today=TODAY).state != rules.NOT_YET_KNOWN


def test_a_service_with_a_renewal_award_holds_the_mark_through_it_and_is_never_shown_ended():
    renewed_on = RENEWAL - timedelta(days=10)
    old = AwardFacts(1, APPROVED, RENEWAL, (Period(rules.CURRENT, APPROVED, RENEWAL - timedelta(days=60)),
                                            Period(rules.RENEWAL_IN_PROGRESS, RENEWAL - timedelta(days=60),
                                                   renewed_on),
                                            Period(rules.SUPERSEDED, renewed_on)))
    new = current_award(renewed_on, award_id=2)
    for on in (renewed_on - DAY, renewed_on, RENEWAL, LAPSE, LAPSE + timedelta(days=400)):
        standing = rules.service_standing_on([old, new], on, today=date(2030, 1, 1))
        assert standing.holds_mark, on
    assert rules.service_standing_on([old, new], renewed_on, today=TODAY).award_id == 2
    assert rules.service_standing_on([old, new], renewed_on - DAY, today=TODAY).award_id == 1


def test_a_service_whose_awards_have_ended_shows_the_newest_ending():
    first_end = date(2024, 1, 1)
    first = AwardFacts(1, date(2021, 1, 1), date(2024, 1, 1),
                       (Period(rules.CURRENT, date(2021, 1, 1), first_end),
                        Period(rules.ENDED, first_end, None, rules.MEMBERSHIP_ENDED)))
    standing = rules.service_standing_on([first], date(2025, 1, 1), today=TODAY)
    assert (standing.state, standing.reason) == (rules.ENDED, rules.MEMBERSHIP_ENDED)
    assert rules.service_standing_on([], date(2025, 1, 1), today=TODAY).state == rules.NOT_AWARDED


@given(approved=st.dates(min_value=date(2010, 1, 1), max_value=date(2040, 12, 31)),
       offset=st.integers(min_value=-400, max_value=1600))
def test_mem_award_3y_held_exactly_from_approval_to_the_day_before_the_lapse_date(approved, offset):
    on = approved + timedelta(days=offset)
    award = current_award(approved)
    expected = approved <= on < rules.lapse_date(rules.renewal_date(approved))
    assert rules.award_standing_on(award, on, today=date(2100, 1, 1)).holds_mark is expected


# --- MEM-WITHDRAW, MEM-MARK-CEASE: when an award may end -------------------------------------------


def problem(**overrides):
    values = dict(reason=rules.WITHDRAWN, last_status=rules.CURRENT, current_since=APPROVED,
                  effective_on=TODAY, today=TODAY, lapses_on=date(2027, 6, 1), by_staff=True)
    values.update(overrides)
    return rules.end_problem(**values)


def test_mem_withdraw_staff_withdraw_with_an_effective_date_from_today():
    assert problem() is None
    assert problem(effective_on=TODAY + timedelta(days=30)) is None


def test_mem_withdraw_the_effective_date_is_never_before_today():
    assert "today or in the future" in problem(effective_on=TODAY - DAY)


def test_mem_withdraw_is_never_automatic():
    assert problem(by_staff=False) is not None
    assert problem(reason=rules.MEMBERSHIP_ENDED, by_staff=False) is not None


def test_mem_withdraw_cannot_fall_after_the_mark_has_lapsed():
    assert problem(effective_on=date(2027, 6, 1)) is None
    assert "already ends" in problem(effective_on=date(2027, 6, 2))


def test_mem_mark_cease_not_approved_at_renewal_needs_a_renewal_in_progress():
    assert problem(reason=rules.NOT_APPROVED_AT_RENEWAL) is not None
    assert problem(reason=rules.NOT_APPROVED_AT_RENEWAL, last_status=rules.RENEWAL_IN_PROGRESS,
                   lapses_on=None) is None


def test_mem_mark_cease_an_ended_or_replaced_award_ends_no_more():
    for status in (rules.ENDED, rules.SUPERSEDED):
        assert problem(last_status=status) is not None


def test_mem_cease_not_renewed_is_the_sweeps_on_the_lapse_date_only():
    lapse = date(2027, 1, 1)
    sweep = dict(reason=rules.NOT_RENEWED, by_staff=False, lapses_on=lapse, effective_on=lapse)
    assert problem(**sweep) is None
    assert problem(**{**sweep, "today": lapse - DAY}) is not None         # not yet come
    assert problem(**{**sweep, "effective_on": lapse - DAY}) is not None  # only on the lapse date
    assert problem(**{**sweep, "by_staff": True}) is not None             # never staff's
    assert problem(**{**sweep, "last_status": rules.RENEWAL_IN_PROGRESS, "lapses_on": None}) is not None


def test_an_ending_must_fall_after_the_start_of_the_status_it_ends():
    assert problem(current_since=TODAY) is not None
    assert problem(current_since=TODAY - DAY) is None


def test_the_transition_table_has_no_suspension_and_no_way_back():
    assert set(rules.TRANSITIONS) == {rules.CURRENT, rules.RENEWAL_IN_PROGRESS}
    assert rules.CURRENT not in rules.TRANSITIONS[rules.RENEWAL_IN_PROGRESS]
    assert all("suspended" not in targets for targets in rules.TRANSITIONS.values())


def test_the_earliest_approval_still_held_today():
    today = date(2026, 4, 15)
    earliest = rules.earliest_approval_still_held(today)
    assert rules.lapse_date(rules.renewal_date(earliest)) > today
    assert rules.lapse_date(rules.renewal_date(earliest - DAY)) <= today
